// What a value becomes in a cell, by the column's kind. Text goes through safeCellText, so nothing
// that came from data can ever be a formula; national IDs are masked here whatever the caller
// passed; dates are written as ROC text ('113/09/01'), the way every form in the bureau shows them.

import { maskNationalId, normalizeNationalId } from '../../engine/nationalId.ts';
import { formatRocDate, formatRocDateTime } from '../../engine/rocDate.ts';
import { safeCellText, xmlText } from '../safeText.ts';
import { STYLE } from './styles.ts';

/**
 * 'general' keeps each value as it comes — a number stays a number, text stays text — for the
 * files the app writes to be imported again (demo and plan files), where a column holds both.
 */
export type ColumnKind = 'text' | 'general' | 'integer' | 'decimal' | 'percent' | 'rocDate' | 'rocDateTime' | 'nationalId';

export type CellValue = string | number | Date | null | undefined;

const STYLE_OF: Record<ColumnKind, number> = {
  text: STYLE.text,
  general: STYLE.text,
  integer: STYLE.integer,
  decimal: STYLE.decimal,
  percent: STYLE.percent,
  rocDate: STYLE.date,
  rocDateTime: STYLE.date,
  nationalId: STYLE.date,
};

function rocText(value: string | Date, withTime: boolean): string {
  try {
    return withTime ? formatRocDateTime(value) : formatRocDate(value);
  } catch {
    return typeof value === 'string' ? value : '';
  }
}

/** A text cell; the formula guard is applied here and nowhere else. */
export function textCellXml(ref: string, text: string, style: number): string {
  const safe = xmlText(safeCellText(text));
  const space = /^\s|\s$/.test(safe) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${safe}</t></is></c>`;
}

/** The XML of one body cell; an empty value still gets its border. */
export function cellXml(ref: string, value: CellValue, kind: ColumnKind): string {
  const style = STYLE_OF[kind];
  if (value === null || value === undefined || value === '') return `<c r="${ref}" s="${style}"/>`;
  switch (kind) {
    case 'integer':
    case 'decimal':
    case 'percent':
    case 'general':
      if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : `<c r="${ref}" s="${style}"/>`;
      break;
    case 'rocDate':
    case 'rocDateTime':
      return textCellXml(ref, rocText(value instanceof Date || typeof value === 'string' ? value : String(value), kind === 'rocDateTime'), style);
    case 'nationalId':
      return textCellXml(ref, maskNationalId(normalizeNationalId(String(value))), style);
    case 'text':
      break;
  }
  return textCellXml(ref, value instanceof Date ? rocText(value, false) : String(value), style);
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
