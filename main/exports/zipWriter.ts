// A minimal zip writer for the xlsx files this app exports: each entry is deflated as a stream (its
// text never sits in memory whole), then written with the sizes and CRC known, so no data
// descriptors are needed and every reader (Excel, LibreOffice, SheetJS, ours) accepts it.

import { once } from 'node:events';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntrySource {
  name: string;
  /** The entry's content as text chunks, produced lazily. */
  chunks: AsyncIterable<string> | Iterable<string>;
}

interface Deflated {
  data: Buffer[];
  crc: number;
  size: number;
  compressedSize: number;
}

async function deflate(chunks: AsyncIterable<string> | Iterable<string>): Promise<Deflated> {
  const stream = createDeflateRaw({ level: 6 });
  const data: Buffer[] = [];
  let compressedSize = 0;
  stream.on('data', (b: Buffer) => {
    data.push(b);
    compressedSize += b.length;
  });
  const ended = once(stream, 'end');
  let crc = 0;
  let size = 0;
  for await (const text of chunks) {
    const buf = Buffer.from(text, 'utf8');
    crc = crc32(buf, crc);
    size += buf.length;
    if (!stream.write(buf)) await once(stream, 'drain');
  }
  stream.end();
  await ended;
  return { data, crc, size, compressedSize };
}

// Fixed DOS time: exports are reproducible byte for byte.
const DOS_TIME = 0;
const DOS_DATE = (2024 - 1980) << 9 | (1 << 5) | 1;

function localHeader(name: Buffer, d: Deflated): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(8, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(d.crc, 14);
  h.writeUInt32LE(d.compressedSize, 18);
  h.writeUInt32LE(d.size, 22);
  h.writeUInt16LE(name.length, 26);
  return h;
}

function centralHeader(name: Buffer, d: Deflated, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(d.crc, 16);
  h.writeUInt32LE(d.compressedSize, 20);
  h.writeUInt32LE(d.size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return h;
}

function endRecord(count: number, cdSize: number, cdOffset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(0x06054b50, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(cdSize, 12);
  h.writeUInt32LE(cdOffset, 16);
  return h;
}

/** Writes the archive through `write`, one entry at a time. */
async function writeZip(entries: Iterable<ZipEntrySource>, write: (parts: Buffer[]) => Promise<void>): Promise<void> {
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const d = await deflate(entry.chunks);
    const header = localHeader(name, d);
    await write([header, name, ...d.data]);
    central.push(centralHeader(name, d, offset), name);
    offset += header.length + name.length + d.compressedSize;
    count++;
  }
  const cd = Buffer.concat(central);
  await write([cd, endRecord(count, cd.length, offset)]);
}

export async function zipToFile(path: string, entries: Iterable<ZipEntrySource>): Promise<void> {
  const file: FileHandle = await open(path, 'w');
  try {
    await writeZip(entries, async (parts) => {
      await file.write(Buffer.concat(parts));
    });
  } finally {
    await file.close();
  }
}

export async function zipToBuffer(entries: Iterable<ZipEntrySource>): Promise<Buffer> {
  const parts: Buffer[] = [];
  await writeZip(entries, async (more) => {
    parts.push(...more);
  });
  return Buffer.concat(parts);
}
