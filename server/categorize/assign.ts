import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryPreparedRows } from "@/db/client";
import { defaultCategoryId } from "@/db/seed/categories";
import { pgArray } from "@/db/sql-arrays";
import { countriesForCurrency } from "./currency-countries";
import { defaultSellerDictionary } from "./default-dictionary";
import type { SellerDictionary } from "./dictionary";
import { type Categorization, type CategorizeInput, categorizeBatch, rowKey } from "./engine";
import { type HistoryChoice, historyTokens, trainHistory } from "./history";
import { defaultLexicons, type Lexicons } from "./lexicons";
import { resolveSeller, SELLER_KEY_VERSION, type SellerMatch } from "./normalize";

/**
 * Categorizes a batch of new transactions for one user: rules, dictionary and bank words, crowd, business words,
 * the bank's category, then the user's own history. Each distinct row is read once, and one query fetches the
 * user's rules for the batch's sellers, the crowd's answers and the user's past choices that share a word with the
 * sellers no list knows: never a query per row. Only new rows pass through here; stored rows never change.
 */
export async function categorizeForUser(
  db: Database,
  userId: string,
  rows: ReadonlyArray<CategorizeInput>,
  options: { currency?: string } = {},
): Promise<Categorization<string>[]> {
  const plan = planCategorization(userId, rows, options);
  const answers = plan.query ? await queryPreparedRows<CategorizationAnswer>(db, plan.query) : [];
  return plan.finish(answers);
}

/** One row of a categorization plan's query. */
export type CategorizationAnswer = {
  source: "rule" | "crowd" | "history" | "older-rule";
  seller_key: string;
  category_id: string;
  /** An older-rule's sample text and its currency (null on every other source). */
  sample_description?: string | null;
  sample_currency?: string | null;
};

/**
 * categorizeForUser in two halves, for a caller that sends the query with other statements in one round
 * trip (the statement import): the query (null when there is nothing to ask) and what turns its rows into
 * the rows' categories.
 */
export function planCategorization(
  userId: string,
  rows: ReadonlyArray<CategorizeInput>,
  options: { currency?: string } = {},
): { query: SQL | null; finish: (answers: readonly CategorizationAnswer[]) => Categorization<string>[] } {
  const dictionary = defaultSellerDictionary();
  const lexicons = defaultLexicons();
  const countries = countriesForCurrency(options.currency);
  const resolve = resolverFor(countries);
  const resolved = new Map<string, SellerMatch>();
  for (const row of rows) {
    const key = rowKey(row);
    if (!resolved.has(key)) resolved.set(key, resolve(row.description, row.checkNumber));
  }
  const sellerKeys = new Set<string>();
  const unknownKeys = new Set<string>();
  const words = new Set<string>();
  for (const match of resolved.values()) {
    if (!match.key) continue;
    sellerKeys.add(match.key);
    if (match.known?.slug == null) {
      unknownKeys.add(match.key);
      for (const token of historyTokens(match.key)) words.add(token);
    }
  }
  const query =
    sellerKeys.size === 0
      ? null
      : sql`select 'rule' as source, r.seller_key, r.category_id,
                null::text as sample_description, null::text as sample_currency
              from seller_rules r
              where r.user_id = ${userId}::uuid and r.seller_key = any(${pgArray([...sellerKeys])}::text[])
                and not ${hiddenCategory(sql`r`)}
            union all
            select 'crowd', seller_key, category_id, null, null from crowd_top
              where seller_key = any(${pgArray([...unknownKeys])}::text[]) and category_id is not null
            union all
            select 'history', h.seller_key, h.category_id, null, null from category_choices h
              where h.user_id = ${userId}::uuid
                and string_to_array(h.seller_key, ' ') && ${pgArray([...words])}::text[]
                and not ${hiddenCategory(sql`h`)}
            union all
            -- Rules an older normalizer keyed, until the re-key job (rekey.ts) has moved them: read by their sample
            -- text below, so a release never leaves a rule unapplied meanwhile. Nearly always none.
            select 'older-rule', r.seller_key, r.category_id, r.sample_description, r.sample_currency
              from seller_rules r
              where r.user_id = ${userId}::uuid and r.key_version < ${SELLER_KEY_VERSION}::int
                and r.sample_description is not null and not ${hiddenCategory(sql`r`)}`;
  const finish = (answers: readonly CategorizationAnswer[]) => {
    const rules = new Map<string, string>();
    const crowd = new Map<string, string>();
    const choices: HistoryChoice<string>[] = [];
    const olderRules: CategorizationAnswer[] = [];
    for (const answer of answers) {
      if (answer.source === "rule") rules.set(answer.seller_key, answer.category_id);
      else if (answer.source === "crowd") crowd.set(answer.seller_key, answer.category_id);
      else if (answer.source === "older-rule") olderRules.push(answer);
      else choices.push({ sellerKey: answer.seller_key, categoryId: answer.category_id });
    }
    // An older rule applies under the key its text reads into now, unless a rule stands under that key already.
    for (const rule of olderRules) {
      const key = currentSellerKey(rule.sample_description ?? "", rule.sample_currency);
      if (key !== "" && sellerKeys.has(key) && !rules.has(key)) rules.set(key, rule.category_id);
    }
    return categorizeBatch(rows, {
      dictionary,
      lexicons,
      countries,
      userRules: rules,
      crowdTop: (key) => crowd.get(key) ?? null,
      slugToCategoryId: defaultCategoryId,
      history: choices.length > 0 ? trainHistory(choices) : null,
      resolve: (row) => resolved.get(rowKey(row)) ?? resolve(row.description, row.checkNumber),
    });
  };
  return { query, finish };
}

