// The needs (研習需求) of a set of submitted plans, counted per option and rank and weighted by rank
// (statsVocabulary.ts: of R ranks, rank r scores R − r + 1, so rank 1 weighs highest). A dimension's
// share of an option is its score over the dimension's total score.
import { NEED_DIMENSION_INFO, rankWeights, weightNote, type NeedDimension, type NeedDimensionInfo } from './statsVocabulary.ts';

/** One plan's needs as labels: ranked lists (null for a blank rank) and the single choices. */
export interface PlanNeedLabels {
  mode: readonly (string | null)[];
  time: readonly (string | null)[];
  place: readonly (string | null)[];
  level: string | null;
  method: string | null;
  timeOther: string | null;
  placeOther: string | null;
}

export interface NeedOptionStats {
  option: string;
  rankCounts: number[];
  score: number;
  share: number | null;
}

export interface NeedDimensionStats {
  dimension: NeedDimension;
  label: string;
  ranks: number;
  weights: number[];
  weightNote: string;
  options: NeedOptionStats[];
  answered: number;
  otherTexts: number | null;
}

export interface NeedStats {
  plans: number;
  dimensions: NeedDimensionStats[];
}

/** Counts being gathered: per dimension, per option index, per rank. */
export interface NeedTally {
  plans: number;
  counts: Record<NeedDimension, number[][]>;
  answered: Record<NeedDimension, number>;
  otherTexts: { time: number; place: number };
}

export function emptyNeedTally(): NeedTally {
  const counts = {} as Record<NeedDimension, number[][]>;
  const answered = {} as Record<NeedDimension, number>;
  for (const d of NEED_DIMENSION_INFO) {
    counts[d.dimension] = d.options.map(() => new Array<number>(d.ranks).fill(0));
    answered[d.dimension] = 0;
  }
  return { plans: 0, counts, answered, otherTexts: { time: 0, place: 0 } };
}

const indexes = new Map(NEED_DIMENSION_INFO.map((d) => [d.dimension, new Map(d.options.map((o, i) => [o, i]))]));

/** Adds one option at one rank (0-based) to the tally; an option outside the vocabulary is not counted. */
export function countNeed(tally: NeedTally, dimension: NeedDimension, option: number | string, rank: number): boolean {
  const i = typeof option === 'number' ? option : indexes.get(dimension)!.get(option);
  const row = i === undefined ? undefined : tally.counts[dimension][i];
  if (row === undefined || rank < 0 || rank >= row.length) return false;
  row[rank]! += 1;
  return true;
}

const present = (text: string | null): boolean => text !== null && text.trim() !== '';

/** Adds one plan's needs to the tally. */
export function addPlanNeeds(tally: NeedTally, plan: PlanNeedLabels): void {
  tally.plans++;
  for (const d of NEED_DIMENSION_INFO) {
    const values = d.ranks === 1 ? [plan[d.dimension as 'level' | 'method']] : plan[d.dimension as 'mode' | 'time' | 'place'];
    let any = false;
    values.forEach((v, rank) => {
      if (v !== null && countNeed(tally, d.dimension, v, rank)) any = true;
    });
    if (any) tally.answered[d.dimension]++;
  }
  if (present(plan.timeOther)) tally.otherTexts.time++;
  if (present(plan.placeOther)) tally.otherTexts.place++;
}

/** Adds `from` into `into` (schools into an authority, authorities into the nation). */
export function addNeedTally(into: NeedTally, from: NeedTally): NeedTally {
  into.plans += from.plans;
  for (const d of NEED_DIMENSION_INFO) {
    into.answered[d.dimension] += from.answered[d.dimension];
    from.counts[d.dimension].forEach((ranks, i) => ranks.forEach((n, r) => (into.counts[d.dimension][i]![r]! += n)));
  }
  into.otherTexts.time += from.otherTexts.time;
  into.otherTexts.place += from.otherTexts.place;
  return into;
}

function dimensionStats(info: NeedDimensionInfo, tally: NeedTally): NeedDimensionStats {
  const weights = rankWeights(info.ranks);
  const counts = tally.counts[info.dimension];
  const scores = counts.map((ranks) => ranks.reduce((sum, n, r) => sum + n * weights[r]!, 0));
  const total = scores.reduce((a, b) => a + b, 0);
  return {
    dimension: info.dimension,
    label: info.label,
    ranks: info.ranks,
    weights,
    weightNote: weightNote(info.ranks),
    options: info.options.map((option, i) => ({ option, rankCounts: [...counts[i]!], score: scores[i]!, share: total === 0 ? null : scores[i]! / total })),
    answered: tally.answered[info.dimension],
    otherTexts: info.dimension === 'time' || info.dimension === 'place' ? tally.otherTexts[info.dimension] : null,
  };
}

/** The tally as the dashboards show it: every dimension with its weights, counts, scores and shares. */
export function needStats(tally: NeedTally): NeedStats {
  return { plans: tally.plans, dimensions: NEED_DIMENSION_INFO.map((info) => dimensionStats(info, tally)) };
}

/** needStats of a list of plans (tests and small sets). */
export function needStatsOf(plans: Iterable<PlanNeedLabels>): NeedStats {
  const tally = emptyNeedTally();
  for (const p of plans) addPlanNeeds(tally, p);
  return needStats(tally);
}
