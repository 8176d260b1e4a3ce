// A small award year in a real database, worked out by hand (tests/db/awardRuns.test.ts spells out
// every number). Registry rows are inserted directly; plans go through the plans area's own
// appendEvents + rederivePlans, hours through hour_records + recomputeTotals, the schedule through
// writeSchedule — the same paths the imports take.
//
// Schedule: 113 built-in, with 臺中市's own teacher window narrowed to 09/20 00:00 – 09/23 17:00
// (its school window stays 08/05 – 08/14); 屏東縣: group B 08/15 – 08/23, wave 4 09/18 – 09/24;
// 澎湖縣: group B, wave 1.
//
// Teachers (hours → national average 275 / 11 = 25):
//   臺中市 國小 193601: t1 10 on time · t2 20 09/19, outside 臺中市's narrower window · t3 30 on time
//                      (PR 64.29: narrowly missed) · t4 40 on time at 17:00:00 sharp, changed school
//                      (rostered here in 113; at 屏東縣 in 114)
//   臺中市 國小 193602: t5 0 (no records, no plan) · t6 25.5 returned, resubmitted 09/24 (late)
//                      · t7 50 returned 09/25 after the window, never resubmitted
//   臺中市 國中 193301: t8 35 on time (a group of one: PR 50)
//   屏東縣 國小 133601: t9 15 at 09/24 17:00:01 (late) · t10 45 on time
//   屏東縣 國小 133602: t11 4.5 on time
//   澎湖縣 國小 163601: no teachers; school plan a draft
// School plans: 193601 on time; 193602 returned 08/20 and resubmitted 08/21 (late); 193301 at
// 08/14 17:00:00 (on time); 133601 08/16 (on time); 133602 none.
import type { Sqlite } from '../../db/connection.ts';
import { recomputeTotals } from '../../db/queries/hourTotals.ts';
import { appendEvents, rederivePlans, type NewEvent } from '../../db/queries/plans.ts';
import { writeSchedule } from '../../db/queries/schedule.ts';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { dayWindow } from '../../main/engine/schedule.ts';
import { builtInSchedule } from '../../main/engine/schoolYears/index.ts';

export const nationalIdOf = (n: number): string => {
  const body = `Q1${String(n).padStart(7, '0')}`;
  return body + String(nationalIdCheckDigit(body));
};

type Filing = (['送出' | '暫存' | '退回修改', string] | ['退回修改', string, string])[];

const send = (day: string, time = '10:00:00'): ['送出', string] => ['送出', `2024-${day}T${time}+08:00`];
const back = (day: string, reason: string): ['退回修改', string, string] => ['退回修改', `2024-${day}T09:00:00+08:00`, reason];

/** [n, school, hours by category, filing]: categories are domain·10000 + sub·100 + item. */
export const WORLD_TEACHERS: [number, string, [number, number][], Filing][] = [
  [1, '193601', [[10101, 8], [30101, 2]], [send('09-21')]],
  [2, '193601', [[10101, 20]], [send('09-19')]],
  [3, '193601', [[20101, 30]], [send('09-22', '09:00:00')]],
  [4, '193601', [[10101, 10], [20101, 10], [40101, 20]], [send('09-23', '17:00:00')]],
  [5, '193602', [], []],
  [6, '193602', [[10101, 20], [50101, 5.5]], [send('09-21'), back('09-22', '時數與需求不符'), send('09-24')]],
  [7, '193602', [[10101, 50]], [send('09-21'), back('09-25', '缺少研習主題')]],
  [8, '193301', [[10101, 35]], [send('09-22')]],
  [9, '133601', [[10101, 15]], [send('09-24', '17:00:01')]],
  [10, '133601', [[60101, 45]], [send('09-20')]],
  [11, '133602', [[10101, 4.5]], [send('09-19')]],
];

const SCHOOLS: [string, string, string, string, Filing | null][] = [
  ['193601', '臺中市立甲國民小學', '臺中市', '國小', [send('08-10')]],
  ['193602', '臺中市立乙國民小學', '臺中市', '國小', [send('08-10'), back('08-20', '學生數有誤'), send('08-21')]],
  ['193301', '臺中市立丙國民中學', '臺中市', '國中', [send('08-14', '17:00:00')]],
  ['133601', '屏東縣立丁國民小學', '屏東縣', '國小', [send('08-16')]],
  ['133602', '屏東縣立戊國民小學', '屏東縣', '國小', null],
  ['163601', '澎湖縣立己國民小學', '澎湖縣', '國小', [['暫存', '2024-08-16T10:00:00+08:00']]],
];

/** Planned hours by code: t1's plan and school 193601's plan (tests/db/achievement.test.ts). */
export const PLAN_HOURS: { teacher: Record<number, Record<string, number>>; school: Record<string, Record<string, number>> } = {
  teacher: { 1: { '1-1-1': 6, '2-1-1': 4 } },
  school: { '193601': { '1-1-1': 20, '2-1-1': 50, '5-1-1': 10 } },
};

function events(filing: Filing): NewEvent[] {
  return filing.map(([action, at, reason]) => ({ action, at, actor: action === '退回修改' ? '承辦人' : '填寫人', reason: reason ?? null, origin: 'app' }));
}

