// The demo year written as the spreadsheets an officer would import: 主管機關, 學校, 教師名單, 業務帳號
// and 承辦人資料 — exactly the demo data, so importing them into an empty database builds the demo
// year and importing them again changes nothing — plus 教師名單-新學年異動範例, the next roster as it
// typically arrives: some teachers gone, some changed or moved, some new, a few bad rows and an
// extra column, so a new user sees every part of the import report.
import { join } from 'node:path';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { importFileColumns, writeStyledXlsx, type CellValue } from '../../main/exports/xlsx/workbook.ts';
import { KINDS } from '../../main/imports/index.ts';
import { openSqlite, type Sqlite } from '../connection.ts';
import { migrate } from '../migrate.ts';
import { createDemo, type DemoScale } from './index.ts';
import { createRandom } from './random.ts';

type FileKind = 'authorities' | 'schools' | 'teachers' | 'accounts' | 'contacts';

export interface DemoFile {
  kind: FileKind;
  file: string;
  rows: number;
}

const QUERIES: Record<FileKind, string> = {
  authorities: `SELECT code, name, school_group AS schoolGroup, teacher_wave AS teacherWave FROM authorities WHERE year = ? ORDER BY sort_order`,
  schools: `SELECT s.code, s.name, a.name AS authority, s.stage, s.students AS studentCount,
      s.principal_name AS principalName, s.principal_phone AS principalPhone, s.principal_mobile AS principalMobile, s.principal_email AS principalEmail,
      s.contact_name AS contactName, s.contact_title AS contactTitle, s.contact_phone AS contactPhone, s.contact_mobile AS contactMobile, s.contact_email AS contactEmail
    FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE s.year = ? ORDER BY a.sort_order, s.code`,
  teachers: `SELECT t.national_id AS nationalId, t.name, s.code AS schoolCode, t.job_title AS title, t.subjects,
      t.account_status AS accountStatus, t.employment_status AS employmentStatus
    FROM teachers t JOIN schools s ON s.id = t.school_id WHERE t.year = ? ORDER BY s.code, t.id`,
  accounts: `SELECT s.code AS schoolCode, b.account, b.name, b.kind, b.phone, b.email, b.status
    FROM business_accounts b JOIN schools s ON s.id = b.school_id WHERE s.year = ? ORDER BY s.code, b.account`,
  contacts: `SELECT a.name AS authority, c.name, c.title, c.phone, c.fax, c.email, c.head_name AS headName, c.head_phone AS headPhone, c.head_email AS headEmail
    FROM authority_contacts c JOIN authorities a ON a.id = c.authority_id WHERE a.year = ? ORDER BY a.sort_order, c.name`,
};

const FILE_NAMES: Record<FileKind, string> = {
  authorities: '主管機關.xlsx',
  schools: '學校.xlsx',
  teachers: '教師名單.xlsx',
  accounts: '業務帳號.xlsx',
  contacts: '承辦人資料.xlsx',
};

export const ROSTER_CHANGES_FILE = '教師名單-新學年異動範例.xlsx';

type Rec = Record<string, CellValue>;

function columnsOf(kind: FileKind) {
  return KINDS[kind].sheets[0].columns;
}

function cells(kind: FileKind, rec: Rec): CellValue[] {
  return columnsOf(kind).map((c) => rec[c.key] ?? null);
}

