// The crowd rule: when enough users filed one seller under the same category, others get that category for it.
// No `import "server-only"`: the pure categorization modules are shared with the tsx scripts.
//
// Only verified voters count (users whose own transactions with the seller came from a bank sync, see votes.ts),
// and "enough" is a statistical bound rather than a fixed head count: the crowd's answer is used when the lower
// end of the 95% Wilson score interval for the leading category's share of voters is at least 60%. So the
// number of voters needed grows with how much they disagree:
//   6 of 6 agree → used (bound 0.61); 5 of 5 → not yet (0.57)
//   9 of 10 → not yet (0.596); 10 of 11 → used (0.62); 20 of 25 → used (0.61); 30 of 40 → not (0.598)
// A handful of fresh accounts cannot reach it, and a split crowd never does.

/** z for a two-sided 95% interval. */
const Z = 1.96;
/** The leading category must hold at least this share of voters, at 95% confidence. */
export const CROWD_MIN_LOWER_BOUND = 0.6;

export type CrowdVote<Id> = {
  categoryId: Id;
  /** Distinct verified users whose latest choice for the seller is this category. */
  voters: number;
};

/** Lower bound of the Wilson score interval for `agree` successes out of `total`. */
export function wilsonLowerBound(agree: number, total: number, z = Z): number {
  if (total <= 0) return 0;
  const p = agree / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return (centre - margin) / (1 + z2 / total);
}

/** The category the crowd agrees on with enough certainty, or null (too few voters, or a split vote). */
export function crowdWinner<Id>(votes: ReadonlyArray<CrowdVote<Id>>): Id | null {
  // Merge repeated ids, so callers may pass rows straight from a GROUP BY that split them.
  const totals = new Map<Id, number>();
  let total = 0;
  for (const vote of votes) {
    if (vote.voters <= 0) continue;
    totals.set(vote.categoryId, (totals.get(vote.categoryId) ?? 0) + vote.voters);
    total += vote.voters;
  }
  let winner: Id | null = null;
  let first = 0;
  for (const [categoryId, voters] of totals) {
    if (voters > first) {
      first = voters;
      winner = categoryId;
    }
  }
  if (winner === null || wilsonLowerBound(first, total) < CROWD_MIN_LOWER_BOUND) return null;
  return winner;
}