function insertYear(sqlite: Sqlite, year: number, authorities: string[]): Map<string, number> {
  sqlite.prepare('INSERT INTO school_years (year, created_at) VALUES (?, ?)').run(year, '2024-07-01T00:00:00+08:00');
  const ids = new Map<string, number>();
  authorities.forEach((name, i) => {
    const id = sqlite.prepare('INSERT INTO authorities (year, code, name, sort_order) VALUES (?, ?, ?, ?)').run(year, String(10 + i), name, i).lastInsertRowid;
    ids.set(name, Number(id));
  });
  return ids;
}

let courseSerial = 0;
function addHours(sqlite: Sqlite, teacherId: number, records: [number, number][]): void {
  for (const [category, hours] of records) {
    const course = Number(sqlite.prepare('INSERT INTO courses (code, category) VALUES (?, ?)').run(`C${++courseSerial}`, category).lastInsertRowid);
    sqlite.prepare('INSERT INTO hour_records (teacher_id, course_id, hundredths, day, category) VALUES (?, ?, ?, ?, ?)').run(teacherId, course, Math.round(hours * 100), 20002, category);
  }
}

/** Builds years 113 (the world above) and 114 (t4 at 屏東縣 with 99 hours) in one transaction. */
export function buildAwardWorld(sqlite: Sqlite): { teacherIds: Map<number, number>; schoolIds: Map<string, number> } {
  return sqlite.transaction(() => {
    const authorities = insertYear(sqlite, 113, ['臺中市', '屏東縣', '澎湖縣']);
    const schedule = builtInSchedule(113)!;
    schedule.authorityWindows = [
      { authority: '臺中市', kind: 'school', ...dayWindow('2024-08-05', '2024-08-14') },
      { authority: '臺中市', kind: 'teacher', ...dayWindow('2024-09-20', '2024-09-23') },
    ];
    writeSchedule(sqlite, schedule, { status: 'final', source: '測試' });

    const schoolIds = new Map<string, number>();
    for (const [code, name, authority, stage, filing] of SCHOOLS) {
      const authorityId = authorities.get(authority)!;
      const id = Number(sqlite.prepare('INSERT INTO schools (year, authority_id, code, name, stage) VALUES (113, ?, ?, ?, ?)').run(authorityId, code, name, stage).lastInsertRowid);
      schoolIds.set(code, id);
      if (filing === null) continue;
      const plan = Number(sqlite.prepare('INSERT INTO school_plans (year, school_id, authority_id, updated_at) VALUES (113, ?, ?, ?)').run(id, authorityId, '2024-08-01T00:00:00+08:00').lastInsertRowid);
      appendEvents(sqlite, 'school', plan, events(filing));
      for (const [code2, h] of Object.entries(PLAN_HOURS.school[code] ?? {})) {
        sqlite.prepare('INSERT INTO school_plan_hours (plan_id, code, hundredths) VALUES (?, ?, ?)').run(plan, code2, Math.round(h * 100));
      }
      rederivePlans(sqlite, 'school', 113, [plan]);
    }

    const teacherIds = new Map<number, number>();
    for (const [n, school, records, filing] of WORLD_TEACHERS) {
      const schoolId = schoolIds.get(school)!;
      const status = n === 4 ? '轉校' : '在職';
      const id = Number(
        sqlite.prepare('INSERT INTO teachers (year, school_id, national_id, name, employment_status) VALUES (113, ?, ?, ?, ?)').run(schoolId, nationalIdOf(n), `教師${n}`, status).lastInsertRowid,
      );
      teacherIds.set(n, id);
      addHours(sqlite, id, records);
      if (filing.length === 0) continue;
      const authorityId = sqlite.prepare('SELECT authority_id FROM schools WHERE id = ?').pluck().get(schoolId) as number;
      const plan = Number(
        sqlite.prepare('INSERT INTO teacher_plans (year, teacher_id, school_id, authority_id, updated_at) VALUES (113, ?, ?, ?, ?)').run(id, schoolId, authorityId, '2024-09-01T00:00:00+08:00').lastInsertRowid,
      );
      appendEvents(sqlite, 'teacher', plan, events(filing));
      for (const [code, h] of Object.entries(PLAN_HOURS.teacher[n] ?? {})) {
        sqlite.prepare('INSERT INTO teacher_plan_hours (plan_id, code, hundredths) VALUES (?, ?, ?)').run(plan, code, Math.round(h * 100));
      }
      rederivePlans(sqlite, 'teacher', 113, [plan]);
    }

    // The next year: t4 now teaches at 屏東縣 and earns 99 hours there; 113's run must not see it.
    const next = insertYear(sqlite, 114, ['屏東縣']);
    const school114 = Number(sqlite.prepare(`INSERT INTO schools (year, authority_id, code, name, stage) VALUES (114, ?, '133601', '屏東縣立丁國民小學', '國小')`).run(next.get('屏東縣')!).lastInsertRowid);
    const t4next = Number(sqlite.prepare(`INSERT INTO teachers (year, school_id, national_id, name) VALUES (114, ?, ?, '教師4')`).run(school114, nationalIdOf(4)).lastInsertRowid);
    addHours(sqlite, t4next, [[10101, 99]]);

    recomputeTotals(sqlite, [...teacherIds.values(), t4next]);
    return { teacherIds, schoolIds };
  })();
}
