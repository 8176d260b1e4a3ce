import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Output } from '../../preload/contract.ts';
import { CliError, type CliCommand } from './types.ts';

const n = (value: number): string => value.toLocaleString('zh-TW');

function conflictLines(conflicts: Output<'packages:import'>['conflicts'], out: (text: string) => void): void {
  const shown = 20;
  for (const c of conflicts.slice(0, shown)) {
    out(`  ${c.maskedId} ${c.name}：資料包列在 ${c.packageSchool}，本機已列在 ${c.existingAuthority} ${c.existingSchool}`);
  }
  if (conflicts.length > shown) out(`  ……另有 ${conflicts.length - shown} 位。`);
}

export const packageCommands: CliCommand[] = [
  {
    name: 'package export',
    summary: '把一個主管機關一個學年度的資料匯出成資料包（.iapkg），交給中央彙整',
    usage: 'package export --authority NAME --year N --out F [--json]',
    options: { authority: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values }, io) {
      if (typeof values.authority !== 'string' || values.authority === '') throw new CliError('請用 --authority 指定主管機關名稱，例如 --authority 臺中市。');
      const year = Number(values.year);
      if (typeof values.year !== 'string' || !Number.isInteger(year)) throw new CliError('請用 --year 指定學年度（整數），例如 --year 113。');
      if (typeof values.out !== 'string' || values.out === '') throw new CliError('請用 --out 指定資料包要存放的檔案，例如 --out 臺中市-113.iapkg。');
      const result = await io.call('packages:export', { authority: values.authority, year, path: resolve(values.out) });
      if (!result.saved || !result.manifest) throw new CliError(result.message ?? '資料包沒有寫入。');
      if (values.json) {
        io.out(JSON.stringify({ path: result.path, bytes: result.bytes, dataSha256: result.manifest.dataSha256, parts: result.manifest.parts }));
        return;
      }
      io.out(`已匯出 ${result.manifest.authority} ${year} 學年度的資料包到 ${result.path}（${n(result.bytes)} 位元組）：`);
      for (const p of result.manifest.parts) io.out(`  ${p.label}：${n(p.rows)} 筆`);
      if (result.manifest.skippedAwardRuns > 0) io.out(`另有 ${result.manifest.skippedAwardRuns} 次獎勵計算涵蓋其他主管機關，未放入資料包。`);
      io.out(`資料雜湊值（SHA-256）：${result.manifest.dataSha256}`);
    },
  },
  {
    name: 'package import',
    summary: '匯入主管機關的資料包：取代該機關該學年度的資料；同一資料包重複匯入不會改變資料',
    usage: 'package import F [--json]',
    options: { json: { type: 'boolean' } },
    async run({ values, positionals }, io) {
      const [file, ...extra] = positionals;
      if (!file) throw new CliError('請指定要匯入的資料包檔案。用法：package import F [--json]');
      if (extra.length) throw new CliError(`多餘的參數「${extra.join(' ')}」。一次匯入一個資料包。`);
      const result = await io.call('packages:import', { path: resolve(file), task: randomUUID() });
      if (values.json) {
        io.out(JSON.stringify({ status: result.status, authority: result.authority, year: result.year, written: result.written, removed: result.removed, conflicts: result.conflicts, ms: result.ms }));
        return;
      }
      io.out(result.message);
      if (result.status === 'landed') {
        io.out(`先移除了本機原有的學校 ${n(result.removed.schools)} 所、教師 ${n(result.removed.teachers)} 位、研習時數紀錄 ${n(result.removed.hourRecords)} 筆。`);
        for (const p of result.written) io.out(`  ${p.label}：${n(p.rows)} 筆`);
      }
      if (result.conflicts.length > 0) {
        io.out(`${result.conflicts.length} 位教師已列在其他主管機關的名冊中，保留本機原有紀錄、沒有匯入：`);
        conflictLines(result.conflicts, io.out);
      }
    },
  },
  {
    name: 'package history',
    summary: '列出匯入過的資料包',
    usage: 'package history [--json]',
    options: { json: { type: 'boolean' } },
    async run({ values }, io) {
      const rows = await io.call('packages:history', {});
      if (values.json) {
        io.out(JSON.stringify(rows));
        return;
      }
      if (rows.length === 0) io.out('還沒有匯入過任何資料包。');
      for (const r of rows) {
        io.out(`#${r.id} ${r.importedAt} ${r.year} 學年度 ${r.authority}「${r.fileName}」：教師 ${n(r.teachers)} 位、時數紀錄 ${n(r.hourRecords)} 筆${r.conflicts > 0 ? `，重複列冊 ${r.conflicts} 位` : ''}`);
      }
    },
  },
];
