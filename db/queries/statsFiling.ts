// Filing rates for the statistics, from the filing progress of the plans area (planProgress.ts:
// per authority and stage, schools and rostered teachers by filing status), narrowed to a scope and
// regrouped by authority and by stage.
import { addFiling, emptyFilingTally, filingFigures, type FilingFigures, type FilingTally } from '../../main/engine/statsFiling.ts';
import { STAGES, type Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { filingProgress } from './planProgress.ts';
import type { StatsScope } from './statsScope.ts';

interface Pair {
  schools: FilingTally;
  teachers: FilingTally;
}
const emptyPair = (): Pair => ({ schools: emptyFilingTally(), teachers: emptyFilingTally() });
const addPair = (into: Pair, from: Pair): Pair => {
  addFiling(into.schools, from.schools);
  addFiling(into.teachers, from.teachers);
  return into;
};
const figures = (p: Pair): { schools: FilingFigures; teachers: FilingFigures } => ({ schools: filingFigures(p.schools), teachers: filingFigures(p.teachers) });

export interface StatsFilingSet {
  total: { schools: FilingFigures; teachers: FilingFigures };
  byAuthority: { authority: string; schools: FilingFigures; teachers: FilingFigures }[];
  byStage: { stage: Stage; schools: FilingFigures; teachers: FilingFigures }[];
}

/** The scope's filing; the authority is matched by the registry's spelling (scope.authority.name). */
export function readStatsFiling(sqlite: Sqlite, scope: Omit<StatsScope, 'authority'> & { authority: string | null }): StatsFilingSet {
  const progress = filingProgress(sqlite, scope.year);
  const total = emptyPair();
  const stages = new Map<Stage, Pair>();
  const byAuthority: StatsFilingSet['byAuthority'] = [];
  for (const a of progress.authorities) {
    if (scope.authority !== null && a.authority !== scope.authority) continue;
    const own = emptyPair();
    for (const st of a.stages) {
      const stage = st.stage as Stage;
      if (scope.stage !== null && stage !== scope.stage) continue;
      const cell = { schools: st.schools, teachers: st.teachers };
      addPair(own, cell);
      let s = stages.get(stage);
      if (!s) stages.set(stage, (s = emptyPair()));
      addPair(s, cell);
    }
    addPair(total, own);
    byAuthority.push({ authority: a.authority, ...figures(own) });
  }
  return {
    total: figures(total),
    byAuthority,
    byStage: STAGES.filter((s) => stages.has(s)).map((stage) => ({ stage, ...figures(stages.get(stage)!) })),
  };
}
