// The audit trail's writer, called by the one door (dispatch.ts): a row after every successful call
// that auditRules.ts records, a row for a refused file, and the rotating backup an import takes first.

import { userInfo } from 'node:os';
import type { Sqlite } from '../../db/connection.ts';
import { addAuditEntry } from '../../db/queries/audit.ts';
import type { Channel } from '../../preload/contract.ts';
import { AUDIT_ACTIONS, type AuditAction } from '../../preload/contracts/audit.ts';
import { maskNationalId } from '../engine/nationalId.ts';
import { toTaipeiInstant } from '../engine/rocDate.ts';
import { AUDIT_RULES, isRecorded, type AuditRule, type Described } from './auditRules.ts';
import { backupBeforeImport } from './auditBackup.ts';
import type { ApiContext } from './context.ts';
import type { AppError } from './errors.ts';

let user: string | null = null;

/** The operating system's user, resolved once per process (the CLI, the app and the host alike). */
export function osUser(): string {
  if (user !== null) return user;
  let name = '';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (a container, a service account): the environment may still say who it is.
  }
  user = name || process.env.USERNAME || process.env.USER || '未知使用者';
  return user;
}

// Anything shaped like a national ID (a capital letter, then 1, 2, 8, 9 or A–D, then 8 digits) is
// masked before it is stored, whatever a summary was built from — a refusal message quoting a cell,
// say. Capitals only, so hex digests (sha256 of an award run) are left alone.
const NATIONAL_ID = /(?<![A-Za-z0-9])[A-Z][1289A-D]\d{8}(?!\d)/g;

export function scrub(text: string): string {
  return text.replace(NATIONAL_ID, (id) => maskNationalId(id));
}

function scrubValue(value: unknown): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map(scrubValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v)]));
  return value;
}

function rule(channel: Channel): AuditRule<Channel> {
  return AUDIT_RULES[channel] as AuditRule<Channel>;
}

export interface AuditWrite {
  sqlite: Sqlite;
  appVersion: string;
  action: AuditAction;
  described: Described;
  result: 'ok' | 'refused' | 'cancelled';
}

/** Adds one row (its own statement, so its own transaction). */
export function writeAudit({ sqlite, appVersion, action, described, result }: AuditWrite): void {
  addAuditEntry(sqlite, {
    // Taipei time, like every instant of the app, so the screen's dates and the filter agree.
    at: toTaipeiInstant(new Date()),
    osUser: osUser(),
    action,
    area: AUDIT_ACTIONS[action].area,
    summary: scrub(described.summary).slice(0, 2000),
    details: scrubValue(described.details) as Record<string, unknown>,
    result,
    appVersion,
  });
}

/** Before the handler: an import first takes a rotating automatic backup (db/backup.ts keeps the last N). */
export async function beforeCall(channel: Channel, ctx: ApiContext): Promise<void> {
  const r = rule(channel);
  if (isRecorded(r) && r.backupFirst) await backupBeforeImport(ctx.store);
}

/** After a successful call: the row its rule describes, if any. */
export function afterCall(channel: Channel, input: unknown, output: unknown, ctx: ApiContext): void {
  const r = rule(channel);
  if (!isRecorded(r)) return;
  const described = r.describe(input as never, output as never);
  if (described === null) return;
  writeAudit({ sqlite: ctx.store.sqlite, appVersion: ctx.appVersion, action: r.action, described, result: described.result ?? 'ok' });
}

/** After a refused file (FILE_REFUSED): what was tried and the message the officer saw. */
export function afterRefusal(channel: Channel, input: unknown, error: AppError, ctx: ApiContext): void {
  const r = rule(channel);
  if (error.code !== 'FILE_REFUSED' || !isRecorded(r) || !r.refused) return;
  writeAudit({ sqlite: ctx.store.sqlite, appVersion: ctx.appVersion, action: r.action, described: r.refused(input as never, error.message), result: 'refused' });
}
