import { z } from 'zod';
import { channel } from './common.ts';

const filePath = z.string().trim().min(1).max(1000);

export const backupContract = {
  'backup:create': channel(z.object({ path: filePath }), z.object({ path: z.string(), schemaVersion: z.number().int() })),
  'backup:list': channel(
    z.object({}),
    z.array(z.object({ path: z.string(), name: z.string(), size: z.number().int(), createdAt: z.string(), automatic: z.boolean() })),
  ),
  'backup:restore': channel(
    z.object({ path: filePath }),
    z.object({ restoredFrom: z.string(), safetyBackup: z.string().nullable(), schemaVersion: z.number().int() }),
  ),
};
