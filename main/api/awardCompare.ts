// Comparing two stored runs for the comparison view: the engine's compareRuns over both results
// (in the award worker: two national results are 400,000 rows), kept for the last pair asked so the
// officer can page through who entered, who left and whose reasons changed without comparing again.
// Runs never change once stored, and the key carries both runs' hashes, so a kept comparison is
// never stale, even after a backup is restored.
import type { Store } from '../../db/connection.ts';
import type { RunSummary } from '../../db/queries/awardRuns.ts';
import { compareJob } from '../awards/jobs.ts';
import type { CandidateChange, CandidateKind, RunComparison } from '../engine/awardCompare.ts';

type Bucket = 'entered' | 'left' | 'reasonsChanged';
const BUCKETS: readonly Bucket[] = ['entered', 'left', 'reasonsChanged'];

let kept: { key: string; comparison: RunComparison } | null = null;

async function comparison(store: Pick<Store, 'path' | 'sqlite'>, a: RunSummary, b: RunSummary): Promise<RunComparison> {
  const key = `${store.path}\u0000${a.id}:${a.sha256}\u0000${b.id}:${b.sha256}`;
  if (kept?.key === key) return kept.comparison;
  const fresh = await compareJob(store, a.id, b.id);
  if (!fresh) throw new Error('a run vanished while it was being compared');
  kept = { key, comparison: fresh };
  return fresh;
}

function countsByKind(changes: readonly CandidateChange[]): Record<CandidateKind, number> {
  const out = { authority: 0, school: 0, teacher: 0 };
  for (const c of changes) out[c.kind]++;
  return out;
}

export async function comparisonPage(
  store: Pick<Store, 'path' | 'sqlite'>,
  a: RunSummary,
  b: RunSummary,
  bucket: Bucket,
  kind: CandidateKind | null,
  page: { offset: number; limit: number },
) {
  const c = await comparison(store, a, b);
  const rows = kind === null ? c[bucket] : c[bucket].filter((x) => x.kind === kind);
  const counts = Object.fromEntries(BUCKETS.map((name) => [name, countsByKind(c[name])])) as Record<Bucket, Record<CandidateKind, number>>;
  return {
    parameters: c.parameters,
    counts,
    total: rows.length,
    rows: rows.slice(page.offset, page.offset + page.limit),
  };
}

