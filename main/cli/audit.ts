import { formatRocDateTime } from '../engine/rocDate.ts';
import type { Output } from '../../preload/contract.ts';
import { AUDIT_ACTIONS, AUDIT_RESULTS, auditFilter, type AuditAction } from '../../preload/contracts/audit.ts';
import { CliError, type CliCommand } from './types.ts';

const PAGE = 500;
const ACTIONS = Object.keys(AUDIT_ACTIONS) as AuditAction[];

/** 'YYYY-MM-DD' or ROC 'YYY/MM/DD' (113/09/01) → 'YYYY-MM-DD'. */
function dayOption(value: string | boolean | undefined, name: string): string | null {
  if (value === undefined || value === false) return null;
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const roc = /^(\d{2,3})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (iso) return text;
  if (roc) return `${Number(roc[1]) + 1911}-${roc[2]!.padStart(2, '0')}-${roc[3]!.padStart(2, '0')}`;
  throw new CliError(`選項 --${name} 的日期格式應為 2024-09-01 或 113/09/01，收到「${text}」。`);
}

export const auditCommands: CliCommand[] = [
  {
    name: 'audit',
    summary: '列出操作紀錄（新的在前）：何時、哪位使用者、做了什麼',
    usage: 'audit [--from D] [--to D] [--action A] [--text T] [--json]',
    options: { from: { type: 'string' }, to: { type: 'string' }, action: { type: 'string' }, text: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values, positionals }, io) {
      if (positionals.length > 0) throw new CliError(`多餘的參數「${positionals.join(' ')}」。用法：audit [--from D] [--to D] [--action A] [--json]`);
      const action = typeof values.action === 'string' ? values.action : null;
      if (action !== null && !ACTIONS.includes(action as AuditAction)) {
        throw new CliError(`不認得的動作「${action}」。可用的動作：${ACTIONS.map((a) => `${a}（${AUDIT_ACTIONS[a].label}）`).join('、')}`);
      }
      const filter = auditFilter.parse({
        from: dayOption(values.from, 'from'),
        to: dayOption(values.to, 'to'),
        action,
        q: typeof values.text === 'string' ? values.text : '',
      });
      const rows: Output<'audit:list'>['rows'] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await io.call('audit:list', { filter, page: { offset, limit: PAGE } });
        rows.push(...page.rows);
        if (page.rows.length < PAGE) break;
      }
      if (values.json) {
        io.out(JSON.stringify(rows, null, 2));
        return;
      }
      if (rows.length === 0) {
        io.out('沒有符合條件的操作紀錄。');
        return;
      }
      for (const r of rows) {
        const label = AUDIT_ACTIONS[r.action as AuditAction]?.label ?? r.action;
        const result = r.result === 'ok' ? '' : `［${AUDIT_RESULTS[r.result]}］`;
        io.out(`${formatRocDateTime(r.at)}  ${r.osUser}  ${label}${result}  ${r.summary}`);
      }
      io.out(`共 ${rows.length.toLocaleString('zh-TW')} 筆。`);
    },
  },
];
