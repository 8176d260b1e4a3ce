import type { Channel } from '../../preload/contract.ts';
import type { Handlers } from './context.ts';
import { coreHandlers } from './core.ts';
import { registryHandlers } from './registry.ts';
import { scheduleHandlers } from './schedule.ts';
import { classificationHandlers } from './classification.ts';
import { backupHandlers } from './backup.ts';

// Every channel of the contract has exactly one handler; the type makes a missing one a compile error.
export const handlers: Handlers<Channel> = {
  ...coreHandlers,
  ...registryHandlers,
  ...scheduleHandlers,
  ...classificationHandlers,
  ...backupHandlers,
};
