// 學校本位教師進修研習規劃記錄: the school's plan as filed — the school's data (stage, students,
// teachers in service, whom to call), its needs with their ranks, the planned hours by domain as a
// pie with their shares and the items rolled up — closed by the boxes the contact person and the
// principal seal before the record is filed or faxed.

import type { PlanDetail } from '../../../preload/contracts/plans.ts';
import { mm } from '../pdf/geometry.ts';
import { SEAL_AREA, drawSealBoxes } from '../pdf/sealBoxes.ts';
import { PageFlow } from './flow.ts';
import { drawFilingState, drawHoursDetail, drawHoursSummary, drawNeeds, drawPairs } from './planSections.ts';
import { schoolFacts, schoolPlans, type SchoolFacts } from './planRecords.ts';
import { fileStem } from './scope.ts';
import { defineForm } from './types.ts';

export const SCHOOL_PLAN_TITLE = '學校本位教師進修研習規劃記錄';

export interface SchoolPlanData {
  plan: PlanDetail;
  school: SchoolFacts;
}

const count = (n: number | null): string | null => (n === null ? null : n.toLocaleString('zh-TW'));

export const schoolPlanForm = defineForm<SchoolPlanData>({
  id: 'school-plan',
  title: SCHOOL_PLAN_TITLE,
  available: true,
  filters: ['authority', 'school'],
  splitBy: 'school',
  async load(store, scope) {
    const plans = await schoolPlans(store, scope);
    return plans.map((plan) => ({
      fileStem: fileStem(SCHOOL_PLAN_TITLE, plan.schoolCode, plan.school),
      label: plan.school,
      data: { plan, school: schoolFacts(store.sqlite, scope.year, plan.schoolCode) },
    }));
  },
  async draw(book, instance, ctx) {
    const { plan, school } = instance.data;
    const flow = new PageFlow(book, instance.label, {
      first: [
        { text: '「學校本位暨教師自我專業進修研習規劃服務」', size: 13 },
        { text: `${ctx.year}學年度　${SCHOOL_PLAN_TITLE}`, size: 18 },
      ],
      continued: `${ctx.year}學年度　${SCHOOL_PLAN_TITLE}（續）— ${plan.school}`,
    });
    drawFilingState(flow, plan);
    flow.gap();
    flow.heading('一、學校基本資料');
    const contact = [school.contact, school.contactTitle ? `（${school.contactTitle}）` : ''].join('') || null;
    drawPairs(flow, [
      ['學校名稱', plan.school],
      ['學校代碼', plan.schoolCode],
      ['主管機關', plan.authority],
      ['學校階段', plan.stage],
      ['學生數', count(plan.students)],
      ['在職教師數', count(school.teachers)],
      ['校長', school.principal],
      ['聯絡人', contact],
      ['聯絡電話', school.phone],
      ['E-mail', school.email],
    ]);
    flow.gap();
    flow.heading('二、學校教師研習需求');
    drawNeeds(flow, plan.needs, '學校');
    flow.gap();
    flow.heading('三、研習主題規劃', mm(76));
    await drawHoursSummary(flow, plan.hours);
    drawHoursDetail(flow, plan.hours);
    flow.gap(mm(8));
    flow.ensure(mm(8) + SEAL_AREA);
    flow.y = drawSealBoxes(flow.page, [{ label: '承辦人', hint: '（請核職章）' }, { label: '校長', hint: '（請核職章）' }], { x: flow.x, top: flow.y, width: flow.width });
    flow.finish(SCHOOL_PLAN_TITLE, ctx.printedOn);
  },
});