/** Writes the demo year of (scale, seed, year) into `dir`; returns the files written. */
export async function writeDemoFiles(dir: string, options: { scale: DemoScale; seed?: number; year?: number }): Promise<DemoFile[]> {
  const year = options.year ?? 113;
  const sqlite = openSqlite(':memory:');
  try {
    migrate(sqlite);
    createDemo(sqlite, { scale: options.scale, year, ...(options.seed === undefined ? {} : { seed: options.seed }) });
    const written: DemoFile[] = [];
    for (const kind of Object.keys(QUERIES) as FileKind[]) {
      const records = sqlite.prepare(QUERIES[kind]).all(year) as Rec[];
      const file = join(dir, FILE_NAMES[kind]);
      await writeStyledXlsx(file, [
        {
          name: KINDS[kind].sheets[0].name,
          ...(kind === 'teachers' || kind === 'schools' ? { titles: [`${year} 學年度${KINDS[kind].label}（示範資料）`] } : {}),
          columns: importFileColumns(columnsOf(kind).map((c) => c.label)),
          rows: records.map((r) => cells(kind, r)),
        },
      ]);
      written.push({ kind, file, rows: records.length });
    }
    const changes = rosterChanges(sqlite, year, options.seed ?? 113);
    const file = join(dir, ROSTER_CHANGES_FILE);
    await writeStyledXlsx(file, [
      {
        name: '教師名單',
        titles: [`${year} 學年度教師名單（示範資料：新學年異動範例）`],
        columns: importFileColumns([...columnsOf('teachers').map((c) => c.label), '備註']),
        rows: changes,
      },
    ]);
    written.push({ kind: 'teachers', file, rows: changes.length });
    return written;
  } finally {
    sqlite.close();
  }
}

/**
 * The roster a year later as it typically arrives: about 2% gone (left), 3% with a new job title,
 * 0.5% moved to another school, 2% new — and five bad rows an officer will meet: a wrong check
 * digit, an unknown school, a blank name, an unknown 在職狀態 and a repeated national ID.
 */
function rosterChanges(sqlite: Sqlite, year: number, seed: number): CellValue[][] {
  const random = createRandom((seed ^ 0x0c4a_a6e5) >>> 0);
  const teachers = sqlite.prepare(QUERIES.teachers).all(year) as Rec[];
  const schoolCodes = [...new Set(teachers.map((t) => String(t.schoolCode)))];
  const used = new Set(teachers.map((t) => String(t.nationalId)));
  const freshId = (): string => {
    for (;;) {
      const body = `Y${random.chance(0.7) ? 2 : 1}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
      const id = body + String(nationalIdCheckDigit(body));
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const rows: CellValue[][] = [];
  for (const t of teachers) {
    const roll = random.next();
    if (roll < 0.02) continue;
    const rec = { ...t };
    let note: string | null = null;
    if (roll < 0.05) {
      rec.title = rec.title === '導師' ? '教師兼組長' : '導師';
      note = '職稱異動';
    } else if (roll < 0.055) {
      rec.schoolCode = random.pick(schoolCodes);
      note = '調校';
    }
    rows.push([...cells('teachers', rec), note]);
    if (random.chance(0.02)) {
      const newcomer: Rec = { ...t, nationalId: freshId(), title: '代理教師', accountStatus: '待申請', employmentStatus: '在職' };
      rows.push([...cells('teachers', newcomer), '新進教師']);
    }
  }
  const sample = (i: number) => ({ ...teachers[Math.min(i, teachers.length - 1)]! });
  const wrongDigit = sample(1);
  const id = String(wrongDigit.nationalId);
  wrongDigit.nationalId = id.slice(0, 9) + String((Number(id[9]) + 1) % 10);
  const bad: Array<[number, Rec, string]> = [
    [3, wrongDigit, '檢查碼錯誤'],
    [8, { ...sample(2), nationalId: freshId(), schoolCode: '999999' }, '學校代碼錯誤'],
    [15, { ...sample(3), nationalId: freshId(), name: null }, '姓名空白'],
    [21, { ...sample(4), nationalId: freshId(), employmentStatus: '請假' }, '在職狀態錯誤'],
  ];
  const repeated = rows[2] ?? [];
  for (const [at, rec, note] of bad.reverse()) rows.splice(Math.min(at, rows.length), 0, [...cells('teachers', rec), note]);
  rows.splice(Math.min(30, rows.length), 0, [...repeated.slice(0, -1), '重複的身分證字號']);
  return rows;
}
