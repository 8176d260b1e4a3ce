// The same national averages and ranks computed by DuckDB from the RAW hour records, as a yardstick
// for the award run (issue 7). DuckDB's sqlite extension downloads at run time, which this machine
// cannot do, so the rows are read from SQLite with better-sqlite3 and handed to DuckDB through the
// node API's appender in data chunks (in memory, no file); the load and the query are timed apart.
import { DuckDBInstance, INTEGER, VARCHAR, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import { DuckDBDataChunk } from '@duckdb/node-api';
import type { Sqlite } from '../../db/connection.ts';

const CHUNK = 2048;

async function load(duck: DuckDBConnection, table: string, columns: [string, DuckDBType][], rows: Iterable<unknown[]>): Promise<number> {
  await duck.run(`CREATE TABLE ${table} (${columns.map(([name, type]) => `${name} ${type.toString()}`).join(', ')})`);
  const appender = await duck.createAppender(table);
  const types = columns.map(([, type]) => type);
  const buffers: unknown[][] = columns.map(() => []);
  let count = 0;
  const flush = (): void => {
    if (buffers[0]!.length === 0) return;
    const chunk = DuckDBDataChunk.create(types, buffers[0]!.length);
    chunk.setColumns(buffers as never);
    appender.appendDataChunk(chunk);
    for (const b of buffers) b.length = 0;
  };
  for (const row of rows) {
    row.forEach((v, i) => buffers[i]!.push(v));
    count++;
    if (buffers[0]!.length === CHUNK) flush();
  }
  flush();
  appender.closeSync();
  return count;
}

export interface DuckResult {
  loadMs: number;
  queryMs: number;
  records: number;
  nationalAverage: number;
  /** PR and total hundredths per teacher id; mean and PR per school code. */
  teachers: Map<number, { hundredths: number; pr: number; awarded: boolean }>;
  schools: Map<string, { mean: number | null; pr: number | null }>;
}

/** Grouped-data PR with class width 1 and origin −0.5, written in the engine's order of operations. */
const PR = (score: string) => `((COALESCE(cfl, 0) + LEAST(1, GREATEST(0, (${score} - (-0.5 + k * 1)) / 1)) * fx) * 100) / n`;
const CLASSES = (score: string) => `FLOOR((${score} - (-0.5)) / 1 + 1e-9)`;

export async function duckAwards(sqlite: Sqlite, year: number): Promise<DuckResult> {
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  const started = performance.now();
  const records = await load(duck, 'hour_records', [['teacher_id', INTEGER], ['hundredths', INTEGER]],
    sqlite.prepare('SELECT r.teacher_id, r.hundredths FROM hour_records r').raw(true).iterate() as Iterable<unknown[]>);
  await load(duck, 'teachers', [['id', INTEGER], ['school_id', INTEGER], ['on_time', INTEGER]],
    sqlite.prepare(`SELECT t.id, t.school_id, COALESCE(p.filing = 'onTime', 0) FROM teachers t LEFT JOIN teacher_plans p ON p.teacher_id = t.id WHERE t.year = ?`).raw(true).iterate(year) as Iterable<unknown[]>);
  await load(duck, 'schools', [['id', INTEGER], ['code', VARCHAR], ['authority_id', INTEGER], ['stage', VARCHAR]],
    sqlite.prepare('SELECT id, code, authority_id, stage FROM schools WHERE year = ?').raw(true).iterate(year) as Iterable<unknown[]>);
  const loadMs = performance.now() - started;

  const query = performance.now();
  await duck.run(`CREATE TABLE totals AS
    SELECT t.id, t.school_id, t.on_time, s.authority_id, s.stage, COALESCE(SUM(r.hundredths), 0)::BIGINT AS h
    FROM teachers t JOIN schools s ON s.id = t.school_id LEFT JOIN hour_records r ON r.teacher_id = t.id
    GROUP BY t.id, t.school_id, t.on_time, s.authority_id, s.stage`);
  const avg = (await duck.runAndReadAll('SELECT SUM(h) / (100 * COUNT(*)) FROM totals')).getRows()[0]![0] as number;
  const teacherRows = (await duck.runAndReadAll(`
    WITH classed AS (SELECT *, h / 100 AS x, ${CLASSES('h / 100')} AS k FROM totals),
    counts AS (SELECT authority_id, stage, k, COUNT(*) AS fx FROM classed GROUP BY ALL),
    cum AS (SELECT *, SUM(fx) OVER (PARTITION BY authority_id, stage ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS cfl,
                      SUM(fx) OVER (PARTITION BY authority_id, stage) AS n FROM counts)
    SELECT c.id, c.h, ${PR('c.x')} AS pr, c.on_time = 1 AND c.x >= ${avg} AND ${PR('c.x')} >= 70 - 1e-9 AS awarded
    FROM classed c JOIN cum USING (authority_id, stage, k)`)).getRows();
  const schoolRows = (await duck.runAndReadAll(`
    WITH means AS (SELECT s.code, s.authority_id, s.stage, SUM(t.h) / (100 * COUNT(t.id)) AS x
      FROM schools s JOIN totals t ON t.school_id = s.id GROUP BY ALL),
    classed AS (SELECT *, ${CLASSES('x')} AS k FROM means),
    counts AS (SELECT authority_id, stage, k, COUNT(*) AS fx FROM classed GROUP BY ALL),
    cum AS (SELECT *, SUM(fx) OVER (PARTITION BY authority_id, stage ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS cfl,
                      SUM(fx) OVER (PARTITION BY authority_id, stage) AS n FROM counts)
    SELECT c.code, c.x, ${PR('c.x')} FROM classed c JOIN cum USING (authority_id, stage, k)`)).getRows();
  const queryMs = performance.now() - query;
  duck.closeSync();
  instance.closeSync();

  const teachers = new Map(teacherRows.map(([id, h, pr, awarded]) => [Number(id), { hundredths: Number(h), pr: Number(pr), awarded: awarded === true }]));
  const schools = new Map(schoolRows.map(([code, mean, pr]) => [String(code), { mean: Number(mean), pr: Number(pr) }]));
  return { loadMs, queryMs, records, nationalAverage: Number(avg), teachers, schools };
}
