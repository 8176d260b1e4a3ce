// Calendar dates as whole days since 1970-01-01: what hour records and courses store (2–3 bytes a
// row instead of a 10-character text) and what sorts and compares as a number. The conversion is
// pure arithmetic on the calendar date, so no time zone can move a day.

const DAY_MS = 86_400_000;

/** '2024-08-05' → 19940. */
export function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** 19940 → '2024-08-05'. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
