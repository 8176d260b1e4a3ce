// 獎勵名單, one per authority, from a stored award run (the latest of the year unless one is
// named): the parameters the run used — printed on every list, as the rules require — the
// authority's own result with its filing rate, then its awarded schools and teachers with every
// number that decided them (hours or average hours, the national average, the size of the rank
// group, PR, filing on time), closed by the 承辦人 and 單位主管 seal boxes on the last page.

import { authorityRows, schoolPage, teacherPage, type SchoolResultRow, type TeacherResultRow } from '../../../db/queries/awardRunPages.ts';
import type { RunSummary } from '../../../db/queries/awardRuns.ts';
import { AppError } from '../../api/errors.ts';
import { authorityKey } from '../../engine/authorityName.ts';
import { AWARD_REASON_LABELS, type AwardReason } from '../../engine/awards.ts';
import { chosenRun, hoursFigure, prFigure, rateFigure, runParameterLines } from '../awardRun.ts';
import { mm } from '../pdf/geometry.ts';
import { SEAL_AREA, drawSealBoxes } from '../pdf/sealBoxes.ts';
import type { TableRow } from '../pdf/table.ts';
import { PageFlow } from './flow.ts';
import { drawPairs, labelCell } from './planSections.ts';
import { fileStem } from './scope.ts';
import { defineForm } from './types.ts';

export const AWARD_LIST_TITLE = '獎勵名單';

export interface AwardListData {
  run: RunSummary;
  authority: { name: string; schools: number; filedOnTime: number; fillRate: number | null; awarded: boolean; reasons: AwardReason[] };
  schools: SchoolResultRow[];
  teachers: TeacherResultRow[];
  /** All candidates of the authority, awarded or not. */
  candidates: { schools: number; teachers: number };
}

const ALL = { offset: 0, limit: Number.MAX_SAFE_INTEGER };
const ORDER = { by: 'order', dir: 'asc' } as const;

export function reasonsText(reasons: readonly AwardReason[]): string {
  return reasons.map((r) => AWARD_REASON_LABELS[r]).join('；');
}

const num = (text: string) => ({ text, align: 'right' as const });
const filed = (onTime: boolean) => ({ text: onTime ? '是' : '否', align: 'center' as const });

function schoolTable(flow: PageFlow, data: AwardListData): void {
  const w = [7, 15, 0, 20, 12, 16, 15, 15, 13, 14].map(mm);
  w[2] = flow.width - w.reduce((a, b) => a + b, 0);
  const header: TableRow[] = [
    { cells: ['序', '學校代碼', '學校名稱', '學制', '教師數', '平均研習時數', '全國平均', '同組學校數', 'PR', '期限內送出'].map((t) => ({ ...labelCell(t), size: 8.5 })) },
  ];
  const avg = hoursFigure(data.run.nationalAverage);
  const rows = data.schools.map((s, i): TableRow => ({
    cells: [num(String(i + 1)), { text: s.code }, { text: s.name }, { text: s.stage, align: 'center' }, num(String(s.teachers)), num(hoursFigure(s.averageHours)), num(avg), num(String(s.groupSize)), num(prFigure(s.pr)), filed(s.filedOnTime)],
  }));
  flow.pagedTable(header, rows.length ? rows : [{ cells: [{ text: '（本次計算沒有獲獎學校）', span: 10, align: 'center' }] }], { widths: w, size: 9, padding: 3, frameWidth: 1.2 });
}

function teacherTable(flow: PageFlow, data: AwardListData): void {
  const w = [7, 16, 20, 0, 20, 15, 15, 15, 12, 14].map(mm);
  w[3] = flow.width - w.reduce((a, b) => a + b, 0);
  const header: TableRow[] = [
    { cells: ['序', '姓名', '身分證字號', '學校', '學制', '研習時數', '全國平均', '同組教師數', 'PR', '期限內送出'].map((t) => ({ ...labelCell(t), size: 8.5 })) },
  ];
  const avg = hoursFigure(data.run.nationalAverage);
  const rows = data.teachers.map((t, i): TableRow => ({
    cells: [num(String(i + 1)), { text: t.name }, { text: t.maskedId }, { text: t.schoolName }, { text: t.stage, align: 'center' }, num(hoursFigure(t.hours)), num(avg), num(String(t.groupSize)), num(prFigure(t.pr)), filed(t.filedOnTime)],
  }));
  flow.pagedTable(header, rows.length ? rows : [{ cells: [{ text: '（本次計算沒有獲獎教師）', span: 10, align: 'center' }] }], { widths: w, size: 9, padding: 3, frameWidth: 1.2 });
}

