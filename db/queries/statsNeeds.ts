// The needs of the submitted plans, tallied per school in one pass over the plan rows and kept per
// data state (statsCache.ts), so a change of filter merges 3,500 school tallies instead of reading
// 200,000 plans again. The rows hold option ids (plan_need_options), which map straight to
// (dimension, option index) of the engine's vocabulary, so no label is built per cell.
import { addNeedTally, emptyNeedTally, needStats, type NeedStats, type NeedTally } from '../../main/engine/statsNeeds.ts';
import { NEED_DIMENSION_INFO, type NeedDimension } from '../../main/engine/statsVocabulary.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { NEED_COLUMNS } from './plans.ts';
import { cachedStats } from './statsCache.ts';
import type { StatsScope } from './statsScope.ts';

const RANKED = NEED_COLUMNS.filter((c) => c !== 'time_other' && c !== 'place_other');

/** option id → [dimension, index in the vocabulary]; options the vocabulary lacks are left out. */
function optionIndex(sqlite: Sqlite): Map<number, [NeedDimension, number]> {
  const rows = sqlite.prepare('SELECT id, need, label FROM plan_need_options').all() as { id: number; need: NeedDimension; label: string }[];
  const out = new Map<number, [NeedDimension, number]>();
  for (const r of rows) {
    const i = NEED_DIMENSION_INFO.find((d) => d.dimension === r.need)?.options.indexOf(r.label) ?? -1;
    if (i >= 0) out.set(r.id, [r.need, i]);
  }
  return out;
}

interface SchoolTally {
  authorityId: number;
  stage: Stage;
  tally: NeedTally;
}

function schoolTallies(sqlite: Sqlite, kind: 'school' | 'teacher', year: number): SchoolTally[] {
  const schools = new Map<number, SchoolTally>();
  for (const [id, authorityId, stage] of sqlite.prepare('SELECT id, authority_id, stage FROM schools WHERE year = ?').raw(true).iterate(year) as IterableIterator<[number, number, Stage]>) {
    schools.set(id, { authorityId, stage, tally: emptyNeedTally() });
  }
  const rows = sqlite
    .prepare(`SELECT p.school_id, ${RANKED.map((c) => `p.${c}`).join(', ')}, p.time_other, p.place_other FROM ${kind}_plans p WHERE p.year = ? AND p.status = '送出'`)
    .raw(true)
    .all(year) as (number | string | null)[][];
  // For each option id, the dimension (index) and option its count goes to; none where the vocabulary lacks it.
  const options = optionIndex(sqlite);
  const ranks = RANKED.map((c) => Number(/_(\d)$/.exec(c)?.[1] ?? 1) - 1);
  const dims = NEED_DIMENSION_INFO.map((d) => d.dimension);
  const byId: ([number, number] | undefined)[] = [];
  for (const [id, [dimension, option]] of options) byId[id] = [dims.indexOf(dimension), option];
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  for (const row of rows) {
    const school = schools.get(row[0] as number);
    if (!school) continue;
    const tally = school.tally;
    tally.plans++;
    if (text(row[RANKED.length + 1])) tally.otherTexts.time++;
    if (text(row[RANKED.length + 2])) tally.otherTexts.place++;
    let answered = 0;
    for (let c = 0; c < RANKED.length; c++) {
      const id = row[c + 1];
      const hit = typeof id === 'number' ? byId[id] : undefined;
      if (!hit) continue;
      const counts = tally.counts[dims[hit[0]]!][hit[1]]!;
      if (ranks[c]! >= counts.length) continue;
      counts[ranks[c]!]! += 1;
      answered |= 1 << hit[0];
    }
    for (let d = 0; d < dims.length; d++) if (answered & (1 << d)) tally.answered[dims[d]!]++;
  }
  return [...schools.values()].filter((s) => s.tally.plans > 0);
}

export function readNeedStats(sqlite: Sqlite, kind: 'school' | 'teacher', scope: StatsScope): NeedStats {
  const schools = cachedStats(sqlite, `needs\u0000${kind}\u0000${scope.year}`, () => schoolTallies(sqlite, kind, scope.year));
  const total = emptyNeedTally();
  for (const s of schools) {
    if (scope.authority && s.authorityId !== scope.authority.id) continue;
    if (scope.stage && s.stage !== scope.stage) continue;
    addNeedTally(total, s.tally);
  }
  return needStats(total);
}
