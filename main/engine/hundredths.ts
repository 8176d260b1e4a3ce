// Hours carry at most two decimals (formats.md "Values"), so every sum of hours is done in integer
// hundredths: 0.1 + 0.2 stays 0.3 and a total of 200,000 teachers adds up to the same figure in
// whatever order it is added. Any digit past the second is float noise from an earlier sum and is
// rounded away here, once, on the way in.

/** Hours as whole hundredths: 2.5 → 250, 0.1 + 0.2 → 30. */
export function toHundredths(hours: number): number {
  return Math.round(hours * 100);
}

/** Whole hundredths back to hours, the double nearest the two-decimal value: 30 → 0.3. */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** Hours to the hundredth they stand for: 10.100000000000001 → 10.1. */
export function normalizeHours(hours: number): number {
  return fromHundredths(toHundredths(hours));
}

/**
 * The mean of hours as the double nearest the exact quotient (one division of exact integers), so two
 * means that are equal as fractions are equal as numbers and compare with ≥ as they should;
 * null for no values.
 */
export function meanHours(hours: Iterable<number>): { sumHundredths: number; count: number; mean: number | null } {
  let sumHundredths = 0;
  let count = 0;
  for (const h of hours) {
    sumHundredths += toHundredths(h);
    count++;
  }
  return { sumHundredths, count, mean: count === 0 ? null : sumHundredths / (100 * count) };
}
