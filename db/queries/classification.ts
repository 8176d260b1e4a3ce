import { codeDepth, parentCode } from '../../main/engine/classification.ts';
import type { Sqlite } from '../connection.ts';

/** Stores one version of the classification; the caller has validated the codes. Returns its id. */
export function insertClassificationVersion(
  sqlite: Sqlite,
  version: { label: string; source: string; items: readonly { code: string; name: string }[] },
): number {
  const id = Number(
    sqlite
      .prepare('INSERT INTO classification_versions (label, source, created_at) VALUES (?, ?, ?)')
      .run(version.label, version.source, new Date().toISOString()).lastInsertRowid,
  );
  const insert = sqlite.prepare(
    'INSERT INTO classification_items (version_id, code, name, parent_code, depth) VALUES (?, ?, ?, ?, ?)',
  );
  for (const item of version.items) insert.run(id, item.code, item.name, parentCode(item.code), codeDepth(item.code));
  return id;
}
