// Writing a verified package's rows for one authority, in the order of package.ts: natural keys
// (school code, national ID, course code) become this database's ids as the parents are inserted.
// The caller (packageLoad.ts) holds the transaction and has removed the authority's old rows.
import type { Sqlite } from '../../db/connection.ts';
import { hasSchedule } from '../../db/queries/schedule.ts';
import type { Part, PartName } from './package.ts';
import { columnsOf } from './packageCheck.ts';
import { fileRefused } from './packageErrors.ts';
import type { ReadPackage } from './packageRead.ts';

const NEEDS = ['mode_1', 'mode_2', 'mode_3', 'time_1', 'time_2', 'time_3', 'time_4', 'time_5', 'time_6', 'time_other',
  'place_1', 'place_2', 'place_3', 'place_4', 'place_5', 'place_6', 'place_other', 'level', 'method'];

/** Values of the named columns of a row, in that order. */
export function picker(part: Part, names: readonly string[]): (row: unknown[]) => unknown[] {
  const col = columnsOf(part);
  const idx = names.map((n) => col(n));
  return (row) => idx.map((i) => row[i]);
}

export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

type Ids = Map<string, number>;

/** Inserts a child part whose first column is the owner's key, mapped to its id; rows of unknown owners are skipped. */
function insertOwned(sqlite: Sqlite, part: Part, keyColumn: string, owners: Ids, table: string, ownerColumn: string, columns: readonly string[], extra: readonly unknown[] = [], extraColumns: readonly string[] = []): number {
  const key = columnsOf(part)(keyColumn);
  const pick = picker(part, columns);
  const insert = sqlite.prepare(insertSql(table, [ownerColumn, ...extraColumns, ...columns]));
  let n = 0;
  for (const row of part.rows) {
    const owner = owners.get(String(row[key]));
    if (owner === undefined) continue;
    insert.run(owner, ...extra, ...pick(row));
    n++;
  }
  return n;
}

/** Inserts rows one per owner key and returns key → new id. */
function insertKeyed(sqlite: Sqlite, part: Part, keyColumn: string, table: string, columns: readonly string[], prefix: (row: unknown[]) => unknown[] | null, prefixColumns: readonly string[]): Ids {
  const key = columnsOf(part)(keyColumn);
  const pick = picker(part, columns);
  const insert = sqlite.prepare(insertSql(table, [...prefixColumns, ...columns]));
  const ids: Ids = new Map();
  for (const row of part.rows) {
    const pre = prefix(row);
    if (pre === null) continue;
    ids.set(String(row[key]), Number(insert.run(...pre, ...pick(row)).lastInsertRowid));
  }
  return ids;
}

const SCHOOL_COLUMNS = ['code', 'name', 'stage', 'students', 'principal_name', 'principal_phone', 'principal_mobile', 'principal_email',
  'contact_name', 'contact_title', 'contact_phone', 'contact_mobile', 'contact_email'];
const PLAN_STATE = ['status', 'last_submitted_at', 'reviewed_at', 'filing'];
const EVENT_COLUMNS = ['seq', 'action', 'at', 'actor', 'reason', 'origin'];

