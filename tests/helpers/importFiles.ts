// Spreadsheets for the import tests of the app (the reading layer has its own in tests/imports).
import * as XLSX from '@e965/xlsx';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../db/connection.ts';
import type { ApiContext } from '../../main/api/context.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import type { Channel, Input, Output } from '../../preload/contract.ts';
import type { ProgressEvent } from '../../preload/contracts/common.ts';

/** An .xlsx written by SheetJS (as other systems write them) with one sheet of rows. */
export function writeSheet(dir: string, name: string, rows: unknown[][], sheet = 'Sheet1'): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  const path = join(dir, name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

export type Envelope<C extends Channel> = { ok: true; data: Output<C> } | { ok: false; error: { code: string; message: string } };

/** Calls the API as the window does, checking the output against the contract. */
export function apiOf(store: Store, events: ProgressEvent[] = [], onProgress?: (event: ProgressEvent) => void) {
  const ctx: ApiContext = {
    store,
    appVersion: 'test',
    progress: (e) => {
      events.push(e);
      onProgress?.(e);
    },
  };
  const raw = <C extends Channel>(channel: C, input: Input<C>) =>
    dispatch(channel, input, ctx, {
      checkOutput: true,
      onInternalError: (ch, error) => {
        throw new Error(`${ch}: ${error instanceof Error ? error.stack : String(error)}`);
      },
    }) as Promise<Envelope<C>>;
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await raw(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
  return { raw, call, events };
}

/** Every row of the tables an import may touch, to prove that a refused import changed nothing. */
export function dumpRegistry(store: Store): Record<string, unknown[]> {
  const tables = ['school_years', 'authorities', 'schools', 'teachers', 'business_accounts', 'authority_contacts', 'import_missing_teachers', 'teacher_departures'];
  return Object.fromEntries(tables.map((t) => [t, store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}
