// The grouped-data percentile rank of the award scheme (seed 004, domain.md "Awards"):
//
//     PR = [ cf_L + ((X − X_L) / i) · f_x ] · 100 / N
//
// Classes of width i have their boundaries at origin + k·i; X's class is the k with
// X_L = origin + k·i ≤ X < X_L + i; cf_L counts the scores below X_L, f_x the scores in X's class, N
// all scores. With i = 1 and the default origin −½ whole hours sit mid-class, so for integer hours
// PR is the mid-rank (below + ½·equal) / N · 100.
//
// A ranker is built once per population (the class index of every score, sorted) and then answers
// each query with two binary searches — what an explanation needs. An award run ranks every member
// of every group with rankPopulation instead: one counting pass per group, the same numbers.

/**
 * Which class a score falls in is decided on u = (X − origin) / i with a tolerance of 1e-9 class
 * widths upwards: a score on a boundary is the lower limit of its class (X = 2.5 with origin −0.5 and
 * i = 1 opens [2.5, 3.5)), yet in doubles (0.6 − 0) / 0.2 is 2.9999999999999996, which would drop
 * X = 0.6 into the class below. Float noise in u
 * is below 1e-12 for any score up to 10,000 hours, while a real score off a boundary is at least
 * 0.01 / (teachers in a school) hours away from it (hours have two decimals, school scores are means
 * of them): both sides of the tolerance stay clear for any realistic class width (0.01 .. 100).
 */
export const CLASS_TOLERANCE = 1e-9;

export interface ClassSpec {
  /** i, in hours; > 0. */
  width: number;
  /** Where class boundaries start: boundaries at origin + k·width. */
  origin: number;
}

/** A percentile rank with every number that produced it, for the explanation panel. */
export interface PercentileRank {
  pr: number;
  /** X_L, the lower real limit of X's class. */
  classLower: number;
  /** X_L + i, the first value of the next class. */
  classUpper: number;
  /** Scores below X_L. */
  cfL: number;
  /** Scores in X's class. */
  fx: number;
  /** N, the population size. */
  n: number;
  width: number;
  origin: number;
}

export interface Ranker extends ClassSpec {
  readonly n: number;
  rank(x: number): PercentileRank;
}

/** Width 1 and origin −width/2 unless given; throws a RangeError (Chinese) for an unusable spec. */
export function classSpec(width = 1, origin?: number): ClassSpec {
  if (!Number.isFinite(width) || width <= 0) throw new RangeError(`組距「${width}」應為大於 0 的數字`);
  const resolved = origin ?? -width / 2;
  if (!Number.isFinite(resolved)) throw new RangeError(`組距起點「${origin}」應為數字`);
  return { width, origin: resolved };
}

/** k of the class [origin + k·width, origin + (k+1)·width) holding x (see CLASS_TOLERANCE). */
export function classIndex(x: number, spec: ClassSpec): number {
  return Math.floor((x - spec.origin) / spec.width + CLASS_TOLERANCE);
}

/** First position in the sorted array whose value is ≥ k (or > k when `after`). */
function search(sorted: Float64Array, k: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v < k || (after && v === k)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A ranker over a population of scores. Throws a RangeError for an empty population (N = 0 has no
 * rank) or a score that is not a finite number.
 */
export function createRanker(scores: ArrayLike<number>, width = 1, origin?: number): Ranker {
  const spec = classSpec(width, origin);
  const n = scores.length;
  if (n === 0) throw new RangeError('母群體沒有任何分數，無法計算百分等級');
  const classes = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const score = scores[j]!;
    if (!Number.isFinite(score)) throw new RangeError(`分數「${score}」不是有效的數字`);
    classes[j] = classIndex(score, spec);
  }
  classes.sort();
  return {
    ...spec,
    n,
    rank(x: number): PercentileRank {
      if (!Number.isFinite(x)) throw new RangeError(`分數「${x}」不是有效的數字`);
      const k = classIndex(x, spec);
      const cfL = search(classes, k, false);
      const fx = search(classes, k, true) - cfL;
      const classLower = spec.origin + k * spec.width;
      return {
        pr: prOf(x, k, cfL, fx, n, spec),
        classLower,
        classUpper: classLower + spec.width,
        cfL,
        fx,
        n,
        width: spec.width,
        origin: spec.origin,
      };
    },
  };
}

/**
 * The PR of every score of a population within that population: the same numbers as
 * createRanker(scores).rank(score).pr for each score, without an object per query. The counts below
 * and in each class come from one counting pass over the class indexes (a sort only when the classes
 * span far more than the population, e.g. a tiny class width), so a 200,000-teacher run is linear.
 */
export function rankPopulation(scores: ArrayLike<number>, width = 1, origin?: number): Float64Array {
  const spec = classSpec(width, origin);
  const n = scores.length;
  if (n === 0) throw new RangeError('母群體沒有任何分數，無法計算百分等級');
  const classes = new Float64Array(n);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let j = 0; j < n; j++) {
    const score = scores[j]!;
    if (!Number.isFinite(score)) throw new RangeError(`分數「${score}」不是有效的數字`);
    const k = classIndex(score, spec);
    classes[j] = k;
    if (k < lowest) lowest = k;
    if (k > highest) highest = k;
  }
  const pr = new Float64Array(n);
  const spanned = highest - lowest + 1;
  if (spanned <= 4 * n + 1024) {
    // below[k − lowest]: scores in classes under k; below[k − lowest + 1] − below[k − lowest]: in k.
    const below = new Int32Array(spanned + 1);
    for (let j = 0; j < n; j++) below[classes[j]! - lowest + 1]!++;
    for (let c = 0; c < spanned; c++) below[c + 1]! += below[c]!;
    for (let j = 0; j < n; j++) {
      const k = classes[j]!;
      const cfL = below[k - lowest]!;
      pr[j] = prOf(scores[j]!, k, cfL, below[k - lowest + 1]! - cfL, n, spec);
    }
  } else {
    const sorted = classes.slice().sort();
    for (let j = 0; j < n; j++) {
      const k = classes[j]!;
      const cfL = search(sorted, k, false);
      pr[j] = prOf(scores[j]!, k, cfL, search(sorted, k, true) - cfL, n, spec);
    }
  }
  return pr;
}

/** PR = [cf_L + ((X − X_L) / i) · f_x] · 100 / N, for X in class k. */
function prOf(x: number, k: number, cfL: number, fx: number, n: number, spec: ClassSpec): number {
  const classLower = spec.origin + k * spec.width;
  // The tolerance may place x a hair below X_L; the fraction of the class it has covered is then 0.
  const fraction = Math.min(1, Math.max(0, (x - classLower) / spec.width));
  return ((cfL + fraction * fx) * 100) / n;
}

/** One query without keeping the ranker: fine for a single explanation, wasteful in a loop. */
export function percentileRank(x: number, scores: ArrayLike<number>, width = 1, origin?: number): PercentileRank {
  return createRanker(scores, width, origin).rank(x);
}
