import type { Channel } from '../../preload/contract.ts';
import type { Handlers } from './context.ts';
import { coreHandlers } from './core.ts';
import { registryHandlers } from './registry.ts';
import { scheduleHandlers } from './schedule.ts';
import { classificationHandlers } from './classification.ts';
import { backupHandlers } from './backup.ts';
import { exportsHandlers } from './exports.ts';
import { planHandlers } from './plans.ts';
import { awardHandlers } from './awards.ts';
import { achievementHandlers } from './achievement.ts';
import { statsHandlers } from './stats.ts';
import { importsHandlers } from './imports.ts';
import { hoursHandlers } from './hours.ts';
import { packageHandlers } from './packages.ts';
import { auditHandlers } from './audit.ts';

// Every channel of the contract has exactly one handler; the type makes a missing one a compile error.
export const handlers: Handlers<Channel> = {
  ...coreHandlers,
  ...registryHandlers,
  ...backupHandlers,
  ...exportsHandlers,
  ...scheduleHandlers,
  ...classificationHandlers,
  ...planHandlers,
  ...awardHandlers,
  ...achievementHandlers,
  ...statsHandlers,
  ...importsHandlers,
  ...hoursHandlers,
  ...packageHandlers,
  ...auditHandlers,
};
