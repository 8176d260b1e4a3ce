// What the wizard shows before anything is written: the sheet and header row found, which columns
// were recognised (under which header), which were not, and the first rows as they will be read —
// national IDs masked, dates in ROC form. Opening the file here also refuses a hostile one early.

import { formatRocDate } from '../engine/rocDate.ts';
import { maskNationalId } from '../engine/nationalId.ts';
import { KINDS, openImport, type DateTimeValue, type ImportLimits } from '../imports/index.ts';
import type { RegistryImportKind } from './types.ts';

const PREVIEW_ROWS = 10;

function shown(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'nationalId' && typeof value === 'string') return maskNationalId(value);
  if (type === 'date' && typeof value === 'string') return formatRocDate(value);
  if (type === 'dateTime' && typeof value === 'object') {
    const v = value as DateTimeValue;
    return v.time ? `${formatRocDate(v.date)} ${v.time.slice(0, 5)}` : formatRocDate(v.date);
  }
  return String(value);
}

export async function previewImport(kind: RegistryImportKind, path: string, fileName: string, limits?: Partial<ImportLimits>) {
  const session = await openImport(kind, path, { batchSize: 1, ...(limits ? { limits } : {}) });
  try {
    const layout = session.layouts[0];
    const sheetSpec = KINDS[kind].sheets[0];
    if (!layout || !sheetSpec) throw new Error('an import session without a sheet');
    const columns = sheetSpec.columns.map((c) => ({
      key: c.key,
      label: c.label,
      required: 'required' in c && c.required === true,
      header: layout.columns.find((m) => m.key === c.key)?.header ?? null,
    }));
    const rows = new Map<number, { row: number; cells: Array<string | null>; problems: string[] }>();
    // Batches come per chunk the reader reads; a few of them hold the first rows.
    for await (const batch of session.batches()) {
      for (const record of batch.records as Array<Record<string, unknown> & { row: number }>) {
        rows.set(record.row, { row: record.row, cells: sheetSpec.columns.map((c) => shown(record[c.key], c.type)), problems: [] });
      }
      for (const r of batch.rejections) {
        const entry = rows.get(r.row) ?? { row: r.row, cells: [], problems: [] };
        entry.problems.push(`${r.column}：${r.reason}`);
        rows.set(r.row, entry);
      }
      if (rows.size >= PREVIEW_ROWS) break;
    }
    return {
      fileName,
      format: session.format,
      encoding: session.encoding,
      sheet: layout.sheet,
      headerRow: layout.headerRow,
      columns,
      unknownColumns: layout.unknownColumns,
      rows: [...rows.values()].sort((a, b) => a.row - b.row).slice(0, PREVIEW_ROWS),
    };
  } finally {
    await session.close();
  }
}