export const awardListForm = defineForm<AwardListData>({
  id: 'award-list',
  title: AWARD_LIST_TITLE,
  available: true,
  filters: ['authority', 'run'],
  splitBy: 'authority',
  async load(store, scope) {
    const run = chosenRun(store.sqlite, scope.year, scope.run);
    const authorities = authorityRows(store.sqlite, run.id);
    const wanted = scope.authority === undefined ? null : authorityKey(scope.authority);
    const chosen = authorities.filter((a) => wanted === null || authorityKey(a.authority) === wanted);
    if (chosen.length === 0) throw new AppError('NOT_FOUND', `第 ${run.id} 次獎勵計算沒有主管機關「${scope.authority ?? ''}」。`);
    return chosen.map((a) => {
      const filter = { authority: a.authority, stage: null, awarded: true, reason: null, q: '' };
      const schools = schoolPage(store.sqlite, run.id, filter, ORDER, ALL);
      const teachers = teacherPage(store.sqlite, run.id, { ...filter, school: null }, ORDER, ALL);
      return {
        fileStem: fileStem(AWARD_LIST_TITLE, a.authority),
        label: a.authority,
        data: {
          run,
          authority: { name: a.authority, schools: a.schools, filedOnTime: a.filedOnTime, fillRate: a.fillRate, awarded: a.awarded, reasons: a.reasons },
          schools: schools.rows,
          teachers: teachers.rows,
          candidates: { schools: schools.counts.total, teachers: teachers.counts.total },
        },
      };
    });
  },
  draw(book, instance, ctx) {
    const { run, authority } = instance.data;
    const flow = new PageFlow(book, instance.label, {
      first: [
        { text: '「學校本位暨教師自我專業進修研習規劃服務」', size: 13 },
        { text: `${ctx.year}學年度　${AWARD_LIST_TITLE}`, size: 18 },
        { text: authority.name, size: 14 },
      ],
      continued: `${ctx.year}學年度　${AWARD_LIST_TITLE}（續）— ${authority.name}（第 ${run.id} 次計算）`,
    });
    flow.heading('計算依據');
    drawPairs(flow, runParameterLines(run).filter(([label]) => label !== '學年度'), mm(32));
    flow.gap();
    flow.heading('一、主管機關獎勵');
    const result = authority.awarded ? '獲獎' : `未獲獎：${reasonsText(authority.reasons)}`;
    drawPairs(flow, [
      ['轄屬學校數', String(authority.schools)],
      ['期限內送出學校規劃', String(authority.filedOnTime)],
      ['學校填報率', rateFigure(authority.fillRate)],
      ['填報率門檻', rateFigure(run.parameters.fillRateThreshold)],
      ['結果', result],
    ], mm(32));
    flow.gap();
    const { schools, teachers, candidates } = instance.data;
    flow.heading(`二、獲獎學校（${schools.length} 校，共 ${candidates.schools} 校參與計算）`);
    flow.note('獲獎條件：於填報期間內送出學校規劃；全校名單教師平均研習時數不低於全國平均；且於同主管機關、同學制學校中 PR 達門檻。', { size: 8.5, gray: true });
    schoolTable(flow, instance.data);
    flow.gap();
    flow.heading(`三、獲獎教師（${teachers.length} 人，共 ${candidates.teachers} 人參與計算）`);
    flow.note('獲獎條件：於填報期間內送出教師規劃；學年度實際研習時數不低於全國平均；且於同主管機關、同學制教師中 PR 達門檻。身分證字號已遮蔽。', { size: 8.5, gray: true });
    teacherTable(flow, instance.data);
    flow.gap(mm(8));
    flow.ensure(mm(8) + SEAL_AREA);
    flow.y = drawSealBoxes(flow.page, [{ label: '承辦人', hint: '（請核職章）' }, { label: '單位主管', hint: '（請核職章）' }], { x: flow.x, top: flow.y, width: flow.width });
    flow.finish(`${AWARD_LIST_TITLE}（第 ${run.id} 次計算）`, ctx.printedOn);
  },
});
