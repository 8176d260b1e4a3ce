// The end of an hour import: the packed rows go into hour_records in the order of its primary key,
// and hour_totals follows in the same transaction. A (teacher, course) pair the file names twice is
// found here, where a teacher's rows sit together: the first row counts, the repeat is reported.
//
// Teachers without any record before this import (every teacher on a year's first import) take
// plain multi-row INSERTs — no conflict is possible once the file's repeats are set aside — and
// their totals are summed here while their rows stream past. Teachers who had records take an
// upsert that writes only what changed, and their totals are recomputed in SQL from their records
// afterwards. The counts follow: a new teacher's rows are all added; for the others, the upserts'
// changes are added + replaced and the growth of their record count is the added part.

import type { Sqlite } from '../../../db/connection.ts';
import { recomputeTotals, recordsOf } from '../../../db/queries/hourTotals.ts';
import type { PackedRows } from './packedRows.ts';

const ROWS_PER_INSERT = 200;
const RECORD_COLUMNS = 5;
const TOTAL_COLUMNS = 10;

/** A row naming a (teacher, course) pair an earlier row of the file already named: not applied. */
export interface Repeat {
  row: number;
  first: number;
}

export interface RecordCounts {
  added: number;
  replaced: number;
  unchanged: number;
  repeats: Repeat[];
}

const LOOK_BACK = 64;

/**
 * For each row of one teacher (order[start..end), file order), the earlier row naming the same
 * course, or −1. A teacher has a few dozen rows, so looking back over them is cheaper than a table
 * of a million pairs; a teacher with more gets a map.
 */
function earlierOfCourse(order: Int32Array, rows: PackedRows, start: number, end: number): (k: number) => number {
  if (end - start <= LOOK_BACK) {
    return (k) => {
      const c = rows.course(order[k]!);
      for (let j = start; j < k; j++) if (rows.course(order[j]!) === c) return order[j]!;
      return -1;
    };
  }
  const firsts = new Map<number, number>();
  return (k) => {
    const i = order[k]!;
    const c = rows.course(i);
    const first = firsts.get(c);
    if (first !== undefined) return first;
    firsts.set(c, i);
    return -1;
  };
}

function multiRow(sqlite: Sqlite, head: string, columns: number, tail = '') {
  const cache = new Map<number, ReturnType<Sqlite['prepare']>>();
  const tuple = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  return (rows: number) => {
    let statement = cache.get(rows);
    if (!statement) {
      statement = sqlite.prepare(`${head} VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}${tail}`);
      cache.set(rows, statement);
    }
    return statement;
  };
}

/**
 * Buffers rows of one statement shape and runs it ROWS_PER_INSERT rows at a time. The caller writes
 * a row's values at the offset `slot()` returns (no array per row: this runs a million times).
 */
class RowBatch {
  readonly args: number[];
  private rows = 0;
  changes = 0;
  private readonly columns: number;
  private readonly statementFor: (rows: number) => ReturnType<Sqlite['prepare']>;

  constructor(statementFor: (rows: number) => ReturnType<Sqlite['prepare']>, columns: number) {
    this.statementFor = statementFor;
    this.columns = columns;
    this.args = new Array<number>(ROWS_PER_INSERT * columns).fill(0);
  }

  /** Where the next row's values go; the batch runs when the row after it would not fit. */
  slot(): number {
    if (this.rows === ROWS_PER_INSERT) this.flush();
    return this.rows++ * this.columns;
  }

  flush(): number {
    if (this.rows > 0) {
      const args = this.rows === ROWS_PER_INSERT ? this.args : this.args.slice(0, this.rows * this.columns);
      this.changes += this.statementFor(this.rows).run(args).changes;
      this.rows = 0;
    }
    return this.changes;
  }
}

function put5(batch: RowBatch, a: number, b: number, c: number, d: number, e: number): void {
  const at = batch.slot();
  const args = batch.args;
  args[at] = a;
  args[at + 1] = b;
  args[at + 2] = c;
  args[at + 3] = d;
  args[at + 4] = e;
}

export function writeRecords(sqlite: Sqlite, rows: PackedRows, years: readonly number[]): RecordCounts {
  const existing = new Set<number>();
  const before = sqlite.prepare('SELECT teacher_id FROM hour_totals WHERE year = ?').pluck();
  for (const year of years) for (const id of before.iterate(year) as Iterable<number>) existing.add(id);

  const columns = '(teacher_id, course_id, hundredths, day, category)';
  const insert = new RowBatch(multiRow(sqlite, `INSERT INTO hour_records ${columns}`, RECORD_COLUMNS), RECORD_COLUMNS);
  const upsert = new RowBatch(
    multiRow(
      sqlite,
      `INSERT INTO hour_records ${columns}`,
      RECORD_COLUMNS,
      ` ON CONFLICT (teacher_id, course_id) DO UPDATE SET hundredths = excluded.hundredths, day = excluded.day, category = excluded.category
        WHERE hundredths <> excluded.hundredths OR day <> excluded.day OR category <> excluded.category`,
    ),
    RECORD_COLUMNS,
  );
  const totals = new RowBatch(
    multiRow(sqlite, 'INSERT INTO hour_totals (teacher_id, year, records, total, d1, d2, d3, d4, d5, d6)', TOTAL_COLUMNS),
    TOTAL_COLUMNS,
  );

  const order = rows.orderByTeacher();
  const oldTeachers: number[] = [];
  const repeats: Repeat[] = [];
  let freshRows = 0;
  let oldRows = 0;
  const sums = new Float64Array(7);
  for (let k = 0; k < order.length; ) {
    const t = rows.teacher(order[k]!);
    const fresh = !existing.has(t);
    if (fresh) sums.fill(0);
    else oldTeachers.push(t);
    const start = k;
    let end = k;
    while (end < order.length && rows.teacher(order[end]!) === t) end++;
    const earlier = earlierOfCourse(order, rows, start, end);
    let n = 0;
    for (; k < end; k++) {
      const i = order[k]!;
      const first = earlier(k);
      if (first >= 0) {
        repeats.push({ row: rows.row(i), first: rows.row(first) });
        continue;
      }
      n++;
      const h = rows.hundredths(i);
      const category = rows.category(i);
      put5(fresh ? insert : upsert, t, rows.course(i), h, rows.day(i), category);
      if (fresh) {
        sums[0]! += h;
        sums[Math.floor(category / 10_000)]! += h;
      }
    }
    if (fresh) {
      const at = totals.slot();
      totals.args[at] = t;
      totals.args[at + 1] = rows.year(order[start]!);
      totals.args[at + 2] = n;
      for (let d = 0; d < 7; d++) totals.args[at + 3 + d] = sums[d]!;
      freshRows += n;
    } else {
      oldRows += n;
    }
  }
  insert.flush();
  totals.flush();
  const recordsBefore = recordsOf(sqlite, oldTeachers);
  const changed = upsert.flush();
  recomputeTotals(sqlite, oldTeachers);
  const grown = recordsOf(sqlite, oldTeachers) - recordsBefore;
  repeats.sort((a, b) => a.row - b.row);
  return { added: freshRows + grown, replaced: changed - grown, unchanged: oldRows - changed, repeats };
}
