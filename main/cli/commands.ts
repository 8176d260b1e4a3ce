import { backupCommands } from './backup.ts';
import { classificationCommands } from './classification.ts';
import { coreCommands } from './core.ts';
import { scheduleCommands } from './schedule.ts';
import type { CliCommand } from './types.ts';

// Each area adds its commands in main/cli/<area>.ts and lists them here.
export const commands: readonly CliCommand[] = [...coreCommands, ...scheduleCommands, ...classificationCommands, ...backupCommands];
