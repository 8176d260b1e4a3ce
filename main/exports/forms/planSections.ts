// The parts a teacher's and a school's plan record share (seed 002, 預覽/送出): the filing state,
// the ranked needs, and the planned hours — the six domains as the 研習主題規劃比例圖 pie beside
// their 規劃分配比率, then every sub-item and detail item the hours were entered on, rolled up.

import type { PlanDetail } from '../../../preload/contracts/plans.ts';
import { FILING_STATUS_LABELS } from '../../engine/planFiling.ts';
import { formatRocDateTime } from '../../engine/rocDate.ts';
import { domainSlices, pieChartPng } from '../charts/pieChart.ts';
import { GRAY, LABEL_FILL, mm } from '../pdf/geometry.ts';
import { drawTable, type TableCell, type TableRow } from '../pdf/table.ts';
import type { PageFlow } from './flow.ts';

export const labelCell = (text: string, span = 1): TableCell => ({ text, span, fill: LABEL_FILL, align: 'center', size: 10 });
export const valueCell = (text: string | null | undefined, span = 1, align: TableCell['align'] = 'left'): TableCell => ({
  text: text === null || text === undefined || text === '' ? '—' : text,
  span,
  align,
  size: 10.5,
});

/** 23 → '23', 5.5 → '5.5', 2.25 → '2.25'. */
export function hoursNumber(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
}

export function percentText(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

export function rocTimeText(instant: string | null): string {
  return instant === null ? '—' : formatRocDateTime(instant);
}

/** Label–value pairs two to a row, as the paper forms set them out. */
export function drawPairs(flow: PageFlow, pairs: readonly (readonly [string, string | null])[], labelWidth = mm(26)): void {
  const valueWidth = flow.width / 2 - labelWidth;
  const rows: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const [a, b] = [pairs[i]!, pairs[i + 1]];
    rows.push({
      cells: b ? [labelCell(a[0]), valueCell(a[1]), labelCell(b[0]), valueCell(b[1])] : [labelCell(a[0]), valueCell(a[1], 3)],
      minHeight: mm(9),
    });
  }
  flow.table(rows, { widths: [labelWidth, valueWidth, labelWidth, valueWidth], frameWidth: 1.2 });
}

/** 規劃狀態, the last submission and the engine's sentence on filing on time. */
export function drawFilingState(flow: PageFlow, plan: PlanDetail): void {
  const status = plan.status === null ? '—' : `${plan.status}（${FILING_STATUS_LABELS[plan.filing]}）`;
  const reviewed = plan.reviewedAt === null ? '尚未審閱' : `已審閱（${rocTimeText(plan.reviewedAt)}）`;
  drawPairs(flow, [
    ['規劃狀態', status],
    ['最後送出時間', rocTimeText(plan.lastSubmittedAt)],
    ['填報情形', plan.filingText],
    ['主管機關審閱', reviewed],
  ]);
}

const RANK_SEPARATOR = '　';

/** '1. 暑假　2. 寒假　…' with an unfilled rank as 未填, so a missing rank is seen, not skipped. */
export function rankText(ranks: readonly (string | null)[]): string {
  return ranks.map((r, i) => `${i + 1}. ${r ?? '未填'}`).join(RANK_SEPARATOR);
}

export function drawNeeds(flow: PageFlow, needs: PlanDetail['needs'], who: '教師' | '學校'): void {
  const rows: [string, string | null][] = [
    ['最希望參加研習的方式（依順位）', rankText(needs.modes)],
    ['最希望參加研習的時間（依順位）', rankText(needs.times)],
    ...(needs.timeOther ? ([['研習時間—其他', needs.timeOther]] as [string, string][]) : []),
    ['最希望參加研習的地點（依順位）', rankText(needs.places)],
    ...(needs.placeOther ? ([['研習地點—其他', needs.placeOther]] as [string, string][]) : []),
    [`${who}主要進修階層`, needs.level],
    ['主要實施方式', needs.method],
  ];
  const labelWidth = mm(46);
  flow.table(
    rows.map(([label, value]) => ({ cells: [labelCell(label), valueCell(value ?? '未填')], minHeight: mm(9) })),
    { widths: [labelWidth, flow.width - labelWidth], frameWidth: 1.2 },
  );
}

const CHART = { width: mm(90), height: mm(66) } as const;
// ECharts lays out in CSS pixels: at 4 px per mm its 10.5 px labels print at about 7.5 pt.
const CHART_PX = { width: 360, height: 264, scale: 2.5 } as const;

