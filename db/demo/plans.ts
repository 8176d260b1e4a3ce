// Plans for a demo year, deterministic for (year, seed): most schools and teachers file on time
// inside their group or wave (or the authority's narrower window), some late, some returned — a few
// of those resubmitted, inside or after the window — some leave a draft, a few delete it, the rest
// never start; each authority has its own diligence, so rates differ. Written with prepared
// statements in the caller's transaction, the plan rows carrying what the engine derives from their
// history (db/queries/plans.ts derive), so no second pass is needed. A year without a schedule still
// gets its plans (dated in August and September); none of them counts as on time, as the rule says.
import { codeDepth } from '../../main/engine/classification.ts';
import type { EffectiveWindow } from '../../main/engine/schedule.ts';
import { instantMs, toTaipeiInstant } from '../../main/engine/rocDate.ts';
import type { HistoryEvent } from '../../main/engine/planReview.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { filingWindows, recordFilingBasis } from '../queries/planFiling.ts';
import { needOptions, type NeedKind } from '../queries/planNeeds.ts';
import { derive, NEED_COLUMNS } from '../queries/plans.ts';
import { demoGrade, demoHours, demoNeeds, EDUCATION, RETURN_REASONS, SERVICE_YEARS, timeAfter, timeInside } from './planPatterns.ts';
import { batchInsert } from './batchInsert.ts';
import { createRandom, type Random } from './random.ts';

type Outcome = 'onTime' | 'resubmittedInside' | 'late' | 'resubmittedLate' | 'returned' | 'draft' | 'deleted' | 'none';

export interface DemoPlanSummary {
  schoolPlans: number;
  teacherPlans: number;
  hours: number;
}

/** Each authority's share of on-time filers; the rest is spread over the other outcomes. */
function outcomeOf(random: Random, onTimeShare: number, kind: 'school' | 'teacher'): Outcome {
  if (random.chance(onTimeShare)) return random.chance(0.03) ? 'resubmittedInside' : 'onTime';
  const rest: [Outcome, number][] =
    kind === 'school'
      ? [['late', 32], ['resubmittedLate', 6], ['returned', 14], ['draft', 18], ['deleted', 3], ['none', 27]]
      : [['late', 20], ['resubmittedLate', 4], ['returned', 10], ['draft', 20], ['deleted', 3], ['none', 43]];
  return random.weighted(rest);
}

interface Span {
  start: number;
  end: number;
}

/** The window as milliseconds; a year without a schedule borrows the usual calendar for its dates. */
function spanOf(window: EffectiveWindow | null, year: number, kind: 'school' | 'teacher'): Span {
  if (window) return { start: instantMs(window.start), end: instantMs(window.end) };
  const y = year + 1911;
  return kind === 'school'
    ? { start: instantMs(`${y}-08-05T00:00:00+08:00`), end: instantMs(`${y}-08-23T17:00:00+08:00`) }
    : { start: instantMs(`${y}-09-02T00:00:00+08:00`), end: instantMs(`${y}-09-27T17:00:00+08:00`) };
}

const iso = (ms: number) => toTaipeiInstant(new Date(ms));
const DAY = 86_400_000;

/** The history an outcome leaves; a plan is often saved as a draft first. */
function historyOf(random: Random, outcome: Outcome, span: Span, officer: string, reviewShare: number): HistoryEvent[] {
  const events = lifecycleOf(random, outcome, span, officer, reviewShare);
  const first = events[0];
  if (first && first.action !== '暫存' && random.chance(0.4)) {
    events.unshift({ action: '暫存', at: iso(instantMs(first.at) - random.int(1, 72) * 3_600_000) });
  }
  return events;
}