export function writeParts(sqlite: Sqlite, pkg: ReadPackage, year: number, authorityId: number, skip: Set<string>, written: Partial<Record<PartName, number>>, onPart: (part: PartName) => void): number[] {
  const p = pkg.parts;
  const mark = (part: PartName, n: number) => {
    written[part] = n;
    onPart(part);
  };
  const windowsPart = p['authority-windows'];
  const w = picker(windowsPart, ['kind', 'start_at', 'end_at']);
  const name = pkg.manifest.authority.name;
  if (hasSchedule(sqlite, year)) {
    const position = sqlite.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM schedule_authority_windows WHERE year = ?').pluck();
    const insert = sqlite.prepare('INSERT INTO schedule_authority_windows (year, authority, kind, position, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const row of windowsPart.rows) {
      const [kind, start, end] = w(row);
      insert.run(year, name, kind, position.get(year), start, end);
    }
    mark('authority-windows', windowsPart.rows.length);
  } else mark('authority-windows', 0);

  const contacts = p['authority-contacts'];
  const contactColumns = ['name', 'title', 'phone', 'fax', 'email', 'head_name', 'head_phone', 'head_email'];
  const pickContact = picker(contacts, contactColumns);
  const insertContact = sqlite.prepare(insertSql('authority_contacts', ['authority_id', ...contactColumns]));
  for (const row of contacts.rows) insertContact.run(authorityId, ...pickContact(row));
  mark('authority-contacts', contacts.rows.length);

  const schools = insertKeyed(sqlite, p.schools, 'code', 'schools', SCHOOL_COLUMNS, () => [year, authorityId], ['year', 'authority_id']);
  mark('schools', schools.size);

  const accountColumns = ['account', 'name', 'kind', 'phone', 'email', 'status'];
  mark('business-accounts', insertOwned(sqlite, p['business-accounts'], 'school_code', schools, 'business_accounts', 'school_id', accountColumns));

  const tc = columnsOf(p.teachers);
  const teacherSchool = new Map<string, number>();
  const teachers = insertKeyed(
    sqlite, p.teachers, 'national_id', 'teachers', ['national_id', 'name', 'job_title', 'subjects', 'account_status', 'employment_status'],
    (row) => {
      const id = String(row[tc('national_id')]);
      const school = schools.get(String(row[tc('school_code')]));
      if (skip.has(id) || school === undefined) return null;
      teacherSchool.set(id, school);
      return [year, school];
    },
    ['year', 'school_id'],
  );
  mark('teachers', teachers.size);

  const sp = columnsOf(p['school-plans']);
  const schoolPlans = insertKeyed(sqlite, p['school-plans'], 'school_code', 'school_plans', [...PLAN_STATE, 'students', ...NEEDS, 'updated_at'],
    (row) => {
      const school = schools.get(String(row[sp('school_code')]));
      return school === undefined ? null : [year, school, authorityId];
    }, ['year', 'school_id', 'authority_id']);
  mark('school-plans', schoolPlans.size);
  mark('school-plan-events', insertOwned(sqlite, p['school-plan-events'], 'school_code', schoolPlans, 'school_plan_events', 'plan_id', EVENT_COLUMNS));
  mark('school-plan-hours', insertOwned(sqlite, p['school-plan-hours'], 'school_code', schoolPlans, 'school_plan_hours', 'plan_id', ['code', 'hundredths']));

  const tp = columnsOf(p['teacher-plans']);
  const teacherPlans = insertKeyed(sqlite, p['teacher-plans'], 'national_id', 'teacher_plans',
    ['filed_school_code', ...PLAN_STATE, 'education', 'service_years', 'stage', 'grade', ...NEEDS, 'updated_at'],
    (row) => {
      const id = String(row[tp('national_id')]);
      const teacher = teachers.get(id);
      return teacher === undefined ? null : [year, teacher, teacherSchool.get(id), authorityId];
    }, ['year', 'teacher_id', 'school_id', 'authority_id']);
  mark('teacher-plans', teacherPlans.size);
  mark('teacher-plan-events', insertOwned(sqlite, p['teacher-plan-events'], 'national_id', teacherPlans, 'teacher_plan_events', 'plan_id', EVENT_COLUMNS));
  mark('teacher-plan-hours', insertOwned(sqlite, p['teacher-plan-hours'], 'national_id', teacherPlans, 'teacher_plan_hours', 'plan_id', ['code', 'hundredths']));

  // Courses are shared: add the missing ones, fill in only what the stored copy lacks.
  const courseColumns = ['code', 'name', 'category', 'organizer', 'start_day', 'end_day', 'hundredths', 'listed'];
  const pickCourse = picker(p.courses, courseColumns);
  const upsertCourse = sqlite.prepare(`${insertSql('courses', courseColumns)}
    ON CONFLICT (code) DO UPDATE SET name = COALESCE(courses.name, excluded.name), category = COALESCE(courses.category, excluded.category),
      organizer = COALESCE(courses.organizer, excluded.organizer), start_day = COALESCE(courses.start_day, excluded.start_day),
      end_day = COALESCE(courses.end_day, excluded.end_day), hundredths = COALESCE(courses.hundredths, excluded.hundredths),
      listed = MAX(courses.listed, excluded.listed)`);
  for (const row of p.courses.rows) upsertCourse.run(...pickCourse(row));
  mark('courses', p.courses.rows.length);
  const courseId = sqlite.prepare('SELECT id FROM courses WHERE code = ?').pluck();
  const courses: Ids = new Map();
  for (const row of p.courses.rows) {
    const code = String(pickCourse(row)[0]);
    courses.set(code, courseId.get(code) as number);
  }

  mark('hour-records', insertHours(sqlite, p['hour-records'], teachers, courses));
  return [...teachers.values()];
}

const HOURS_PER_INSERT = 200;

/** Hour records in statements of many rows: half the time of one row per statement on 500,000 records. */
function insertHours(sqlite: Sqlite, part: Part, teachers: Ids, courses: Ids): number {
  const col = columnsOf(part);
  const [idCol, codeCol, hundredths, day, category] = ['national_id', 'course_code', 'hundredths', 'day', 'category'].map(col) as [number, number, number, number, number];
  const sql = (n: number) => `INSERT INTO hour_records (teacher_id, course_id, hundredths, day, category) VALUES ${Array(n).fill('(?, ?, ?, ?, ?)').join(', ')}`;
  const full = sqlite.prepare(sql(HOURS_PER_INSERT));
  const args: unknown[] = [];
  let rows = 0;
  const flush = (n: number) => {
    if (n > 0) (n === HOURS_PER_INSERT ? full : sqlite.prepare(sql(n))).run(args);
    args.length = 0;
  };
  let pending = 0;
  for (const row of part.rows) {
    const teacher = teachers.get(String(row[idCol]));
    if (teacher === undefined) continue;
    const course = courses.get(String(row[codeCol]));
    if (course === undefined) throw fileRefused(`資料包的研習時數紀錄引用了清單中沒有的課程代碼「${String(row[codeCol])}」，資料包內容不一致，已拒收。`);
    args.push(teacher, course, row[hundredths], row[day], row[category]);
    rows++;
    if (++pending === HOURS_PER_INSERT) {
      flush(pending);
      pending = 0;
    }
  }
  flush(pending);
  return rows;
}