/**
 * The key the current normalizer gives a description on an account in this currency, as an import would file it:
 * what a rule, choice or vote made on that text is keyed by ("" when the text names no seller).
 */
export function currentSellerKey(description: string, currency: string | null | undefined): string {
  return resolverFor(countriesForCurrency(currency ?? undefined))(description, null).key;
}

/**
 * The key a user's choice on a stored transaction is kept under: its text's current key, or the stored one when the
 * text now names no seller. A row with no key (a transfer, a fee) makes no rule, choice or vote: "".
 */
export function choiceSellerKey(
  storedKey: string,
  sample: { description: string; currency: string },
): string {
  if (!storedKey) return "";
  return currentSellerKey(sample.description, sample.currency) || storedKey;
}

/**
 * Whether the row's category (`alias`.user_id, `alias`.category_id) is one of the user's own that they hid. A
 * hidden category is retired: the rows filed under it keep it, but neither the user's rule nor their history
 * files a new row there; the row goes to the next source instead (the crowd never holds own categories). One
 * primary-key probe per rule or past choice the batch reads.
 */
const hiddenCategory = (alias: SQL) => sql`exists (
    select 1 from categories c
    where c.user_id = ${alias}.user_id and c.id = ${alias}.category_id and c.hidden
  )`;

// Bank text repeats across users far more than within one statement ("NETFLIX.COM", "SPOTIFY USA", a chain's
// store numbers): what a description resolves to depends only on the text, the check number, the countries and
// the dictionary and word lists in use, so the process keeps the answers, per dictionary (a new one starts
// afresh). Bounded: emptied when full, which costs one re-resolve per description and no bookkeeping per lookup.
const RESOLVED_CACHE_SIZE = 50_000;
const resolvedByDictionary = new WeakMap<
  SellerDictionary,
  Map<Lexicons, Map<readonly string[], Map<string, SellerMatch>>>
>();

function resolverFor(countries: readonly string[]) {
  const dictionary = defaultSellerDictionary();
  const lexicons = defaultLexicons();
  let byLexicons = resolvedByDictionary.get(dictionary);
  if (byLexicons === undefined) {
    byLexicons = new Map();
    resolvedByDictionary.set(dictionary, byLexicons);
  }
  let byCountries = byLexicons.get(lexicons);
  if (byCountries === undefined) {
    byCountries = new Map();
    byLexicons.set(lexicons, byCountries);
  }
  let cache = byCountries.get(countries);
  if (cache === undefined) {
    cache = new Map();
    byCountries.set(countries, cache);
  }
  const known = cache;
  return (description: string, checkNumber: string | null | undefined): SellerMatch => {
    const key = checkNumber ? `${description}\u0000${checkNumber}` : description;
    let match = known.get(key);
    if (match === undefined) {
      match = resolveSeller(description, dictionary, { countries, checkNumber, lexicons });
      if (known.size >= RESOLVED_CACHE_SIZE) known.clear();
      known.set(key, match);
    }
    return match;
  };
}
