// Reading and verifying a package before anything is written: the zip (sizes, CRCs, zip bombs —
// imports/read/zip.ts), the manifest (format, versions), then every part against the manifest's
// byte count, SHA-256 and row count. Any mismatch refuses the whole file with one Chinese message.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { latestVersion } from '../../db/migrate.ts';
import { ImportRefused } from '../imports/errors.ts';
import { DEFAULT_LIMITS } from '../imports/limits.ts';
import { ZipArchive, type ZipEntry } from '../imports/read/zip.ts';
import { digestOf, hashText, MANIFEST_FILE, manifestSchema, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PART_LABELS, PART_NAMES, partFile, type Manifest, type PartName, type Parts } from './package.ts';
import { fileRefused } from './packageErrors.ts';

export interface ReadPackage {
  manifest: Manifest;
  parts: Parts;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
}

const NOT_PACKAGE = (name: string) => `「${name}」不是「進修規劃管理」的資料包（.iapkg），請選擇由本程式「匯出本機構資料包」產生的檔案。`;
const DAMAGED = (name: string) => `資料包「${name}」不完整或已損毀（可能在下載或複製時中斷），沒有匯入任何資料。請向提供的單位重新取得檔案。`;
const TAMPERED = (name: string, what: string) =>
  `資料包「${name}」的${what}與清單（manifest.json）記載的不符，檔案可能已被修改或損毀，為免匯入錯誤的資料，已拒收，沒有匯入任何資料。請向提供的單位重新取得檔案。`;

async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function entryBytes(zip: ZipArchive, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of zip.chunks(entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function parseManifest(text: string, name: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw fileRefused(TAMPERED(name, '清單格式'));
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== PACKAGE_FORMAT) throw fileRefused(NOT_PACKAGE(name));
  const { formatVersion, schemaVersion } = raw as { formatVersion?: unknown; schemaVersion?: unknown };
  if (typeof formatVersion === 'number' && formatVersion > PACKAGE_FORMAT_VERSION) {
    throw fileRefused(`資料包「${name}」是較新版本的程式產生的（資料包格式第 ${formatVersion} 版，本程式只認得到第 ${PACKAGE_FORMAT_VERSION} 版），沒有匯入任何資料。請先安裝最新版再匯入。`);
  }
  if (typeof schemaVersion === 'number' && schemaVersion > latestVersion()) {
    throw fileRefused(`資料包「${name}」是較新版本的程式產生的（資料結構第 ${schemaVersion} 版，本程式只認得到第 ${latestVersion()} 版），沒有匯入任何資料。請先安裝最新版再匯入。`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw fileRefused(TAMPERED(name, '清單內容'));
  return parsed.data;
}

/** One part's text back to columns and rows; the caller has checked its hash. */
function parsePart(text: string, part: PartName, name: string): Parts[PartName] {
  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw fileRefused(TAMPERED(name, `「${PART_LABELS[part]}」內容`));
  lines.pop();
  try {
    const columns = JSON.parse(lines[0] ?? '') as unknown;
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) throw new Error('columns');
    const rows = lines.slice(1).map((line) => {
      const row = JSON.parse(line) as unknown;
      if (!Array.isArray(row) || row.length !== columns.length) throw new Error('row');
      return row as unknown[];
    });
    return { columns, rows };
  } catch {
    throw fileRefused(TAMPERED(name, `「${PART_LABELS[part]}」內容`));
  }
}

/** The data names the authority and year the manifest names, once each: an import replaces exactly that. */
function consistent(manifest: Manifest, parts: Parts): boolean {
  const authority = parts.authority;
  const reference = parts.reference;
  if (authority.rows.length !== 1 || reference.rows.length !== 1) return false;
  const a = authority.rows[0]!;
  const r = reference.rows[0]!;
  return (
    a[authority.columns.indexOf('name')] === manifest.authority.name &&
    a[authority.columns.indexOf('code')] === manifest.authority.code &&
    r[reference.columns.indexOf('year')] === manifest.year
  );
}

/** Reads and verifies the package; throws PackageRefused (FILE_REFUSED) for anything wrong with it. */
export async function readPackage(path: string, onPart: (done: number, total: number) => void = () => {}): Promise<ReadPackage> {
  const name = basename(path);
  const found = await stat(path).catch(() => null);
  if (!found) throw fileRefused(`找不到檔案「${name}」，請確認路徑後再試一次。`);
  if (!found.isFile()) throw fileRefused(`「${name}」不是檔案，請選擇資料包（.iapkg）。`);
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    if (found.size < 4 || head.readUInt32LE(0) !== 0x04034b50) throw fileRefused(NOT_PACKAGE(name));
    if (found.size < 22) throw fileRefused(DAMAGED(name));
    const zip = await ZipArchive.open(handle, found.size, DEFAULT_LIMITS);
    const manifestEntry = zip.find(MANIFEST_FILE);
    if (!manifestEntry) throw fileRefused(NOT_PACKAGE(name));
    const manifest = parseManifest((await entryBytes(zip, manifestEntry)).toString('utf8'), name);
    if (manifest.parts.length !== PART_NAMES.length || PART_NAMES.some((p, i) => manifest.parts[i]?.name !== p || manifest.parts[i]?.file !== partFile(p))) {
      throw fileRefused(TAMPERED(name, '清單內容'));
    }
    if (digestOf(manifest.parts) !== manifest.dataSha256) throw fileRefused(TAMPERED(name, '清單內容'));
    const parts = {} as Parts;
    for (const [i, entry] of manifest.parts.entries()) {
      const zipEntry = zip.find(entry.file);
      if (!zipEntry) throw fileRefused(TAMPERED(name, `「${PART_LABELS[entry.name]}」`));
      const bytes = await entryBytes(zip, zipEntry);
      if (bytes.length !== entry.bytes || hashText(bytes) !== entry.sha256) throw fileRefused(TAMPERED(name, `「${PART_LABELS[entry.name]}」內容`));
      const part = parsePart(bytes.toString('utf8'), entry.name, name);
      if (part.rows.length !== entry.rows) throw fileRefused(TAMPERED(name, `「${PART_LABELS[entry.name]}」筆數`));
      parts[entry.name] = part;
      onPart(i + 1, manifest.parts.length);
    }
    if (!consistent(manifest, parts)) throw fileRefused(TAMPERED(name, '主管機關或學年度'));
    return { manifest, parts, fileName: name, fileSha256: await fileHash(path), fileBytes: found.size };
  } catch (error) {
    if (error instanceof ImportRefused) {
      throw fileRefused(error.code === 'too-large' ? `資料包「${name}」：${error.message}，沒有匯入任何資料。` : error.code === 'truncated' ? DAMAGED(name) : NOT_PACKAGE(name));
    }
    throw error;
  } finally {
    await handle.close();
  }
}
