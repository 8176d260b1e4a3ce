import { coreCommands } from './core.ts';
import { scheduleCommands } from './schedule.ts';
import { classificationCommands } from './classification.ts';
import type { CliCommand } from './types.ts';
import { backupCommands } from './backup.ts';
import { exportCommands } from './exports.ts';
import { importCommands } from './imports.ts';
import { hoursCommands } from './hours.ts';
import { planCommands } from './plans.ts';
import { awardCommands } from './awards.ts';
import { statsCommands } from './stats.ts';
import { auditCommands } from './audit.ts';
import { packageCommands } from './packages.ts';

// Each area adds its commands in main/cli/<area>.ts and lists them here.
export const commands: readonly CliCommand[] = [...coreCommands, ...importCommands, ...backupCommands, ...exportCommands, ...scheduleCommands, ...classificationCommands, ...planCommands, ...hoursCommands, ...awardCommands, ...statsCommands, ...auditCommands, ...packageCommands];
