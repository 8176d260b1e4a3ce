// Per-school sums that cost most of a second to gather on a national year (planned hours by code,
// needs, achievement figures) are kept in memory, per connection, until any data changes, so every
// further filter of the statistics dashboards (authority, stage) is a merge over 3,500 schools
// instead of a new scan of a million rows. "Any data changes" is SQLite's own mark: data_version
// moves when another connection (an import's worker) commits, total_changes when this one writes.
import type { Sqlite } from '../connection.ts';

function dataMark(sqlite: Sqlite): string {
  const version = sqlite.pragma('data_version', { simple: true }) as number;
  const changes = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}

const kept = new WeakMap<Sqlite, Map<string, { mark: string; value: unknown }>>();

/** `build()`'s value for `key` on this connection, built again only when the database changed since. */
export function cachedStats<T>(sqlite: Sqlite, key: string, build: () => T): T {
  let entries = kept.get(sqlite);
  if (!entries) kept.set(sqlite, (entries = new Map()));
  const mark = dataMark(sqlite);
  const hit = entries.get(key);
  if (hit && hit.mark === mark) return hit.value as T;
  const value = build();
  entries.set(key, { mark: dataMark(sqlite), value });
  return value;
}
