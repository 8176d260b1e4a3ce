// 未完成規劃聯絡單: per authority, the schools whose own plan is not in on time and, school by
// school, the teachers whose plan is not — with the school's contact person (or principal) to
// call and write to, and each one's filing status — as of the moment it is printed, like the 催覆
// list it is drawn from (planReminders.ts: only windows that have opened chase anyone). Closed by
// the 承辦人 and 單位主管 seal boxes, for the sheet that goes out with the reminder letter.

import type { Sqlite } from '../../../db/connection.ts';
import { filingWindows } from '../../../db/queries/planFiling.ts';
import { allReminders, type ReminderRow } from '../../../db/queries/planReminders.ts';
import { AppError } from '../../api/errors.ts';
import { FILING_STATUS_LABELS } from '../../engine/planFiling.ts';
import { formatRocDateTime, instantMs, toTaipeiInstant } from '../../engine/rocDate.ts';
import { WINDOW_STATE_LABELS } from '../remindersWorkbook.ts';
import { mm } from '../pdf/geometry.ts';
import { SEAL_AREA, drawSealBoxes } from '../pdf/sealBoxes.ts';
import type { TableRow } from '../pdf/table.ts';
import { PageFlow } from './flow.ts';
import { drawPairs, labelCell } from './planSections.ts';
import { authoritiesOf, fileStem } from './scope.ts';
import { defineForm } from './types.ts';

export const REMINDERS_TITLE = '未完成規劃聯絡單';

type Side = { state: keyof typeof WINDOW_STATE_LABELS; start: string; end: string; label: string } | null;

export interface RemindersData {
  authority: string;
  at: string;
  windows: { school: Side; teacher: Side };
  schools: ReminderRow[];
  /** Each school with teachers to chase, its teachers in name order. */
  teacherSchools: { school: ReminderRow; teachers: ReminderRow[] }[];
}

const NAMES_PER_ROW = 40;
const NO_FILTER = { stage: null, windowState: null, filing: null } as const;

function sideOf(win: { start: string; end: string; source: { label: string } } | null, at: number): Side {
  if (!win) return null;
  const state = at < instantMs(win.start) ? 'upcoming' : at <= instantMs(win.end) ? 'open' : 'closed';
  return { state, start: win.start, end: win.end, label: win.source.label };
}

function windowText(side: Side): string {
  if (!side) return '沒有填報期間（時程未設定）';
  return `${formatRocDateTime(side.start)} 至 ${formatRocDateTime(side.end)}（${WINDOW_STATE_LABELS[side.state]}）`;
}

function load(sqlite: Sqlite, year: number, authority: { id: number; name: string }, school: string | undefined, at: string): RemindersData {
  const wins = filingWindows(sqlite, year).get(authority.id);
  const now = instantMs(at);
  const read = (kind: 'school' | 'teacher') =>
    allReminders(sqlite, { year, kind, filter: { authority: authority.name, ...NO_FILTER }, at }).filter((r) => school === undefined || r.schoolCode === school);
  const teacherSchools: RemindersData['teacherSchools'] = [];
  for (const row of read('teacher')) {
    const last = teacherSchools[teacherSchools.length - 1];
    if (last?.school.schoolCode === row.schoolCode) last.teachers.push(row);
    else teacherSchools.push({ school: row, teachers: [row] });
  }
  return {
    authority: authority.name,
    at,
    windows: { school: sideOf(wins?.school ?? null, now), teacher: sideOf(wins?.teacher ?? null, now) },
    schools: read('school'),
    teacherSchools,
  };
}

/** Whom to call at a school: the contact person, else the principal. */
function contactOf(r: ReminderRow): { who: string; reach: string } {
  const who = r.contactName ? `${r.contactName}${r.contactTitle ? `（${r.contactTitle}）` : ''}` : r.principalName ? `${r.principalName}（校長）` : '—';
  const phones = r.contactPhone || r.contactMobile ? [r.contactPhone, r.contactMobile] : [r.principalPhone];
  const email = r.contactEmail ?? r.principalEmail;
  return { who, reach: [...phones, email].filter(Boolean).join('\n') || '—' };
}

/** '未填寫：王小明、李大華；暫存：陳美玲' — the names grouped by how far each got. */
function teacherList(teachers: readonly ReminderRow[]): string {
  const groups = new Map<string, string[]>();
  for (const t of teachers) {
    const label = FILING_STATUS_LABELS[t.filing];
    groups.set(label, [...(groups.get(label) ?? []), t.teacher ?? '']);
  }
  return [...groups].map(([label, names]) => `${label}：${names.join('、')}`).join('；');
}

