import type { Output } from '../../preload/contract.ts';
import { type CliCommand } from './types.ts';
import { yearOption } from './yearOption.ts';

// 統計 from the command line: the year's (or one authority's) filing rates, the needs with their
// rank weights, and the planned hours by domain — what the central office reports each November.
// `--json` prints the three channels' answers as one object.

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const hours = (h: number): string => h.toLocaleString('zh-TW', { maximumFractionDigits: 2 });

function filingLines(f: Output<'stats:filing'>, out: (s: string) => void): void {
  const row = (label: string, r: { schools: Output<'stats:filing'>['total']['schools']; teachers: Output<'stats:filing'>['total']['schools'] }) =>
    out(`  ${label}　學校 ${percent(r.schools.onTimeRate)}（期限內 ${r.schools.onTime}/${r.schools.expected}，送出 ${r.schools.filed}）　教師 ${percent(r.teachers.onTimeRate)}（期限內 ${r.teachers.onTime}/${r.teachers.expected}，送出 ${r.teachers.filed}）`);
  out('填報率（期限內送出 ÷ 應填）');
  row('合計', f.total);
  for (const a of f.byAuthority) row(a.authority, a);
  for (const s of f.byStage) row(s.stage, s);
  if (f.previous) out(`  ${f.previous.year} 學年度合計　學校 ${percent(f.previous.total.schools.onTimeRate)}　教師 ${percent(f.previous.total.teachers.onTimeRate)}`);
}

function needLines(n: Output<'stats:needs'>, out: (s: string) => void): void {
  out(`研習需求（教師規劃 ${n.teacher.plans} 份；加權比例）`);
  for (const d of n.teacher.dimensions) {
    out(`  ${d.label}（${d.weightNote}）`);
    for (const o of [...d.options].sort((a, b) => b.score - a.score)) out(`    ${o.option}　${percent(o.share)}（${o.score} 分；各順位 ${o.rankCounts.join('/')}）`);
  }
}

function hourLines(h: Output<'stats:plannedHours'>, out: (s: string) => void): void {
  out(`規劃時數（教師規劃 ${h.teacher.plans} 份，共 ${hours(h.teacher.hours)} 小時；學校規劃 ${h.school.plans} 份，共 ${hours(h.school.hours)} 小時）`);
  const school = new Map(h.school.domains.map((d) => [d.domain, d]));
  for (const d of h.teacher.domains) {
    const s = school.get(d.domain);
    out(`  ${d.domain} ${d.name}　教師 ${hours(d.hours)} 小時（${percent(d.share)}）　學校 ${hours(s?.hours ?? 0)} 小時（${percent(s?.share ?? null)}）`);
  }
}

export const statsCommands: CliCommand[] = [
  {
    name: 'stats',
    summary: '學年度統計：各主管機關與教育階段的填報率、研習需求分布、各向度規劃時數（--json 為機器可讀格式）',
    usage: 'stats --year N [--authority NAME] [--json]',
    options: { year: { type: 'string' }, authority: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const authority = typeof values.authority === 'string' && values.authority.trim() !== '' ? values.authority : null;
      const filing = await io.call('stats:filing', { year, authority });
      const needs = await io.call('stats:needs', { year, authority });
      const planned = await io.call('stats:plannedHours', { year, authority });
      if (values.json) {
        io.out(JSON.stringify({ year, authority: filing.authority, filing, needs, plannedHours: planned }));
        return;
      }
      io.out(`${year} 學年度統計${filing.authority ? `（${filing.authority}）` : ''}`);
      filingLines(filing, io.out);
      needLines(needs, io.out);
      hourLines(planned, io.out);
    },
  },
];
