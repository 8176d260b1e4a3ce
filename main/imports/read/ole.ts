// OLE compound files (D0 CF 11 E0): a real .xls, but also a password-protected .xlsx (Office wraps
// the encrypted package in an OLE container with EncryptionInfo and EncryptedPackage streams) or a
// Word 97 document. Only the directory is read here, following its sector chain, so the answer does
// not depend on the file's size.

import type { FileHandle } from 'node:fs/promises';

const END_OF_CHAIN = 0xfffffffe;
const MAX_DIRECTORY_SECTORS = 4096;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer | null> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return bytesRead === length ? buf : null;
}

/** Names of the directory entries (streams and storages); null when the container is damaged. */
export async function oleDirectoryNames(handle: FileHandle, size: number): Promise<Set<string> | null> {
  const header = await readAt(handle, 0, 512);
  if (!header) return null;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const difat: number[] = [];
  for (let i = 0; i < 109; i++) difat.push(header.readUInt32LE(0x4c + i * 4));
  let difatSector = header.readUInt32LE(0x44);
  for (let guard = 0; difatSector < END_OF_CHAIN && guard < 1 << 16; guard++) {
    const s = await readAt(handle, (difatSector + 1) * sectorSize, sectorSize);
    if (!s) return null;
    for (let i = 0; i < perSector - 1; i++) difat.push(s.readUInt32LE(i * 4));
    difatSector = s.readUInt32LE((perSector - 1) * 4);
  }
  const fatCache = new Map<number, Buffer>();
  const next = async (sector: number): Promise<number | null> => {
    const fatIndex = Math.floor(sector / perSector);
    const fatSector = difat[fatIndex];
    if (fatSector === undefined || fatSector >= END_OF_CHAIN) return null;
    let fat = fatCache.get(fatSector);
    if (!fat) {
      const read = await readAt(handle, (fatSector + 1) * sectorSize, sectorSize);
      if (!read) return null;
      fat = read;
      fatCache.set(fatSector, fat);
    }
    return fat.readUInt32LE((sector % perSector) * 4);
  };
  const names = new Set<string>();
  let sector: number | null = header.readUInt32LE(0x30);
  for (let count = 0; sector !== null && sector < END_OF_CHAIN; count++) {
    if (count >= MAX_DIRECTORY_SECTORS || (sector + 2) * sectorSize > size) return null;
    const dir = await readAt(handle, (sector + 1) * sectorSize, sectorSize);
    if (!dir) return null;
    for (let p = 0; p + 128 <= dir.length; p += 128) {
      const nameLength = dir.readUInt16LE(p + 0x40);
      if (nameLength >= 2 && nameLength <= 64) names.add(dir.toString('utf16le', p, p + nameLength - 2));
    }
    sector = await next(sector);
  }
  return names;
}
