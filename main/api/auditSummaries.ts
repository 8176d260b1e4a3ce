// The words of the audit trail: helpers for the summaries auditRules.ts builds, and the shapes of a
// rule. Years, authorities, school codes, counts and file names without their folders — never
// national IDs, teacher names or other personal data.

import { basename } from 'node:path';
import type { Channel, Output, ParsedInput } from '../../preload/contract.ts';
import type { AuditAction } from '../../preload/contracts/audit.ts';
import { KINDS, type ImportKind } from '../imports/kinds.ts';

export interface Described {
  summary: string;
  details: Record<string, unknown>;
  /** 'ok' unless the call ended without a change (an import the officer cancelled). */
  result?: 'ok' | 'cancelled';
}

export interface Recorded<C extends Channel> {
  action: AuditAction;
  describe(input: ParsedInput<C>, output: Output<C>): Described | null;
  /** A refusal worth recording (a file refused, FILE_REFUSED): what was tried and the message shown. */
  refused?(input: ParsedInput<C>, message: string): Described;
  /** Takes a rotating automatic backup before the call runs, off the window's thread (every import: auditBackup.ts). */
  backupFirst?: true;
}

/** Why the channel is not recorded: it changes no stored data (or only a remembered folder). */
export interface NotRecorded {
  readOnly: string;
}

export type AuditRule<C extends Channel> = Recorded<C> | NotRecorded;

export function isRecorded<C extends Channel>(rule: AuditRule<C>): rule is Recorded<C> {
  return 'action' in rule;
}

export const file = (path: string): string => basename(path);
export const yearText = (year: number | null): string => (year === null ? '' : `${year} 學年度`);
export const n = (value: number): string => value.toLocaleString('zh-TW');

export const READS = '只讀取資料';
export const DOWNLOAD = '只把檔案交給視窗下載，不變更資料';
export const CANCEL = '只要求停止進行中的作業；被停止的作業自己會留下紀錄';
export const DIALOG = '只開啟系統的檔案視窗';

/** An import kind as the wizard names it (main/imports/kinds.ts holds the labels). */
export const importKindLabel = (kind: string): string => (kind in KINDS ? KINDS[kind as ImportKind].label : kind);

export const planKindLabel = (kind: 'school' | 'teacher') => (kind === 'school' ? '學校規劃' : '教師規劃');

type FormInput = ParsedInput<'exports:render'>;
type FormOutput = Output<'exports:render'>;

/** A printed form: its scope without the teacher's national ID (only that one teacher was chosen). */
export function describeForm(input: FormInput, output: FormOutput): Described {
  const scope = [yearText(input.year), input.authority, input.school ? `學校代碼 ${input.school}` : undefined, input.teacher ? '單一教師' : undefined]
    .filter(Boolean)
    .join('，');
  const files = output.files.map((f) => file(f.path));
  return {
    summary: `列印「${input.form}」（${scope}）：${n(output.files.length)} 個檔案、共 ${n(output.pages)} 頁${files.length === 1 ? `，存為 ${files[0]}` : ''}`,
    details: { form: input.form, year: input.year, authority: input.authority ?? null, school: input.school ?? null, oneTeacher: input.teacher !== undefined, files: files.slice(0, 50), fileCount: files.length, pages: output.pages },
  };
}

export function describeImport(input: ParsedInput<'imports:run'>, output: Output<'imports:run'>): Described {
  const what = importKindLabel(input.kind);
  const counts = { read: output.read, added: output.added, replaced: output.replaced, unchanged: output.unchanged, rejected: output.rejected, missing: output.missing };
  const details = { kind: input.kind, year: output.year, file: output.fileName, importId: output.id, ...counts };
  if (output.status === 'cancelled') return { summary: `取消匯入${what}「${output.fileName}」，資料沒有變更`, details, result: 'cancelled' };
  return {
    summary: `匯入${what}「${output.fileName}」${output.year === null ? '' : `到 ${output.year} 學年度`}：讀取 ${n(output.read)} 列，新增 ${n(output.added)}、更新 ${n(output.replaced)}、未變更 ${n(output.unchanged)}、未匯入 ${n(output.rejected)}`,
    details,
  };
}

export const refusedFile = (what: string) => (input: { path: string; year?: number | null }, message: string): Described => ({
  summary: `${what}「${file(input.path)}」被拒收：${message}`,
  details: { file: file(input.path), year: input.year ?? null },
});

export const scheduleSaved = (verb: string) => (_input: unknown, output: Output<'schedule:save'>): Described => ({
  summary: `${verb} ${output.year} 學年度的年度時程${output.status === null ? '' : `（${output.status === 'final' ? '定案' : '草稿'}）`}`,
  details: { year: output.year, status: output.status },
});
