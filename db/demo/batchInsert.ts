// Rows written many at a time: one statement per `perStatement` rows instead of one per row, which
// is where a national demo year's 1.5 million plan rows would otherwise spend its time.
import type { Sqlite } from '../connection.ts';

export interface BatchInsert {
  add(values: readonly unknown[]): void;
  /** Writes what is pending; call before reading the table or ending the transaction. */
  flush(): void;
}

/** `after`: the batches this one's rows reference (foreign keys), written first whenever this one writes. */
export function batchInsert(sqlite: Sqlite, table: string, columns: readonly string[], perStatement = 100, after: readonly BatchInsert[] = []): BatchInsert {
  const row = `(${columns.map(() => '?').join(', ')})`;
  const sql = (n: number) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`;
  const statements = new Map<number, ReturnType<Sqlite['prepare']>>();
  const statement = (n: number) => {
    let st = statements.get(n);
    if (!st) statements.set(n, (st = sqlite.prepare(sql(n))));
    return st;
  };
  const full = statement(perStatement);
  let pending: unknown[] = [];
  let rows = 0;
  return {
    add(values) {
      for (const v of values) pending.push(v);
      if (++rows === perStatement) {
        for (const parent of after) parent.flush();
        full.run(pending);
        pending = [];
        rows = 0;
      }
    },
    flush() {
      if (rows === 0) return;
      for (const parent of after) parent.flush();
      statement(rows).run(pending);
      pending = [];
      rows = 0;
    },
  };
}
