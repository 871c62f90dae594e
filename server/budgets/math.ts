import "server-only";
import type { Cents } from "@/lib/money";

// The statistics behind a recommended budget. Amounts are integer cents; results are rounded to whole cents.

/** The middle value (the mean of the two middle ones for an even count, rounded to the cent); null when empty. */
export function median(values: readonly Cents[]): Cents | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

// 1.4826 × MAD estimates the standard deviation of normally distributed data; 3 of those is Hampel's usual cut.
const MAD_TO_SIGMA = 1.4826;
const HAMPEL_SIGMAS = 3;
// With identical months the MAD is 0 and any change would look infinitely unusual: a month must differ from
// the median by more than 5% of it (and more than a dollar) before it can be left out.
const MIN_SPREAD_SHARE = 0.05;
const MIN_SPREAD_CENTS = 100;

/**
 * Hampel-style outlier filter: a value is unusual when it lies further from the median than three (scaled)
 * median absolute deviations. Returns the indexes of the values that are left out.
 */
export function hampelOutliers(values: readonly Cents[]): number[] {
  const center = median(values);
  if (center === null || values.length < 3) return [];
  const mad = median(values.map((value) => Math.abs(value - center)))!;
  const spread = Math.max(mad * MAD_TO_SIGMA, Math.abs(center) * MIN_SPREAD_SHARE, MIN_SPREAD_CENTS);
  const limit = HAMPEL_SIGMAS * spread;
  return values.flatMap((value, index) => (Math.abs(value - center) > limit ? [index] : []));
}

/** A typical month: the median of the months that are not unusual, and which months were left out. */
export function typicalMonth(values: readonly Cents[]): { typical: Cents; leftOut: number[] } | null {
  if (values.length === 0) return null;
  const leftOut = hampelOutliers(values);
  const kept = values.filter((_, index) => !leftOut.includes(index));
  return { typical: median(kept)!, leftOut };
}

/**
 * A step that looks like a number a person would budget: $5 under $100, $10 under $500, $25 under $2,000,
 * $50 under $10,000, then $100.
 */
export function budgetStep(cents: Cents): Cents {
  if (cents < 10_000) return 500;
  if (cents < 50_000) return 1_000;
  if (cents < 200_000) return 2_500;
  if (cents < 1_000_000) return 5_000;
  return 10_000;
}

/** Rounded up to the step, so a typical month fits in its budget: $412.30 → $420. */
export const roundUpToStep = (cents: Cents): Cents =>
  cents <= 0 ? 0 : Math.ceil(cents / budgetStep(cents)) * budgetStep(cents);

/** Rounded down to the step, so shares of an income never add up to more than the income. */
export const roundDownToStep = (cents: Cents): Cents =>
  cents <= 0 ? 0 : Math.floor(cents / budgetStep(cents)) * budgetStep(cents);
