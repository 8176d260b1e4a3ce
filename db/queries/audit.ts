// The audit trail: rows are added (synchronously, on the store's own connection, one statement —
// its own transaction) and read back newest first, filtered in SQL.
import type { Sqlite } from '../connection.ts';

export interface AuditEntry {
  at: string;
  osUser: string;
  action: string;
  area: string;
  summary: string;
  details: Record<string, unknown>;
  result: 'ok' | 'refused' | 'cancelled';
  appVersion: string;
}

export interface StoredAuditEntry extends AuditEntry {
  id: number;
}

export interface AuditQuery {
  from: string | null;
  to: string | null;
  action: string | null;
  area: string | null;
  q: string;
}

export function addAuditEntry(sqlite: Sqlite, entry: AuditEntry): number {
  const info = sqlite
    .prepare(
      `INSERT INTO audit_log (at, os_user, action, area, summary, details, result, app_version)
       VALUES (@at, @osUser, @action, @area, @summary, @details, @result, @appVersion)`,
    )
    .run({ ...entry, details: JSON.stringify(entry.details) });
  return Number(info.lastInsertRowid);
}

/** The day after 'YYYY-MM-DD', to bound a range of local days by string comparison on `at`. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function where(filter: AuditQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.from !== null) {
    parts.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== null) {
    parts.push('at < ?');
    params.push(nextDay(filter.to));
  }
  if (filter.action !== null) {
    parts.push('action = ?');
    params.push(filter.action);
  }
  if (filter.area !== null) {
    parts.push('area = ?');
    params.push(filter.area);
  }
  if (filter.q !== '') {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push("(summary LIKE ? ESCAPE '\\' OR os_user LIKE ? ESCAPE '\\')");
    params.push(pattern, pattern);
  }
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

interface RawRow {
  id: number;
  at: string;
  os_user: string;
  action: string;
  area: string;
  summary: string;
  details: string;
  result: AuditEntry['result'];
  app_version: string;
}

function toEntry(r: RawRow): StoredAuditEntry {
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(r.details);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) details = parsed as Record<string, unknown>;
  } catch {
    // A row is never edited after it is written; unreadable details are shown as none.
  }
  return { id: r.id, at: r.at, osUser: r.os_user, action: r.action, area: r.area, summary: r.summary, details, result: r.result, appVersion: r.app_version };
}

const COLUMNS = 'id, at, os_user, action, area, summary, details, result, app_version';

export function listAuditEntries(sqlite: Sqlite, filter: AuditQuery, page: { offset: number; limit: number }): { total: number; rows: StoredAuditEntry[] } {
  const w = where(filter);
  const { total } = sqlite.prepare(`SELECT COUNT(*) AS total FROM audit_log ${w.sql}`).get(...w.params) as { total: number };
  const rows = sqlite
    .prepare(`SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, page.limit, page.offset) as RawRow[];
  return { total, rows: rows.map(toEntry) };
}

/**
 * Every matching row, newest first. Read whole, not iterated: the workbook is written with awaits in
 * between, and an open iterator would keep the connection busy for every other call meanwhile.
 */
export function allAuditEntries(sqlite: Sqlite, filter: AuditQuery): StoredAuditEntry[] {
  const w = where(filter);
  return (sqlite.prepare(`SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY id DESC`).all(...w.params) as RawRow[]).map(toEntry);
}
