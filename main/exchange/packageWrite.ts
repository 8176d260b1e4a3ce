// Writing a package: one consistent read of the authority's year (the plans' filing statuses
// brought up to date first, as every plan read does), then the zip with the manifest last, once
// every part's hash is known. The caller has checked the path (api/outputPath.ts).
import { rename, rm } from 'node:fs/promises';
import type { Sqlite } from '../../db/connection.ts';
import { latestVersion } from '../../db/migrate.ts';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { zipToFile } from '../exports/zipWriter.ts';
import { digestOf, hashText, MANIFEST_FILE, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PART_NAMES, partFile, partText, type Manifest } from './package.ts';
import { authorityIdOf, dumpParts } from './packageDump.ts';
import { PackageRefused } from './packageErrors.ts';

export interface ExportRequest {
  authority: string;
  year: number;
  path: string;
  appVersion: string;
}

/** The texts and manifest of the package, without writing anything but the plans' filing refresh. */
export function buildPackage(sqlite: Sqlite, request: Omit<ExportRequest, 'path'>): { manifest: Manifest; texts: Map<string, string> } {
  return sqlite.transaction(() => {
    const authorityId = authorityIdOf(sqlite, request.authority, request.year);
    if (authorityId === null) {
      throw new PackageRefused('NOT_FOUND', `${request.year} 學年度沒有「${request.authority}」這個主管機關，請確認名稱與學年度。`);
    }
    refreshPlanFiling(sqlite, request.year);
    const { parts, skippedAwardRuns } = dumpParts(sqlite, authorityId, request.year);
    const texts = new Map<string, string>();
    const entries: Manifest['parts'] = [];
    for (const name of PART_NAMES) {
      const text = partText(parts[name]);
      const file = partFile(name);
      texts.set(file, text);
      entries.push({ name, file, rows: parts[name].rows.length, bytes: Buffer.byteLength(text), sha256: hashText(text) });
    }
    const code = String(parts.authority.rows[0]?.[0] ?? '');
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      schemaVersion: latestVersion(),
      appVersion: request.appVersion,
      authority: { name: request.authority, code },
      year: request.year,
      createdAt: new Date().toISOString(),
      parts: entries,
      dataSha256: digestOf(entries),
      skippedAwardRuns,
    };
    return { manifest, texts };
  }).immediate();
}

/** Writes the package to a temporary name beside the target and renames it, so a failed write leaves no half file. */
export async function writePackage(sqlite: Sqlite, request: ExportRequest): Promise<Manifest> {
  const { manifest, texts } = buildPackage(sqlite, request);
  const temp = `${request.path}.partial`;
  try {
    await zipToFile(temp, [
      ...[...texts].map(([name, text]) => ({ name, chunks: chunked(text) })),
      { name: MANIFEST_FILE, chunks: [JSON.stringify(manifest, null, 2)] },
    ]);
    await rename(temp, request.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return manifest;
}

/** A big part goes to the deflater in slices rather than as one string copy. */
function* chunked(text: string): Generator<string> {
  const size = 1 << 20;
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + size, text.length);
    // Never split a surrogate pair (characters outside the BMP, e.g. rare name characters).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(i, end);
    i = end;
  }
}
