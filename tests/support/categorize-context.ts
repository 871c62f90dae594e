import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import type { SellerDictionary } from "@/server/categorize/dictionary";
import { type CategorizeContext, categorizeTransaction, slugAsId } from "@/server/categorize/engine";

/**
 * The engine's context as a unit test wants it: the full default dictionary, no rules, no crowd, and category ids
 * that are the taxonomy's slugs, so expectations read "food-dining.groceries".
 */
export function slugContext(overrides: Partial<CategorizeContext<string>> = {}): CategorizeContext<string> {
  return {
    dictionary: defaultSellerDictionary(),
    userRules: new Map(),
    crowdTop: () => null,
    slugToCategoryId: slugAsId,
    ...overrides,
  };
}

/**
 * Categorizes a description with its amount (cents, money out negative) on an account in `currency`, whose countries
 * the sellers are read for, as an import does.
 */
export function categorizeOnAccount(currency: string, description: string, amount: number) {
  return categorizeTransaction(
    { description, amount },
    slugContext({ countries: countriesForCurrency(currency) }),
  );
}

/**
 * A test's own dictionary read on an account in a currency: `on("NOK", "ZORVEX")` is the category of a purchase of
 * 25.00 there, or null.
 */
export function categoryOnAccountWith(dictionary: SellerDictionary) {
  return (currency: string, description: string) =>
    categorizeTransaction(
      { description, amount: -2500 },
      slugContext({ dictionary, countries: countriesForCurrency(currency) }),
    ).categoryId;
}