function lifecycleOf(random: Random, outcome: Outcome, span: Span, officer: string, reviewShare: number): HistoryEvent[] {
  const draftAt = span.start + random.int(0, Math.max(1, Math.floor((span.end - span.start) / 2)));
  const inside = () => timeInside(random, span.start, span.end);
  const returnOf = (at: number): HistoryEvent => ({ action: '退回修改', at: iso(at + random.int(2, 48) * 3_600_000), actor: officer, reason: random.pick(RETURN_REASONS) });
  switch (outcome) {
    case 'onTime':
    case 'late': {
      const at = outcome === 'onTime' ? inside() : timeAfter(random, span.end);
      const review: HistoryEvent[] = random.chance(reviewShare) ? [{ action: '已審閱', at: iso(at + random.int(1, 10) * DAY), actor: officer }] : [];
      return [{ action: '送出', at: iso(at) }, ...review];
    }
    case 'resubmittedInside': {
      const first = timeInside(random, span.start, span.start + (span.end - span.start) / 2);
      const back = returnOf(first);
      const again = Math.max(instantMs(back.at) + 3_600_000, inside());
      if (again > span.end) return [{ action: '送出', at: iso(first) }];
      return [{ action: '送出', at: iso(first) }, back, { action: '送出', at: iso(again) }];
    }
    case 'resubmittedLate': {
      const first = inside();
      const back = returnOf(first);
      return [{ action: '送出', at: iso(first) }, back, { action: '送出', at: iso(Math.max(instantMs(back.at), span.end) + random.int(1, 120) * 3_600_000) }];
    }
    case 'returned': {
      const first = inside();
      return [{ action: '送出', at: iso(first) }, returnOf(first)];
    }
    case 'draft':
      return [{ action: '暫存', at: iso(draftAt) }];
    case 'deleted':
      return [{ action: '暫存', at: iso(draftAt) }, { action: '刪除', at: iso(draftAt + random.int(1, 72) * 3_600_000) }];
    case 'none':
      return [];
  }
}

const PLAN_COLUMNS = ['id', 'year', 'status', 'last_submitted_at', 'reviewed_at', 'filing', ...NEED_COLUMNS, 'updated_at'];
const EVENT_COLUMNS = ['plan_id', 'seq', 'action', 'at', 'actor', 'reason', 'origin'];
const POOL = 128;

