// The rank populations of an award run: candidates grouped by authority and stage, each group ranked
// within itself (percentileRank.ts). Group ids are dense integers, so 200,000 teachers need neither
// a key string each nor a list per group.
import { rankPopulation } from './percentileRank.ts';

/** Dense ids for the rank groups (authority × stage) met, without building a key string per row. */
export function groupIds(): { id(authority: string, stage: string): number; readonly count: number } {
  const byAuthority = new Map<string, Map<string, number>>();
  let count = 0;
  // Rows of one school come together: most rows are in the group of the row before.
  let lastAuthority: string | null = null;
  let lastStage: string | null = null;
  let lastId = -1;
  return {
    id(authority, stage) {
      if (authority === lastAuthority && stage === lastStage) return lastId;
      let stages = byAuthority.get(authority);
      if (stages === undefined) byAuthority.set(authority, (stages = new Map()));
      let id = stages.get(stage);
      if (id === undefined) stages.set(stage, (id = count++));
      lastAuthority = authority;
      lastStage = stage;
      lastId = id;
      return id;
    },
    get count() {
      return count;
    },
  };
}

/** Ranks each score within its group (group ids 0 … groups − 1); per index its PR, per group its size. */
export function rankWithinGroups(groupOf: Int32Array, groups: number, scores: Float64Array, width: number, origin: number): { pr: Float64Array; size: Int32Array } {
  const n = groupOf.length;
  // Members of each group together, in input order: a counting sort on the group id.
  const size = new Int32Array(groups);
  for (let i = 0; i < n; i++) size[groupOf[i]!]!++;
  const start = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) start[g + 1] = start[g]! + size[g]!;
  const next = start.slice(0, groups);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[next[groupOf[i]!]!++] = i;
  const pr = new Float64Array(n);
  for (let g = 0; g < groups; g++) {
    if (size[g] === 0) continue;
    const from = start[g]!;
    const population = new Float64Array(size[g]!);
    for (let j = 0; j < population.length; j++) population[j] = scores[members[from + j]!]!;
    const ranks = rankPopulation(population, width, origin);
    for (let j = 0; j < population.length; j++) pr[members[from + j]!] = ranks[j]!;
  }
  return { pr, size };
}
