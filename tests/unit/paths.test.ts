import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDbPath } from '../../main/paths.ts';

describe('where the data lives', () => {
  it('uses the per-user application data folder of each platform', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toMatch(/Roaming.inservice-admin$/);
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/inservice-admin');
    expect(defaultDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/inservice-admin');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/x/inservice-admin');
  });

  it('lets --db win over INSERVICE_DB, and that over the default', () => {
    expect(resolveDbPath('/a.db', { INSERVICE_DB: '/b.db' }, '/d')).toBe('/a.db');
    expect(resolveDbPath(undefined, { INSERVICE_DB: '/b.db' }, '/d')).toBe('/b.db');
    expect(resolveDbPath(undefined, {}, '/d')).toBe('/d/inservice.db');
  });
});
