import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { KindSpec } from '../../main/imports/columns.ts';
import { openImport } from '../../main/imports/importer.ts';
import { IMPORT_KINDS, KINDS } from '../../main/imports/kinds.ts';
import { templateFor } from '../../main/imports/template.ts';
import { tempDir } from './helpers.ts';

const file = tempDir();

describe('blank templates', () => {
  it.each(IMPORT_KINDS)('%s: every sheet with its header row, required columns marked, and a guide', async (kind) => {
    const spec: KindSpec = KINDS[kind];
    const wb = XLSX.read(templateFor(kind), { type: 'buffer' });
    expect(wb.SheetNames).toEqual([...spec.sheets.map((s) => s.name), '說明']);
    for (const sheet of spec.sheets) {
      const [header] = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[sheet.name] ?? {}, { header: 1 });
      expect(header).toEqual(sheet.columns.map((c) => (c.required ? `${c.label}*` : c.label)));
    }
    // Empty, the template is refused for having no data rows — its header is recognised.
    await expect(openImport(kind, file(`${kind}.xlsx`, templateFor(kind)))).rejects.toMatchObject({ code: 'no-data-rows' });
  });

  it('a filled-in template imports', async () => {
    const wb = XLSX.read(templateFor('teachers'), { type: 'buffer' });
    XLSX.utils.sheet_add_aoa(wb.Sheets['教師名單'] ?? {}, [['A123456789', '王小明', '193601', '教師', '數學', '啟用中', '在職']], {
      origin: 1,
    });
    const path = file('filled.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const session = await openImport('teachers', path);
    expect(session.layouts[0]?.unknownColumns).toEqual([]);
    const batches = [];
    for await (const b of session.batches()) batches.push(b);
    expect(batches[0]?.records[0]).toMatchObject({ nationalId: 'A123456789', employmentStatus: '在職' });
  });
});