export function generateDemoPlans(sqlite: Sqlite, options: { year: number; seed: number }): DemoPlanSummary {
  // A national year writes some 90 MB in one transaction; with the default 2 MB page cache SQLite
  // would spill and re-read its b-tree pages all the way. The connection's setting is restored.
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('cache_size = -131072');
  try {
    return writeDemoPlans(sqlite, options);
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}

function writeDemoPlans(sqlite: Sqlite, options: { year: number; seed: number }): DemoPlanSummary {
  const { year } = options;
  const random = createRandom((options.seed ^ 0x5eed_9a1a) >>> 0);
  const windows = filingWindows(sqlite, year);
  const details = (sqlite.prepare(
    'SELECT i.code FROM classification_items i JOIN school_years y ON y.classification_version_id = i.version_id WHERE y.year = ? ORDER BY i.code',
  ).all(year) as { code: string }[]).map((r) => r.code).filter((c) => codeDepth(c) === 3);
  const byDomain = Array.from({ length: 6 }, (_, i) => details.filter((c) => c.startsWith(`${i + 1}-`)));
  const now = toTaipeiInstant(new Date());
  const writersOf = (kind: 'school' | 'teacher', owner: readonly string[]) => {
    const plans = batchInsert(sqlite, `${kind}_plans`, [...PLAN_COLUMNS, ...owner], 50);
    return {
      plans,
      events: batchInsert(sqlite, `${kind}_plan_events`, EVENT_COLUMNS, 100, [plans]),
      hours: batchInsert(sqlite, `${kind}_plan_hours`, ['plan_id', 'code', 'hundredths'], 200, [plans]),
      nextId: nextIdOf(sqlite, `${kind}_plans`),
    };
  };
  const writers = {
    school: writersOf('school', ['school_id', 'authority_id', 'students']),
    teacher: writersOf('teacher', ['teacher_id', 'school_id', 'authority_id', 'filed_school_code', 'education', 'service_years', 'stage', 'grade']),
  };
  const summary: DemoPlanSummary = { schoolPlans: 0, teacherPlans: 0, hours: 0 };

  // Needs drawn from a pool per stage: the same preferences, without ranking 15 options per plan.
  const vocabulary = needOptions(sqlite);
  const id = (need: NeedKind, label: string | null) => vocabulary.idOf(need, label) ?? null;
  const pools = new Map<Stage, unknown[][]>();
  const needValues = (stage: Stage, complete: boolean): unknown[] => {
    let pool = pools.get(stage);
    if (!pool) {
      pool = Array.from({ length: POOL }, () => {
        const n = demoNeeds(random, stage, true);
        return [...n.modes.map((m) => id('mode', m)), ...n.times.map((t) => id('time', t)), n.timeOther, ...n.places.map((p) => id('place', p)), n.placeOther, id('level', n.level), id('method', n.method)];
      });
      pools.set(stage, pool);
    }
    const values = [...pool[random.int(0, POOL - 1)]!];
    if (!complete) {
      // A draft stops part-way: later ranks and the single choices may still be blank.
      const keep = random.int(1, 15);
      const ranked = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15];
      ranked.slice(keep).forEach((i) => (values[i] = null));
      if (random.chance(0.5)) values[17] = values[18] = null;
    }
    return values;
  };

  const write = (kind: 'school' | 'teacher', history: HistoryEvent[], window: EffectiveWindow | null, stage: Stage, owner: unknown[]) => {
    const w = writers[kind];
    const planId = w.nextId++;
    const d = derive(history, window);
    w.plans.add([planId, year, d.status, d.lastSubmittedAt, d.reviewedAt, d.filing, ...needValues(stage, d.status === '送出' || d.status === '退回修改'), now, ...owner]);
    history.forEach((e, i) => w.events.add([planId, i + 1, e.action, e.at, e.actor ?? null, e.reason ?? null, 'demo']));
    if (d.status !== null) {
      for (const [code, h] of demoHours(random, stage, byDomain, kind)) {
        w.hours.add([planId, code, h]);
        summary.hours++;
      }
    }
    summary[kind === 'school' ? 'schoolPlans' : 'teacherPlans']++;
  };

  const schools = sqlite.prepare('SELECT s.id, s.code, s.authority_id, s.stage, s.students FROM schools s WHERE s.year = ? ORDER BY s.id').all(year) as
    { id: number; code: string; authority_id: number; stage: Stage; students: number | null }[];
  const teachersOf = sqlite.prepare('SELECT id FROM teachers WHERE school_id = ? ORDER BY id').pluck();
  const diligence = new Map<number, { school: number; teacher: number }>();
  for (const authorityId of windows.keys()) diligence.set(authorityId, { school: 0.7 + random.next() * 0.25, teacher: 0.45 + random.next() * 0.38 });

  for (const s of schools) {
    const w = windows.get(s.authority_id);
    const rates = diligence.get(s.authority_id) ?? { school: 0.8, teacher: 0.6 };
    const officer = `${w?.name ?? ''}承辦人`;
    const schoolOutcome = outcomeOf(random, rates.school, 'school');
    if (schoolOutcome !== 'none') {
      const history = historyOf(random, schoolOutcome, spanOf(w?.school ?? null, year, 'school'), officer, 0.3);
      write('school', history, w?.school ?? null, s.stage, [s.id, s.authority_id, s.students]);
    }
    // A school that filed late drags its teachers a little; one that filed on time lifts them.
    const teacherShare = Math.min(0.95, Math.max(0.2, rates.teacher + (schoolOutcome === 'onTime' ? 0.05 : -0.1)));
    const teacherSpan = spanOf(w?.teacher ?? null, year, 'teacher');
    for (const teacherId of teachersOf.all(s.id) as number[]) {
      const outcome = outcomeOf(random, teacherShare, 'teacher');
      if (outcome === 'none') continue;
      const history = historyOf(random, outcome, teacherSpan, officer, 0.05);
      write('teacher', history, w?.teacher ?? null, s.stage, [teacherId, s.id, s.authority_id, s.code,
        random.weighted(EDUCATION), random.weighted(SERVICE_YEARS), s.stage, demoGrade(random, s.stage)]);
    }
  }
  for (const w of Object.values(writers)) (w.events.flush(), w.hours.flush(), w.plans.flush());
  recordFilingBasis(sqlite, year);
  return summary;
}

function nextIdOf(sqlite: Sqlite, table: 'school_plans' | 'teacher_plans'): number {
  return (sqlite.prepare(`SELECT COALESCE(MAX(id), 0) + 1 AS id FROM ${table}`).get() as { id: number }).id;
}
