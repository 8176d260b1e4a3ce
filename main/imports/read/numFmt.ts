// Which number formats show a date. A number cell with such a format is read as a date, because that
// is what the officer saw in Excel.

// 14–22 and 45–47 everywhere (dates and times); 27–31, 36 and 50–58 are the East Asian built-ins
// that a Traditional Chinese Excel writes for its 民國 and 年月日 formats.
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** True when format id (with the workbook's custom formats) displays a calendar date. */
export function isDateFormat(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  if (code === undefined) return BUILT_IN_DATE_IDS.has(id);
  return isDateFormatCode(code);
}

export function isDateFormatCode(code: string): boolean {
  // Only the first section (positive numbers) decides; quoted text, escapes, fills, paddings and
  // bracketed parts ([Red], [$-404], [h] elapsed time) are no date tokens.
  const section = (code.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '');
  // 'e' is the era year (民國 e/m/d), unless it is a scientific exponent such as 0.00E+00. Time
  // formats (with m for minutes) count too, as Excel's built-in 18–21 do: a time of day alone
  // (a serial below 1) is left a number by the readers.
  return /[ymd]/i.test(section) || /e(?![+-])/i.test(section);
}
