import { z } from 'zod';
import { channel } from './common.ts';

const filePath = z.string().trim().min(1).max(1000);

export const backupContract = {
  'backup:create': channel(z.object({ path: filePath }), z.object({ path: z.string(), schemaVersion: z.number().int() })),
  /** The backups beside the database (automatic ones and those saved there by hand), newest first. */
  'backup:list': channel(
    z.object({}),
    z.array(
      z.object({
        path: z.string(),
        name: z.string(),
        size: z.number().int(),
        createdAt: z.string(),
        automatic: z.boolean(),
        /** The file's schema version; null when it cannot be read as a database. */
        schemaVersion: z.number().int().nullable(),
      }),
    ),
  ),
  'backup:restore': channel(
    z.object({ path: filePath }),
    z.object({ restoredFrom: z.string(), safetyBackup: z.string().nullable(), schemaVersion: z.number().int() }),
  ),
  /**
   * Where the data and its backups live, and — when `check` — PRAGMA quick_check run now (the app
   * also runs it at every start and refuses a damaged file with advice).
   */
  'backup:status': channel(
    z.object({ check: z.boolean().default(false) }),
    z.object({
      dbPath: z.string(),
      backupsDir: z.string(),
      size: z.number().int(),
      schemaVersion: z.number().int(),
      autoKept: z.number().int(),
      /** A name for a backup made now, in the backups folder. */
      suggestedPath: z.string(),
      check: z.object({ ok: z.boolean(), message: z.string(), at: z.string(), ms: z.number() }).nullable(),
    }),
  ),
  /** The desktop app's save dialog for a backup; `available` is false where there is none. */
  'backup:chooseOut': channel(z.object({ defaultPath: filePath }), z.object({ available: z.boolean(), path: z.string().nullable() })),
};