function schoolsTable(flow: PageFlow, rows: readonly ReminderRow[]): void {
  const w = [7, 15, 0, 14, 20, 24, 48].map(mm);
  w[2] = flow.width - w.reduce((a, b) => a + b, 0);
  const header: TableRow[] = [{ cells: ['序', '學校代碼', '學校名稱', '學制', '填報狀態', '聯絡人', '電話／E-mail'].map((t) => ({ ...labelCell(t), size: 8.5 })) }];
  const body = rows.map((r, i): TableRow => {
    const c = contactOf(r);
    return { cells: [{ text: String(i + 1), align: 'right' }, { text: r.schoolCode }, { text: r.school }, { text: r.stage, align: 'center' }, { text: FILING_STATUS_LABELS[r.filing] }, { text: c.who }, { text: c.reach }] };
  });
  flow.pagedTable(header, body.length ? body : [{ cells: [{ text: '（沒有需要催覆的學校）', span: 7, align: 'center' }] }], { widths: w, size: 8.5, padding: 3, frameWidth: 1.2 });
}

function teachersTable(flow: PageFlow, groups: RemindersData['teacherSchools']): void {
  const w = [7, 34, 10, 0, 24, 48].map(mm);
  w[3] = flow.width - w.reduce((a, b) => a + b, 0);
  const header: TableRow[] = [{ cells: ['序', '學校', '人數', '教師（依填報狀態）', '聯絡人', '電話／E-mail'].map((t) => ({ ...labelCell(t), size: 8.5 })) }];
  const body = groups.flatMap((g, i): TableRow[] => {
    const c = contactOf(g.school);
    // A school with very many names is split over rows, so no row is taller than a page.
    const rows: TableRow[] = [];
    for (let at = 0; at < g.teachers.length; at += NAMES_PER_ROW) {
      const more = at > 0 ? '（續）' : '';
      rows.push({
        cells: [
          { text: at === 0 ? String(i + 1) : '', align: 'right' },
          { text: `${g.school.schoolCode}\n${g.school.school}${more}` },
          { text: at === 0 ? String(g.teachers.length) : '', align: 'right' },
          { text: teacherList(g.teachers.slice(at, at + NAMES_PER_ROW)) },
          { text: at === 0 ? c.who : '' },
          { text: at === 0 ? c.reach : '' },
        ],
      });
    }
    return rows;
  });
  flow.pagedTable(header, body.length ? body : [{ cells: [{ text: '（沒有需要催覆的教師）', span: 6, align: 'center' }] }], { widths: w, size: 8.5, padding: 3, frameWidth: 1.2 });
}

export const remindersForm = defineForm<RemindersData>({
  id: 'reminders',
  title: REMINDERS_TITLE,
  available: true,
  filters: ['authority', 'school'],
  splitBy: 'authority',
  async load(store, scope) {
    let authorities = await authoritiesOf(store, scope.year, scope.authority);
    const school = scope.school?.trim();
    if (school !== undefined) {
      const owner = store.sqlite.prepare('SELECT authority_id FROM schools WHERE year = ? AND code = ?').pluck().get(scope.year, school) as number | undefined;
      authorities = authorities.filter((a) => a.id === owner);
      if (authorities.length === 0) throw new AppError('NOT_FOUND', `${scope.year} 學年度在這個範圍內找不到代碼為「${school}」的學校。`);
    }
    const at = toTaipeiInstant(new Date());
    return authorities.map((a) => ({ fileStem: fileStem(REMINDERS_TITLE, a.name), label: a.name, data: load(store.sqlite, scope.year, a, school, at) }));
  },
  draw(book, instance, ctx) {
    const d = instance.data;
    const flow = new PageFlow(book, instance.label, {
      first: [
        { text: '「學校本位暨教師自我專業進修研習規劃服務」', size: 13 },
        { text: `${ctx.year}學年度　${REMINDERS_TITLE}`, size: 18 },
        { text: d.authority, size: 14 },
      ],
      continued: `${ctx.year}學年度　${REMINDERS_TITLE}（續）— ${d.authority}`,
    });
    const teachers = d.teacherSchools.reduce((n, g) => n + g.teachers.length, 0);
    drawPairs(flow, [
      ['學校規劃填報期間', windowText(d.windows.school)],
      ['教師規劃填報期間', windowText(d.windows.teacher)],
      ['統計時間', formatRocDateTime(d.at)],
      ['尚未完成', `學校 ${d.schools.length} 校；教師 ${teachers} 人（分屬 ${d.teacherSchools.length} 校）`],
    ], mm(32));
    flow.note('名單為填報期間已開始（填報中或已截止）而尚未於期限內送出規劃者；填報期間尚未開始者不列入。身分證字號不列印。', { size: 8.5, gray: true });
    flow.gap();
    flow.heading(`一、學校規劃尚未於期限內送出（${d.schools.length} 校）`);
    schoolsTable(flow, d.schools);
    flow.gap();
    flow.heading(`二、教師規劃尚未於期限內送出（${teachers} 人，依學校）`);
    teachersTable(flow, d.teacherSchools);
    flow.gap(mm(8));
    flow.ensure(mm(8) + SEAL_AREA);
    flow.y = drawSealBoxes(flow.page, [{ label: '承辦人', hint: '（請核職章）' }, { label: '單位主管', hint: '（請核職章）' }], { x: flow.x, top: flow.y, width: flow.width });
    flow.finish(REMINDERS_TITLE, ctx.printedOn);
  },
});
