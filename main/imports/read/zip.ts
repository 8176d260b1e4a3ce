// A small zip reader over a file handle: the central directory is read from the end of the file, and
// each entry is inflated as a stream, so a workbook of any size is read with bounded memory. The
// common readers trust the sizes a zip declares and quietly return nothing on a zip bomb; this one
// checks the declared sizes and ratios before inflating, and counts the bytes actually inflated.

import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { DAMAGED_MESSAGE, ImportRefused, refuse, throwIfAborted } from '../errors.ts';
import { formatBytes } from '../limits.ts';
import type { ImportLimits } from '../limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const READ_CHUNK = 256 * 1024;
const U32_MAX = 0xffffffff;

const damaged = (): ImportRefused => refuse('truncated', DAMAGED_MESSAGE);
const bomb = (detail: string): ImportRefused =>
  refuse('too-large', `檔案解壓縮後過大（${detail}），超過匯入上限，疑似惡意或異常的檔案`);

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  if (bytesRead !== length) throw damaged();
  return buf;
}

export class ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly #handle: FileHandle;
  readonly #limits: ImportLimits;
  readonly #inflatedHigh = new Map<string, number>();
  #inflatedTotal = 0;
  #position = 0;

  private constructor(handle: FileHandle, entries: Map<string, ZipEntry>, limits: ImportLimits) {
    this.#handle = handle;
    this.entries = entries;
    this.#limits = limits;
  }

  /** Reads and checks the central directory; throws ImportRefused for truncated or oversize archives. */
  static async open(handle: FileHandle, size: number, limits: ImportLimits): Promise<ZipArchive> {
    const { cdOffset, cdSize, count } = await findCentralDirectory(handle, size);
    if (count > limits.maxZipEntries) throw bomb(`壓縮檔內有 ${count} 個項目`);
    if (cdSize > limits.maxZipEntries * 1024) throw damaged();
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries = parseCentralDirectory(cd, count);
    checkDeclaredSizes(entries, limits);
    return new ZipArchive(handle, entries, limits);
  }

  /** Part names in OOXML are case-insensitive; entries are keyed in lower case. */
  find(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  /** Absolute file offset of the last compressed byte read, for progress. */
  position(): number {
    return this.#position;
  }

  /** The entry's bytes, inflated chunk by chunk; verifies size and CRC at the end. */
  async *chunks(entry: ZipEntry, signal?: AbortSignal): AsyncGenerator<Buffer> {
    const start = await this.#dataStart(entry);
    const cap = Math.min(entry.uncompressedSize, this.#limits.maxEntryBytes);
    const compressed = Readable.from(this.#readRange(start, entry.compressedSize, signal), { objectMode: false });
    const source: Readable = entry.method === 0 ? compressed : compressed.pipe(createInflateRaw({ chunkSize: 64 * 1024 }));
    if (source !== compressed) compressed.on('error', (e) => source.destroy(e));
    let bytes = 0;
    let crc = 0;
    try {
      for await (const out of source as AsyncIterable<Buffer>) {
        bytes += out.length;
        if (bytes > cap) throw bomb(`「${entry.name}」超過宣告的 ${formatBytes(cap)}`);
        this.#countInflated(entry.name, bytes);
        crc = crc32(out, crc);
        yield out;
      }
    } catch (error) {
      if (error instanceof ImportRefused) throw error;
      if (typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('Z_')) {
        throw damaged();
      }
      throw error;
    } finally {
      compressed.destroy();
      source.destroy();
    }
    if (bytes !== entry.uncompressedSize || crc !== entry.crc) throw damaged();
  }

  async #dataStart(entry: ZipEntry): Promise<number> {
    const header = await readAt(this.#handle, entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_SIG) throw damaged();
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  async *#readRange(start: number, length: number, signal: AbortSignal | undefined): AsyncGenerator<Buffer> {
    let pos = start;
    const end = start + length;
    while (pos < end) {
      throwIfAborted(signal);
      const n = Math.min(READ_CHUNK, end - pos);
      // A fresh buffer each time: zlib may still hold the previous one.
      const buf = Buffer.allocUnsafe(n);
      const { bytesRead } = await this.#handle.read(buf, 0, n, pos);
      if (bytesRead === 0) throw damaged();
      pos += bytesRead;
      this.#position = pos;
      yield bytesRead === n ? buf : buf.subarray(0, bytesRead);
    }
  }

  /** Re-reading an entry (the header is looked for first) does not count twice. */
  #countInflated(name: string, bytes: number): void {
    const high = this.#inflatedHigh.get(name) ?? 0;
    if (bytes <= high) return;
    this.#inflatedTotal += bytes - high;
    this.#inflatedHigh.set(name, bytes);
    if (this.#inflatedTotal > this.#limits.maxInflatedBytes) {
      throw bomb(`合計超過 ${formatBytes(this.#limits.maxInflatedBytes)}`);
    }
  }
}

async function findCentralDirectory(
  handle: FileHandle,
  size: number,
): Promise<{ cdOffset: number; cdSize: number; count: number }> {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tailStart = size - tailLength;
  const tail = await readAt(handle, tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      at = i;
      break;
    }
  }
  if (at < 0) throw damaged();
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  let directoryEnd = tailStart + at;
  if (count === 0xffff || cdSize === U32_MAX || cdOffset === U32_MAX) {
    if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR_SIG) throw damaged();
    const zip64At = Number(tail.readBigUInt64LE(at - 20 + 8));
    if (zip64At + 56 > size) throw damaged();
    const rec = await readAt(handle, zip64At, 56);
    if (rec.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw damaged();
    count = Number(rec.readBigUInt64LE(32));
    cdSize = Number(rec.readBigUInt64LE(40));
    cdOffset = Number(rec.readBigUInt64LE(48));
    directoryEnd = zip64At;
  }
  if (cdOffset + cdSize > directoryEnd) throw damaged();
  return { cdOffset, cdSize, count };
}

function parseCentralDirectory(cd: Buffer, count: number): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) throw damaged();
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    if (p + 46 + nameLength + extraLength > cd.length) throw damaged();
    const entry: ZipEntry = {
      name: cd
        .toString('utf8', p + 46, p + 46 + nameLength)
        .replaceAll('\\', '/')
        .replace(/^\/+/, ''),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
    };
    readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.set(entry.name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offsets that do not fit 32 bits live, in this order, in the zip64 extra field. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + length) throw damaged();
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + length;
  }
}

function checkDeclaredSizes(entries: Map<string, ZipEntry>, limits: ImportLimits): void {
  let total = 0;
  for (const entry of entries.values()) {
    if (entry.flags & 0x0001) throw refuse('encrypted', '檔案有密碼保護，請先在 Excel 移除密碼後再匯入');
    if (entry.method !== 0 && entry.method !== 8) {
      throw refuse('unsupported', '檔案使用了不支援的壓縮方式，請以 Excel 或 LibreOffice 另存為 .xlsx 後再匯入');
    }
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw bomb(`「${entry.name}」宣告 ${formatBytes(entry.uncompressedSize)}`);
    }
    if (
      entry.uncompressedSize >= limits.ratioFloorBytes &&
      entry.uncompressedSize > limits.maxCompressionRatio * Math.max(entry.compressedSize, 1)
    ) {
      throw bomb(`「${entry.name}」壓縮比超過 ${limits.maxCompressionRatio} 倍`);
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxInflatedBytes) throw bomb(`宣告合計 ${formatBytes(total)}`);
}
