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
const UNINFORMATIVE = new Set(["the", "and", "of", "de", "la", "le", "inc", "llc", "ltd", "co", "corp", "company", "store", "shop", "online"]);

/** The tokens of a seller key worth learning from: words of two letters or more, not numbers or filler. */
export function historyTokens(sellerKey: string): string[] {
  const out: string[] = [];
  for (const token of sellerKey.split(" ")) {
    if (token.length < 2 || UNINFORMATIVE.has(token) || /^\d+$/.test(token)) continue;
    if (!out.includes(token)) out.push(token);
  }
  return out;
}

/** Laplace smoothing: one imagined choice spread over the categories seen. */
const ALPHA = 1;
/** Earlier choices behind the winner that share a word with the new seller: one choice is an anecdote. */
const MIN_SUPPORT = 2;

/**
 * For each word of the new seller, P(category | word) from the user's choices holding that word (smoothed);
 * words combine as independent evidence (naive Bayes with a flat prior) and the result is normalized over the
 * categories seen. A word the user never used says nothing and is skipped, so one shared word among three is
 * weighed as what it is. Returns null when no word is known or fewer than MIN_SUPPORT choices back the winner
 * (two words shared with one choice count as two pieces of support: "joes pizza" → "joes pizza express").
 */
export function trainHistory<Id>(choices: ReadonlyArray<HistoryChoice<Id>>): HistoryModel<Id> {
  const byToken = new Map<string, Map<Id, number>>();
  const categories = new Set<Id>();
  for (const choice of choices) {
    categories.add(choice.categoryId);
    for (const token of historyTokens(cleanKey(choice.sellerKey))) {
      let counts = byToken.get(token);
      if (counts === undefined) {
        counts = new Map();
        byToken.set(token, counts);
      }
      counts.set(choice.categoryId, (counts.get(choice.categoryId) ?? 0) + 1);
    }
  }
  const k = categories.size;
  return {
    predict(sellerKey) {
      if (k === 0) return null;
      const scores = new Map<Id, number>();
      const support = new Map<Id, number>();
      let known = 0;
      for (const token of historyTokens(sellerKey)) {
        const counts = byToken.get(token);
        if (counts === undefined) continue;
        known++;
        let total = 0;
        for (const n of counts.values()) total += n;
        for (const category of categories) {
          const n = counts.get(category) ?? 0;
          scores.set(category, (scores.get(category) ?? 0) + Math.log((n + ALPHA) / (total + ALPHA * k)));
          if (n > 0) support.set(category, (support.get(category) ?? 0) + n);
        }
      }
      if (known === 0) return null;
      let best: Id | null = null;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (const [category, score] of scores) {
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
