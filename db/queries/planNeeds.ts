// The needs vocabulary as stored (plan_need_options, migration 0004): plan rows hold option ids,
// files and screens hold labels. Loaded once per use (about thirty rows).
import type { Sqlite } from '../connection.ts';
import { NEED_COLUMNS, type NeedColumn } from './plans.ts';

export type NeedKind = 'mode' | 'time' | 'place' | 'level' | 'method';

/** The need a column ranks: mode_2 → mode; the free texts have none. */
export function needOf(column: NeedColumn): NeedKind | null {
  if (column === 'time_other' || column === 'place_other') return null;
  return column.replace(/_\d$/, '') as NeedKind;
}

export interface NeedOptions {
  /** The id of a label, null for a blank; undefined for a label the table does not know. */
  idOf(need: NeedKind, label: string | null): number | null | undefined;
  labelOf(id: number | null): string | null;
  /** A plan row's need columns as labels (free texts as they are). */
  labels(row: Record<string, unknown>): Record<NeedColumn, string | null>;
  /** Labels of need columns (by column name) as stored values. */
  ids(values: Record<string, unknown>): Record<string, unknown>;
}

export function needOptions(sqlite: Sqlite): NeedOptions {
  const rows = sqlite.prepare('SELECT id, need, label FROM plan_need_options').all() as { id: number; need: NeedKind; label: string }[];
  const byLabel = new Map(rows.map((r) => [`${r.need}:${r.label}`, r.id]));
  const byId = new Map(rows.map((r) => [r.id, r.label]));
  const idOf = (need: NeedKind, label: string | null) => (label === null ? null : byLabel.get(`${need}:${label}`));
  const labelOf = (id: number | null) => (id === null ? null : (byId.get(id) ?? null));
  return {
    idOf,
    labelOf,
    labels(row) {
      const out = {} as Record<NeedColumn, string | null>;
      for (const c of NEED_COLUMNS) {
        const v = row[c];
        out[c] = needOf(c) === null ? (typeof v === 'string' ? v : null) : labelOf(typeof v === 'number' ? v : null);
      }
      return out;
    },
    ids(values) {
      const out: Record<string, unknown> = { ...values };
      for (const c of NEED_COLUMNS) {
        const need = needOf(c);
        if (need === null || !(c in values)) continue;
        const id = idOf(need, (values[c] as string | null) ?? null);
        // The importer's reader admits vocabulary labels only, so an unknown label is a bug, not data.
        if (id === undefined) throw new Error(`unknown ${need} option`);
        out[c] = id;
      }
      return out;
    },
  };
}
