// One valid hours row → a packed record, a row for 待確認, or a rejection. The school year comes
// from the row's date (8/1 .. 7/31); the teacher from the engine's matcher (or an officer's earlier
// decision for a row written the same way); the classification from the row, else from the course
// list. Nothing is guessed: whatever cannot be placed is kept with its reason.

import type { Sqlite } from '../../../db/connection.ts';
import type { HourPendingReason } from '../../../db/schema.ts';
import { dayOf } from '../../engine/dayNumber.ts';
import { encodeCategory } from '../../engine/hourCategory.ts';
import { explainNoMatch, findTeacher, identityKey } from '../../engine/hourMatching.ts';
import { toHundredths } from '../../engine/hundredths.ts';
import { formatRocDate, schoolYearOf } from '../../engine/rocDate.ts';
import type { RecordFor } from '../../imports/index.ts';
import type { Problem } from '../writerKit.ts';
import { CourseCodes } from './courseCodes.ts';
import { PackedRows } from './packedRows.ts';
import { loadYearRoster, pendingKey, type YearRoster } from './roster.ts';

export type HourRecord = RecordFor<'hours'>;

export interface PendingRow {
  year: number;
  reason: HourPendingReason;
  detail: string;
  teacherId: number | null;
  record: HourRecord;
  courseId: number;
  hundredths: number;
  day: number;
}

export type RowFate = 'packed' | PendingRow | Problem[];

/** The column headers as the file writes them, for the reasons in the report. */
export type HeaderOf = (key: string) => string;

export class HourPacker {
  readonly rows = new PackedRows();
  readonly courses: CourseCodes;
  /** Ids of rows in 待確認 that a row of this import has now placed. */
  readonly settledPending: number[] = [];
  private readonly rosters = new Map<number, YearRoster | null>();
  // A file repeats a few hundred dates and a few dozen classification codes over a million rows.
  private readonly dates = new Map<string, { year: number; day: number }>();
  private readonly categories = new Map<string, number | null>();
  private readonly sqlite: Sqlite;
  private readonly onlyYear: number | null;
  private readonly header: HeaderOf;

  /** `onlyYear`: import that school year only and report rows of other years; null: each row to its own year. */
  constructor(sqlite: Sqlite, onlyYear: number | null, header: HeaderOf) {
    this.sqlite = sqlite;
    this.onlyYear = onlyYear;
    this.header = header;
    this.courses = new CourseCodes(sqlite);
  }

  /** The school years this import placed rows in (their rosters were read). */
  years(): number[] {
    return [...this.rosters.entries()].filter(([, r]) => r !== null).map(([year]) => year);
  }

  private rosterOf(year: number): YearRoster | null {
    let roster = this.rosters.get(year);
    if (roster === undefined) {
      roster = loadYearRoster(this.sqlite, year);
      this.rosters.set(year, roster);
    }
    return roster;
  }

  // Consecutive rows mostly share their date (often the very same string, from the reader's memo).
  private lastDate: string | null = null;
  private lastDateOf = { year: 0, day: 0 };

  private dateOf(date: string): { year: number; day: number } {
    if (date === this.lastDate) return this.lastDateOf;
    let known = this.dates.get(date);
    if (!known) this.dates.set(date, (known = { year: schoolYearOf(date), day: dayOf(date) }));
    this.lastDate = date;
    this.lastDateOf = known;
    return known;
  }

  private categoryOf(code: string): number | null {
    let known = this.categories.get(code);
    if (known === undefined) this.categories.set(code, (known = encodeCategory(code)));
    return known;
  }

  pack(record: HourRecord): RowFate {
    const date = record.endedAt.date;
    const { year, day } = this.dateOf(date);
    if (this.onlyYear !== null && year !== this.onlyYear) {
      return [{ column: this.header('endedAt'), reason: `日期 ${formatRocDate(date)} 屬於 ${year} 學年度，不在這次匯入的 ${this.onlyYear} 學年度，未匯入` }];
    }
    const roster = this.rosterOf(year);
    if (!roster) {
      return [{ column: this.header('endedAt'), reason: `日期 ${formatRocDate(date)} 屬於 ${year} 學年度，資料庫裡沒有這個學年度的教師名冊，未匯入` }];
    }
    const course = this.courses.refOf(record.courseCode, record.courseName, record.organizer);
    const hundredths = toHundredths(record.hours);

    let teacherId = findTeacher(roster.index, record);
    if (teacherId === 0) {
      const identity = identityKey(record);
      if (roster.dismissed.has(`${identity}\t${course.id}`)) {
        return [{ column: this.header('name'), reason: '這筆紀錄先前已在「待確認」中確認略過，未匯入' }];
      }
      const decided = roster.decidedTeacher.get(identity);
      if (decided === undefined) {
        const { problem, reason } = explainNoMatch(roster.index, record);
        return { year, reason: problem, detail: reason, teacherId: null, record, courseId: course.id, hundredths, day };
      }
      teacherId = decided;
    }

    let category: number | null;
    let problem: string | null = null;
    if (record.category !== null) {
      category = this.categoryOf(record.category);
      if (category === null) problem = `課程類別「${record.category}」不是有效的課程分類代碼`;
    } else {
      category = course.category;
      if (category === null) problem = `這列沒有課程類別，課程清單也沒有課程代碼「${record.courseCode}」的類別`;
    }
    if (category === null) {
      const reason = record.category !== null ? 'bad-classification' : 'no-classification';
      return { year, reason, detail: problem ?? '', teacherId, record, courseId: course.id, hundredths, day };
    }

    // A pair written twice in the file is found when the rows are merged (writeRecords.ts).
    if (roster.pending.size > 0) this.settle(roster, course.id, record);
    this.rows.push(teacherId, course.id, hundredths, day, category, year, record.row);
    return 'packed';
  }

  /** A row placed now that waited in 待確認 before (the roster or the course list was fixed since). */
  private settle(roster: YearRoster, courseId: number, record: HourRecord): void {
    const key = pendingKey(courseId, record.name, record.nationalId ?? '', record.schoolCode ?? '', record.schoolName ?? '');
    const id = roster.pending.get(key);
    if (id !== undefined) {
      this.settledPending.push(id);
      roster.pending.delete(key);
    }
  }
}
