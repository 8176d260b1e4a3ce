// A large roster of new teachers (valid, unique national IDs) over given schools, written with the
// app's own streaming xlsx writer (the styled one): the kill test and the import benchmark read it.
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { importFileColumns, writeStyledXlsx, type CellValue } from '../../main/exports/xlsx/workbook.ts';

const TITLES = ['專任教師', '導師', '教師兼組長', '教師兼主任', '代理教師'];
const SUBJECTS = ['國語', '數學', '英語', '自然科學', '社會', '藝術', '健康與體育'];

function* rows(count: number, schoolCodes: readonly string[], letter: string): Generator<CellValue[]> {
  for (let i = 0; i < count; i++) {
    const body = `${letter}${i % 2 ? 1 : 2}${String(i).padStart(7, '0')}`;
    yield [body + String(nationalIdCheckDigit(body)), `測試教師${i}`, schoolCodes[i % schoolCodes.length]!, TITLES[i % TITLES.length]!, SUBJECTS[i % SUBJECTS.length]!, '啟用中', '在職'];
  }
}

export async function writeRoster(path: string, options: { rows: number; schoolCodes: readonly string[]; letter: string }): Promise<void> {
  if (options.rows > 10_000_000) throw new Error('at most 10,000,000 rows: the ID serial has 7 digits');
  await writeStyledXlsx(path, [
    {
      name: '教師名單',
      columns: importFileColumns(['身分證字號', '姓名', '學校代碼', '職稱', '任教科目', '帳號狀況', '在職狀態']),
      rows: rows(options.rows, options.schoolCodes, options.letter),
    },
  ]);
}
