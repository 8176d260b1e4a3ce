import type { Migration } from './types.ts';
import { m0001 } from './0001-init.ts';
import { m0002 } from './0002-schedule.ts';
import { m0003 } from './0003-registry.ts';
import { m0004 } from './0004-plans.ts';
import { m0005 } from './0005-hours.ts';
import { m0006 } from './0006-awards.ts';
import { m0007 } from './0007-statistics.ts';
import { m0008 } from './0008-audit.ts';
import { m0009 } from './0009-packages.ts';

// Listed explicitly: a bundled app cannot read a folder. Append new migrations at the end.
// Numbers reserved per area so parallel work never collides:
// 0002 schedule, 0003 registry (accounts, contacts, import history), 0004 plans, 0005 hours,
// 0006 awards, 0007 statistics and survey, 0008 audit and exchange.
export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009];
