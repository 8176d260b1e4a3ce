// Hour records for a demo year: about 25 courses a teacher (≈ 5,000,000 at national scale, ≈ 15,000
// small), spread as in real years — most teachers near the average, a long tail of very active
// ones, about 6% with none. Written like an import lands: records in primary-key order, totals
// alongside, and a handful of rows in 待確認 (an ambiguous name, an unknown teacher, a course without a
// classification) so the resolve screen has something to show. Deterministic for a seed.
import { encodeCategory } from '../../main/engine/hourCategory.ts';
import { HourPacker, type HourRecord, type PendingRow } from '../../main/imports-db/hours/packRow.ts';
import { writePending } from '../../main/imports-db/hours/pendingRows.ts';
import { dateOfDay } from '../../main/engine/dayNumber.ts';
import type { Sqlite } from '../connection.ts';
import { demoCourses, type DemoCourse } from './courses.ts';
import { placeNames } from './names.ts';
import { createRandom, type Random } from './random.ts';

export interface DemoHoursSummary {
  year: number;
  courses: number;
  records: number;
  teachersWithHours: number;
  pending: number;
}

const ROWS_PER_INSERT = 200;

function coursesPerTeacher(random: Random): number {
  const roll = random.next();
  if (roll < 0.06) return 0;
  if (roll < 0.86) return Math.max(1, Math.round(random.normal(24, 7)));
  return 24 + Math.round(-Math.log(1 - random.next()) * 25);
}

function insertCourses(sqlite: Sqlite, courses: readonly DemoCourse[]): Map<string, number> {
  const insert = sqlite.prepare(`INSERT INTO courses (code, name, category, organizer, start_day, end_day, hundredths, listed)
    VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (code) DO NOTHING`);
  for (const c of courses) insert.run(c.code, c.name, encodeCategory(c.category), c.organizer, c.startDay, c.endDay, c.hundredths);
  const ids = sqlite.prepare('SELECT code, id FROM courses WHERE code IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(courses.map((c) => c.code))) as Array<[string, number]>;
  return new Map(ids);
}

export function generateDemoHours(sqlite: Sqlite, options: { year: number; seed: number }): DemoHoursSummary {
  const { year } = options;
  const random = createRandom((options.seed ^ 0x4f1b_2c3d) >>> 0);
  const teacherIds = sqlite.prepare('SELECT id FROM teachers WHERE year = ? ORDER BY id').pluck().all(year) as number[];
  if (sqlite.prepare('SELECT 1 FROM hour_totals WHERE year = ? LIMIT 1').get(year)) throw new Error(`DEMO_HOURS_EXIST:${year}`);
  const courses = demoCourses(random, year, Math.max(300, Math.round(teacherIds.length / 5)), placeNames(random));
  const courseIds = insertCourses(sqlite, courses);
  const ids = courses.map((c) => courseIds.get(c.code)!);
  const categories = courses.map((c) => encodeCategory(c.category)!);

  const tuple = '(?, ?, ?, ?, ?)';
  const full = sqlite.prepare(`INSERT INTO hour_records (teacher_id, course_id, hundredths, day, category) VALUES ${Array(ROWS_PER_INSERT).fill(tuple).join(', ')}`);
  const totals = sqlite.prepare('INSERT INTO hour_totals (teacher_id, year, records, total, d1, d2, d3, d4, d5, d6) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const args: number[] = [];
  const flush = (): void => {
    if (args.length === 0) return;
    if (args.length === ROWS_PER_INSERT * 5) full.run(args);
    else sqlite.prepare(`INSERT INTO hour_records (teacher_id, course_id, hundredths, day, category) VALUES ${Array(args.length / 5).fill(tuple).join(', ')}`).run(args);
    args.length = 0;
  };
  let records = 0;
  let withHours = 0;
  const sums = new Array<number>(7);
  for (const teacherId of teacherIds) {
    const n = Math.min(coursesPerTeacher(random), courses.length);
    if (n === 0) continue;
    // Popular courses draw more teachers: indexes skewed towards the front of the list.
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(courses.length * random.next() ** 1.6));
    sums.fill(0);
    for (const i of [...chosen].sort((a, b) => ids[a]! - ids[b]!)) {
      const course = courses[i]!;
      const hundredths = random.chance(0.04) ? course.hundredths / 2 : course.hundredths;
      args.push(teacherId, ids[i]!, hundredths, course.endDay, categories[i]!);
      sums[0]! += hundredths;
      sums[Math.floor(categories[i]! / 10_000)]! += hundredths;
      if (args.length === ROWS_PER_INSERT * 5) flush();
    }
    totals.run(teacherId, year, n, ...sums);
    records += n;
    withHours++;
  }
  flush();
  const pending = demoPending(sqlite, year, random, courses[0]);
  return { year, courses: courses.length, records, teachersWithHours: withHours, pending };
}

/** A few rows an import could not place, through the import's own rules (so their reasons are real). */
function demoPending(sqlite: Sqlite, year: number, random: Random, course: DemoCourse | undefined): number {
  if (!course) return 0;
  const twins = sqlite
    .prepare(`SELECT t.name, MIN(s.code) AS schoolCode, s.authority_id AS authorityId FROM teachers t JOIN schools s ON s.id = t.school_id
      WHERE t.year = ? GROUP BY s.authority_id, t.name HAVING COUNT(*) > 1 AND COUNT(DISTINCT s.id) > 1 ORDER BY COUNT(*) DESC, t.name LIMIT 2`)
    .all(year) as Array<{ name: string; schoolCode: string; authorityId: number }>;
  const elsewhere = (authorityId: number, name: string) =>
    sqlite
      .prepare(`SELECT s.code FROM schools s WHERE s.authority_id = ? AND NOT EXISTS (SELECT 1 FROM teachers t WHERE t.school_id = s.id AND t.name = ?) ORDER BY s.code LIMIT 1`)
      .pluck()
      .get(authorityId, name) as string | undefined;
  const someone = sqlite
    .prepare('SELECT t.name, s.code FROM teachers t JOIN schools s ON s.id = t.school_id WHERE t.year = ? ORDER BY t.id LIMIT 1 OFFSET ?')
    .get(year, random.int(0, 50)) as { name: string; code: string } | undefined;
  const date = dateOfDay(course.endDay);
  const row = (n: number, name: string, schoolCode: string | null, courseCode: string, category: string | null): HourRecord => ({
    row: n, name, courseCode, hours: course.hundredths / 100, endedAt: { date, time: null },
    nationalId: null, schoolCode, schoolName: null, courseName: course.name, category, organizer: course.organizer,
  });
  const rows: HourRecord[] = [];
  for (const twin of twins) {
    const school = elsewhere(twin.authorityId, twin.name);
    if (school) rows.push(row(rows.length + 2, twin.name, school, course.code, course.category));
  }
  if (someone) {
    rows.push(row(rows.length + 2, `${someone.name.slice(0, 1)}小明`, someone.code, course.code, course.category));
    rows.push(row(rows.length + 2, someone.name, someone.code, `${year}99001`, null));
  }
  const packer = new HourPacker(sqlite, year, (key) => key);
  const waiting: PendingRow[] = [];
  for (const r of rows) {
    const fate = packer.pack(r);
    if (fate !== 'packed' && !Array.isArray(fate)) waiting.push(fate);
  }
  packer.courses.flush(sqlite);
  writePending(sqlite, waiting, null);
  return waiting.length;
}
