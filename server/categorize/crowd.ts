// The crowd rule: when enough users filed one seller under the same category, others get that category
// for it. No `import "server-only"`: the pure categorization modules are shared with the tsx scripts.

/** At least this many distinct users must agree, so one user (or one user and a friend) cannot steer it. */
export const CROWD_MIN_VOTERS = 3;

export type CrowdVote<Id> = {
  categoryId: Id;
  /** Distinct users whose rule for the seller names this category; count each user once per seller. */
  voters: number;
};

/**
 * The category the crowd agrees on, or null. The winner needs at least CROWD_MIN_VOTERS users and a clear
 * lead over the runner-up: at least twice its voters and at least two more. A split vote (4 vs 3, or 3 vs
 * 2) says the seller is ambiguous (a store that sells both groceries and clothes, a name shared by two
 * businesses), and a wrong automatic category is worse than none, so it is not used. The "+2" keeps small
 * counts honest: 2 vs 1 doubles but is one person's difference.
 */
export function crowdWinner<Id>(votes: ReadonlyArray<CrowdVote<Id>>): Id | null {
  // Merge repeated ids, so callers may pass rows straight from a GROUP BY that split them.
  const totals = new Map<Id, number>();
  for (const vote of votes) {
    if (vote.voters > 0) totals.set(vote.categoryId, (totals.get(vote.categoryId) ?? 0) + vote.voters);
  }
  let winner: Id | null = null;
  let first = 0;
  let second = 0;
  for (const [categoryId, voters] of totals) {
    if (voters > first) {
      second = first;
      first = voters;
      winner = categoryId;
    } else if (voters > second) {
      second = voters;
    }
  }
  if (winner === null || first < CROWD_MIN_VOTERS) return null;
  if (first < 2 * second || first < second + 2) return null;
  return winner;
}
