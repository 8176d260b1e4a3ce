import type { z } from 'zod';
import { coreContract } from './contracts/core.ts';
import { registryContract } from './contracts/registry.ts';
import { scheduleContract } from './contracts/schedule.ts';
import { classificationContract } from './contracts/classification.ts';
import { importsContract } from './contracts/imports.ts';
import { backupContract } from './contracts/backup.ts';
import { hoursContract } from './contracts/hours.ts';
import { exportsContract } from './contracts/exports.ts';
import { plansContract } from './contracts/plans.ts';
import { awardsContract } from './contracts/awards.ts';
import { achievementContract } from './contracts/achievement.ts';
import { statsContract } from './contracts/stats.ts';
import { packagesContract } from './contracts/packages.ts';
import { auditContract } from './contracts/audit.ts';

// The one source of the API's types: channel → input and output schema. Each area keeps its
// channels in preload/contracts/<area>.ts; they are merged here.
export const contract = {
  ...coreContract,
  ...registryContract,
  ...backupContract,
  ...exportsContract,
  ...scheduleContract,
  ...classificationContract,
  ...plansContract,
  ...awardsContract,
  ...achievementContract,
  ...statsContract,
  ...importsContract,
  ...hoursContract,
  ...packagesContract,
  ...auditContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export interface ApiErrorBody {
  code: string;
  message: string;
}
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

export const EVENTS = ['progress'] as const;
export type EventName = (typeof EVENTS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The bridge the preload (or the loopback test host) puts on window.api — nothing else. */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}
