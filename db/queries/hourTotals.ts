// hour_totals from hour_records: the per-teacher sums that awards and statistics read. Recomputed
// for the teachers a change touched, inside the transaction that made the change; a teacher's
// records are one range of hour_records' primary key, so this reads only their rows.
import type { Sqlite } from '../connection.ts';

const IDS_PER_STATEMENT = 500;

const domainSums = [1, 2, 3, 4, 5, 6].map((d) => `SUM(r.hundredths * (r.category / 10000 = ${d}))`).join(', ');

function recomputeSql(ids: number): string {
  const list = Array.from({ length: ids }, () => '?').join(', ');
  return `INSERT OR REPLACE INTO hour_totals (teacher_id, year, records, total, d1, d2, d3, d4, d5, d6)
    SELECT r.teacher_id, t.year, COUNT(*), SUM(r.hundredths), ${domainSums}
    FROM hour_records r JOIN teachers t ON t.id = r.teacher_id
    WHERE r.teacher_id IN (${list}) GROUP BY r.teacher_id`;
}

function dropEmptySql(ids: number): string {
  const list = Array.from({ length: ids }, () => '?').join(', ');
  return `DELETE FROM hour_totals WHERE teacher_id IN (${list})
    AND NOT EXISTS (SELECT 1 FROM hour_records r WHERE r.teacher_id = hour_totals.teacher_id)`;
}

/** Brings the totals of these teachers in line with their records (none left: no totals row). */
export function recomputeTotals(sqlite: Sqlite, teacherIds: readonly number[]): void {
  // Statements prepared once per size (better-sqlite3 frees one only when it is garbage collected).
  const recompute = sqlite.prepare(recomputeSql(IDS_PER_STATEMENT));
  const dropEmpty = sqlite.prepare(dropEmptySql(IDS_PER_STATEMENT));
  for (let i = 0; i < teacherIds.length; i += IDS_PER_STATEMENT) {
    const part = teacherIds.slice(i, i + IDS_PER_STATEMENT);
    const full = part.length === IDS_PER_STATEMENT;
    (full ? recompute : sqlite.prepare(recomputeSql(part.length))).run(part);
    (full ? dropEmpty : sqlite.prepare(dropEmptySql(part.length))).run(part);
  }
}

/** The number of records these teachers hold now, by their totals. */
export function recordsOf(sqlite: Sqlite, teacherIds: readonly number[]): number {
  const sql = (n: number): string => `SELECT COALESCE(SUM(records), 0) FROM hour_totals WHERE teacher_id IN (${Array.from({ length: n }, () => '?').join(', ')})`;
  const full = sqlite.prepare(sql(IDS_PER_STATEMENT)).pluck();
  let sum = 0;
  for (let i = 0; i < teacherIds.length; i += IDS_PER_STATEMENT) {
    const part = teacherIds.slice(i, i + IDS_PER_STATEMENT);
    sum += (part.length === IDS_PER_STATEMENT ? full : sqlite.prepare(sql(part.length)).pluck()).get(part) as number;
  }
  return sum;
}
