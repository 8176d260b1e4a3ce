import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'inservice-admin';
export const DB_FILE_NAME = 'inservice.db';

/** Where the app keeps its data by default — the same folder Electron's userData points to. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

/** `--db PATH` wins, then INSERVICE_DB, then the data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, dataDir = defaultDataDir()): string {
  return flag || env.INSERVICE_DB || join(dataDir, DB_FILE_NAME);
}
