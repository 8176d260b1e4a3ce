// Recognising the statistics area's own files, so a later export may replace them and nothing else
// (checkOutputPath): the workbook by its sheets, a chart PNG by the text chunk it is signed with.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { STATS_SHEETS } from './statsWorkbook.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KEYWORD = 'Software';
const CREATOR = 'inservice-admin statistics chart';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The PNG with a tEXt chunk naming this app, right after its header chunk. */
export function signPng(png: Uint8Array): Buffer {
  const bytes = Buffer.from(png);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const ihdrEnd = 8 + 12 + bytes.readUInt32BE(8);
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from(`${KEYWORD}\0${CREATOR}`, 'latin1')]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  return Buffer.concat([bytes.subarray(0, ihdrEnd), chunk, bytes.subarray(ihdrEnd)]);
}

export function isOurPng(path: string): boolean {
  try {
    const bytes = readFileSync(path);
    return bytes.subarray(0, 8).equals(SIGNATURE) && bytes.subarray(0, 200).includes(Buffer.from(`${KEYWORD}\0${CREATOR}`, 'latin1'));
  } catch {
    return false;
  }
}

export function isStatsWorkbook(path: string): boolean {
  try {
    const bytes = readFileSync(path);
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
    const names = XLSX.read(bytes, { type: 'buffer', bookSheets: true }).SheetNames;
    return names.length === STATS_SHEETS.length && STATS_SHEETS.every((s, i) => names[i] === s);
  } catch {
    return false;
  }
}
