// A course-classification code ('3', '3-2', '3-2-5') as the one small integer an hour record stores:
// domain·10000 + sub-item·100 + detail item (3-2-5 → 30205, 3 → 30000). Five million records keep
// a 2–3 byte integer instead of a text column, and a record's domain is `category / 10000` in SQL,
// so the per-domain totals are one integer division away.

import { isWellFormedCode } from './classification.ts';

/** The six domains of the classification (taxonomy.md). */
export const DOMAINS = [1, 2, 3, 4, 5, 6] as const;
export type Domain = (typeof DOMAINS)[number];

const PART_LIMIT = 100;

/** The stored integer of a code, or null when the code is malformed, has a part ≥ 100 or lies outside domains 1–6. */
export function encodeCategory(code: string): number | null {
  if (!isWellFormedCode(code)) return null;
  const [d = 0, s = 0, i = 0] = code.split('-').map(Number);
  if (d < 1 || d > DOMAINS.length || s >= PART_LIMIT || i >= PART_LIMIT) return null;
  return d * 10_000 + s * 100 + i;
}

/** The code back from its integer: 30205 → '3-2-5', 30200 → '3-2', 30000 → '3'. */
export function decodeCategory(value: number): string {
  const d = Math.floor(value / 10_000);
  const s = Math.floor(value / 100) % 100;
  const i = value % 100;
  return i > 0 ? `${d}-${s}-${i}` : s > 0 ? `${d}-${s}` : String(d);
}

/** The domain (1–6) of a stored category. */
export function domainOfCategory(value: number): Domain {
  return Math.floor(value / 10_000) as Domain;
}
