import type { RunComparison } from '../engine/awardCompare.ts';
import type { AchievementLevel, AchievementResult } from './achievementJob.ts';
import type { RunOutcome, RunRequest, RunStep } from './execute.ts';

/** What the award worker is asked to do: one job per worker, on its own connection. */
export type AwardJob =
  | { type: 'run'; request: RunRequest }
  | { type: 'compare'; a: number; b: number }
  | { type: 'achievement'; year: number; level: AchievementLevel };

/** Award worker → main thread. */
export type AwardWorkerReply =
  | { type: 'step'; step: RunStep }
  | { type: 'ran'; outcome: RunOutcome }
  | { type: 'compared'; comparison: RunComparison | null }
  | { type: 'achieved'; result: AchievementResult }
  | { type: 'failed'; name: string; code: string | null; message: string };
