// The user's own history as a source: for a seller no list knows, what this user chose before for sellers with
// the same words. A token-level naive Bayes over the user's own choices (one per seller they filed by hand),
// trained per batch from the few choices that share a word with the batch's unknown sellers. Private: only the
// user's own choices are read. No `import "server-only"`: pure, shared with the tsx scripts.

import { cleanDescription } from "@/server/categorize/clean";

export type HistoryChoice<Id> = { sellerKey: string; categoryId: Id };

export type HistoryPrediction<Id> = { categoryId: Id; confidence: number };

export type HistoryModel<Id> = {
  predict(sellerKey: string): HistoryPrediction<Id> | null;
};

/** Tokens too common in seller names to say anything about what a seller is. */
const UNINFORMATIVE = new Set([
  "the",
  "and",
  "of",
  "de",
  "la",
  "le",
  "inc",
  "llc",
  "ltd",
  "co",
  "corp",
  "company",
  "store",
  "shop",
  "online",
]);

/** The tokens of a seller key worth learning from: words of two letters or more, not numbers or filler. */
export function historyTokens(sellerKey: string): string[] {
  const out: string[] = [];
  for (const token of sellerKey.split(" ")) {
    if (token.length < 2 || UNINFORMATIVE.has(token) || /^\d+$/.test(token)) continue;
    if (!out.includes(token)) out.push(token);
  }
  return out;
}

/** Additive smoothing, spread over the categories the seller's words point to (not all of the user's). */
const ALPHA = 0.5;
/** Earlier choices behind the winner that share a word with the new seller: one choice is an anecdote. */
const MIN_SUPPORT = 2;

/**
 * For each word of the new seller, P(category | word) from the user's choices holding that word, smoothed over
 * the categories any of the seller's known words point to; words combine as independent evidence (naive Bayes,
 * flat prior) and the result is normalized over those categories. A word the user never used says nothing and is
 * skipped. Returns null when no word is known or fewer than MIN_SUPPORT choices back the winner (two words shared
 * with one choice count as two pieces of support: "joes pizza" → "joes pizza express").
 */
export function trainHistory<Id>(choices: ReadonlyArray<HistoryChoice<Id>>): HistoryModel<Id> {
  const byToken = new Map<string, Map<Id, number>>();
  for (const choice of choices) {
    for (const token of historyTokens(cleanKey(choice.sellerKey))) {
      let counts = byToken.get(token);
      if (counts === undefined) {
        counts = new Map();
        byToken.set(token, counts);
      }
      counts.set(choice.categoryId, (counts.get(choice.categoryId) ?? 0) + 1);
    }
  }
  return {
    predict(sellerKey) {
      const evidence: Map<Id, number>[] = [];
      const candidates = new Set<Id>();
      for (const token of historyTokens(sellerKey)) {
        const counts = byToken.get(token);
        if (counts === undefined) continue;
        evidence.push(counts);
        for (const category of counts.keys()) candidates.add(category);
      }
      if (evidence.length === 0) return null;
      const k = candidates.size;
      let best: Id | null = null;
      let bestScore = Number.NEGATIVE_INFINITY;
      const scores = new Map<Id, number>();
      const support = new Map<Id, number>();
      for (const category of candidates) {
        let score = 0;
        for (const counts of evidence) {
          let total = 0;
          for (const n of counts.values()) total += n;
          const n = counts.get(category) ?? 0;
          score += Math.log((n + ALPHA) / (total + ALPHA * k));
          support.set(category, (support.get(category) ?? 0) + n);
        }
        scores.set(category, score);
        if (score > bestScore) {
          bestScore = score;
          best = category;
        }
      }
      if (best === null || (support.get(best) ?? 0) < MIN_SUPPORT) return null;
      let sum = 0;
      for (const score of scores.values()) sum += Math.exp(score - bestScore);
      return { categoryId: best, confidence: 1 / sum };
    },
  };
}

/** Stored keys are already clean; cleaning again keeps older keys (or hand-made test data) comparable. */
function cleanKey(key: string): string {
  return cleanDescription(key).tokens.join(" ");
}
