// Blank templates: one sheet per part of the import with its header row (required columns marked
// with *, which header matching ignores), and a 說明 sheet saying what each column takes.

import * as XLSX from '@e965/xlsx';
import type { ColumnSpec, KindSpec, ValueType } from './columns.ts';
import { KINDS } from './kinds.ts';
import type { ImportKind } from './kinds.ts';

const TYPE_NOTES: Record<ValueType, string> = {
  text: '文字',
  code: '代碼（建議將此欄設為文字格式，以保留開頭的 0）',
  nationalId: '身分證字號或居留證號，英文字母大小寫皆可',
  hours: '時數：0 以上、最多兩位小數、未滿 1000',
  count: '0 以上的整數',
  enum: '',
  date: '日期，例如 2024-08-05、113/08/05、1130805、113年8月5日',
  dateTime: '日期，可加時間，例如 113/08/05 17:00',
  email: 'Email',
  phone: '電話',
};

const noteOf = (column: ColumnSpec): string =>
  column.type === 'enum' ? `下列之一：${(column.options ?? []).join('、')}` : TYPE_NOTES[column.type];

export const headerLabel = (column: ColumnSpec): string => (column.required ? `${column.label}*` : column.label);

export function templateFor(kind: ImportKind): Buffer {
  const spec: KindSpec = KINDS[kind];
  const wb = XLSX.utils.book_new();
  const notes: string[][] = [['工作表', '欄位', '必填', '也接受的標題', '內容']];
  for (const sheet of spec.sheets) {
    const ws = XLSX.utils.aoa_to_sheet([sheet.columns.map(headerLabel)]);
    ws['!cols'] = sheet.columns.map((c) => ({ wch: Math.max(10, c.label.length * 2 + 4) }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
    for (const c of sheet.columns) {
      notes.push([
        sheet.required ? sheet.name : `${sheet.name}（可省略）`,
        c.label,
        c.required ? '必填' : '',
        (c.aliases ?? []).join('、'),
        noteOf(c),
      ]);
    }
    if (sheet.questions) {
      notes.push([sheet.name, '（其他欄位）', '', '', '每一欄是一個題目，標題寫題目文字；答案填 1–5 或文字']);
    }
  }
  notes.push([]);
  notes.push(['標示 * 的欄位必填；欄位順序不拘；標題列上方可以有標題文字；不認得的欄位會略過並列在匯入報告中。']);
  const guide = XLSX.utils.aoa_to_sheet(notes);
  guide['!cols'] = [{ wch: 16 }, { wch: 16 }, { wch: 6 }, { wch: 28 }, { wch: 60 }];
  XLSX.utils.book_append_sheet(wb, guide, '說明');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