/** The pie of the six domains with the table of their hours and shares beside it. */
export async function drawHoursSummary(flow: PageFlow, hours: PlanDetail['hours']): Promise<void> {
  const tableWidth = flow.width - CHART.width - mm(4);
  const widths = [tableWidth - mm(34), mm(17), mm(17)];
  const rows: TableRow[] = [
    { cells: [labelCell('類別'), labelCell('時數'), labelCell('百分比')], minHeight: mm(7.5) },
    ...hours.domains.map((d) => ({
      cells: [
        { text: `${d.code}. ${d.name}`, size: 9.5 },
        { text: hoursNumber(d.hours), align: 'right' as const, size: 9.5 },
        { text: percentText(d.share), align: 'right' as const, size: 9.5 },
      ],
      minHeight: mm(7.5),
    })),
    {
      cells: [
        { text: '合計', weight: 'bold' as const, size: 9.5, align: 'center' as const },
        { text: hoursNumber(hours.total), weight: 'bold' as const, align: 'right' as const, size: 9.5 },
        { text: hours.total > 0 ? '100%' : '—', align: 'right' as const, size: 9.5 },
      ],
      minHeight: mm(7.5),
    },
  ];
  flow.ensure(CHART.height + mm(11));
  const top = flow.y;
  const { page } = flow;
  page.text('研習主題規劃比例圖', flow.x, top, { size: 10.5, weight: 'bold', align: 'center', maxWidth: CHART.width });
  page.text('規劃分配比率', flow.x + CHART.width + mm(4), top, { size: 10.5, weight: 'bold', align: 'center', maxWidth: tableWidth });
  const chartTop = top + mm(7);
  page.rect(flow.x, chartTop, CHART.width, CHART.height, { lineWidth: 0.6 });
  if (hours.total > 0) {
    const key = `domain-pie:${hours.domains.map((d) => d.hours).join(',')}`;
    if (!flow.book.images.has(key)) {
      const byCode = Object.fromEntries(hours.domains.map((d) => [d.code, d.hours]));
      flow.book.image(key, await pieChartPng(domainSlices(byCode), CHART_PX, { unit: '小時' }));
    }
    page.image(key, flow.x + 1, chartTop + 1, CHART.width - 2, CHART.height - 2);
  } else {
    page.text('尚未規劃任何時數', flow.x, chartTop + CHART.height / 2 - 6, { size: 10.5, color: GRAY, align: 'center', maxWidth: CHART.width });
  }
  const drawn = drawTable(page, rows, { widths, frameWidth: 1.2 }, { x: flow.x + CHART.width + mm(4), top: chartTop });
  flow.y = Math.max(chartTop + CHART.height, drawn.bottom) + mm(4);
}

/** Every sub-item and detail item that received hours, under its domain, with the roll-up's sums. */
export function drawHoursDetail(flow: PageFlow, hours: PlanDetail['hours']): void {
  const rows: TableRow[] = [];
  for (const d of hours.domains) {
    if (d.hours === 0) continue;
    rows.push({ cells: [{ text: d.code, weight: 'bold', fill: LABEL_FILL }, { text: d.name, weight: 'bold', fill: LABEL_FILL }, { text: hoursNumber(d.hours), align: 'right', weight: 'bold', fill: LABEL_FILL }] });
    for (const s of hours.subItems.filter((x) => x.code.startsWith(`${d.code}-`))) {
      rows.push({ cells: [{ text: s.code }, { text: `　${s.name}` }, { text: hoursNumber(s.hours), align: 'right' }] });
      for (const x of hours.details.filter((y) => y.code.startsWith(`${s.code}-`))) {
        rows.push({ cells: [{ text: x.code, color: GRAY }, { text: `　　${x.name}` }, { text: hoursNumber(x.hours), align: 'right' }] });
      }
    }
  }
  if (rows.length === 0) {
    flow.note('這份規劃沒有任何規劃時數。', { gray: true });
    return;
  }
  rows.push({ cells: [{ text: '合計', weight: 'bold', align: 'center', span: 2 }, { text: hoursNumber(hours.total), weight: 'bold', align: 'right' }] });
  const header: TableRow[] = [{ cells: [labelCell('類別代碼'), labelCell('研習主題（範疇／子項／細項）'), labelCell('規劃時數')] }];
  flow.pagedTable(header, rows, { widths: [mm(24), flow.width - mm(48), mm(24)], size: 9.5, padding: 3, frameWidth: 1.2 });
  if (hours.problems.length > 0) {
    flow.gap(mm(2));
    flow.note(`※ 下列 ${hours.problems.length} 筆時數無法依本學年度的課程分類歸類，共 ${hoursNumber(hours.unplacedHours)} 小時，未計入合計：`, { size: 9 });
    for (const p of hours.problems) flow.note(`　・${p.message}（${hoursNumber(p.hours)} 小時）`, { size: 9 });
  }
}
