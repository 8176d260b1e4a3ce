// 教師自我專業進修規劃記錄 (seed 002, step 4 預覽/送出 → 匯出PDF): the teacher's basic data, the
// needs with their ranks, the planned hours as the 研習主題規劃比例圖 pie and its shares, then every
// item the hours were entered on — with the plan's status and last submission, so the printed
// record says whether it counts. The national ID is printed masked.

import type { PlanDetail } from '../../../preload/contracts/plans.ts';
import { mm } from '../pdf/geometry.ts';
import { PageFlow } from './flow.ts';
import { drawFilingState, drawHoursDetail, drawHoursSummary, drawNeeds, drawPairs } from './planSections.ts';
import { teacherPlans } from './planRecords.ts';
import { fileStem } from './scope.ts';
import { defineForm } from './types.ts';

export const TEACHER_PLAN_TITLE = '教師自我專業進修規劃記錄';

export const teacherPlanForm = defineForm<PlanDetail>({
  id: 'teacher-plan',
  title: TEACHER_PLAN_TITLE,
  available: true,
  filters: ['authority', 'school', 'teacher'],
  splitBy: 'teacher',
  async load(store, scope) {
    const plans = await teacherPlans(store, scope);
    return plans.map((plan) => ({
      fileStem: fileStem(TEACHER_PLAN_TITLE, plan.schoolCode, plan.teacher?.name ?? String(plan.id)),
      label: `${plan.school} ${plan.teacher?.name ?? ''}`.trim(),
      data: plan,
    }));
  },
  async draw(book, instance, ctx) {
    const plan = instance.data;
    const teacher = plan.teacher;
    const flow = new PageFlow(book, instance.label, {
      first: [
        { text: '「學校本位暨教師自我專業進修研習規劃服務」', size: 13 },
        { text: `${ctx.year}學年度　${TEACHER_PLAN_TITLE}`, size: 18 },
      ],
      continued: `${ctx.year}學年度　${TEACHER_PLAN_TITLE}（續）— ${plan.school} ${teacher?.name ?? ''}`,
    });
    drawFilingState(flow, plan);
    flow.gap();
    flow.heading('一、基本資料');
    drawPairs(flow, [
      ['填報學校', `${plan.school}（${plan.schoolCode}）`],
      ['主管機關', plan.authority],
      ['填報人', teacher?.name ?? null],
      ['身分證字號', teacher?.maskedId ?? null],
      ['最高學歷', teacher?.education ?? null],
      ['服務年資', teacher?.serviceYears ?? null],
      ['學校階段', teacher?.stage ?? plan.stage],
      ['任教年級', teacher?.grade ?? null],
    ]);
    flow.gap();
    flow.heading('二、進修需求');
    drawNeeds(flow, plan.needs, '教師');
    flow.gap();
    // Kept with the pie below it.
    flow.heading('三、研習主題規劃', mm(76));
    await drawHoursSummary(flow, plan.hours);
    drawHoursDetail(flow, plan.hours);
    flow.finish(TEACHER_PLAN_TITLE, ctx.printedOn);
  },
});
