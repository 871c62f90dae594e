import "server-only";
import { z } from "zod";
import {
  type TransactionFilterInput,
  type TransactionSort,
  transactionFilterQuery,
  transactionSorts,
} from "@/server/transactions/inputs";

// The Transactions page's URL (?account=&category=&month=&from=&to=&min=&max=&q=&sort=&cursor=), short names for
// the API's filters. A malformed value in a shared or hand-edited URL does not fail the page (the API answers 400):
// it is left out, and the page says which one and why, so an unfiltered list is never taken for a filtered one.

export type PageFilters = TransactionFilterInput & { sort: TransactionSort; cursor?: string };

/** A filter in the URL the page could not use, as the person would name it. */
export type IgnoredFilter = { key: string; label: string; value: string; reason: string };

type Params = Record<string, string | string[] | undefined>;

const shape = transactionFilterQuery.shape;
const fields = {
  account: { schema: shape.account_id, label: "Account" },
  category: { schema: shape.category_id, label: "Category" },
  month: { schema: shape.month, label: "Month" },
  from: { schema: shape.from, label: "From" },
  to: { schema: shape.to, label: "To" },
  min: { schema: shape.min_amount, label: "Min amount" },
  max: { schema: shape.max_amount, label: "Max amount" },
  q: { schema: shape.q, label: "Search" },
  sort: { schema: z.enum(transactionSorts, "must be newest, oldest, largest or smallest"), label: "Sort" },
} as const;
type FieldKey = keyof typeof fields;
type FieldValue<K extends FieldKey> = z.output<(typeof fields)[K]["schema"]>;

export function parsePageFilters(params: Params): { filters: PageFilters; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const raw = (key: string) => (typeof params[key] === "string" && params[key] ? params[key] : undefined);
  const read = <K extends FieldKey>(key: K): FieldValue<K> | undefined => {
    const value = raw(key);
    if (value === undefined) return undefined;
    const parsed = fields[key].schema.safeParse(value);
    if (parsed.success) return parsed.data as FieldValue<K>;
    const reason = parsed.error.issues[0]?.message ?? "is not valid";
    ignored.push({ key, label: fields[key].label, value, reason });
    return undefined;
  };
  const filters: PageFilters = {
    accountId: read("account"),
    categoryId: read("category"),
    month: read("month"),
    from: read("from"),
    to: read("to"),
    minAmount: read("min"),
    maxAmount: read("max"),
    q: read("q") || undefined,
    sort: read("sort") ?? "newest",
    cursor: z.string().max(200).optional().catch(undefined).parse(raw("cursor")),
  };
  // The API's two cross-field rules: a range that ends before it starts matches nothing, which would read as
  // "no transactions", so its end is left out and named instead.
  if (filters.from && filters.to && filters.from > filters.to) {
    ignored.push({ key: "to", label: "To", value: filters.to, reason: "must be on or after the start date" });
    filters.to = undefined;
  }
  if (
    filters.minAmount !== undefined &&
    filters.maxAmount !== undefined &&
    filters.minAmount > filters.maxAmount
  ) {
    ignored.push({
      key: "max",
      label: "Max amount",
      value: String(raw("max")),
      reason: "must be at least the smallest amount",
    });
    filters.maxAmount = undefined;
  }
  return { filters, ignored };
}

/** Leaves out an account or category the user does not have (removed since the link was shared, or not theirs). */
export function withoutMissingTargets(
  parsed: { filters: PageFilters; ignored: IgnoredFilter[] },
  missing: { account: boolean; category: boolean },
  params: Params,
): { filters: PageFilters; ignored: IgnoredFilter[] } {
  const filters = { ...parsed.filters };
  const ignored = [...parsed.ignored];
  if (missing.account) {
    ignored.push({
      key: "account",
      label: "Account",
      value: String(params.account),
      reason: "is not one of your accounts",
    });
    filters.accountId = undefined;
  }
  if (missing.category) {
    ignored.push({
      key: "category",
      label: "Category",
      value: String(params.category),
      reason: "is not one of your categories",
    });
    filters.categoryId = undefined;
  }
  return { filters, ignored };
}

/** The URL's own parameters, as they were (so links keep exactly what the person typed). */
export function pageSearch(params: Params, changes: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const key of ["account", "category", "month", "from", "to", "min", "max", "q", "sort", "cursor"]) {
    const value = key in changes ? changes[key] : params[key];
    if (typeof value === "string" && value) search.set(key, value);
  }
  return search.toString();
}

/** The same filters as the API's query string, for the CSV export link. */
export function apiFilterSearch(filters: PageFilters, params: Params): string {
  const search = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value && search.set(key, value);
  set("account_id", filters.accountId);
  set("category_id", filters.categoryId);
  set("month", filters.month);
  set("from", filters.from);
  set("to", filters.to);
  if (filters.minAmount !== undefined) set("min_amount", String(params.min));
  if (filters.maxAmount !== undefined) set("max_amount", String(params.max));
  set("q", filters.q);
  return search.toString();
}

export const isFiltered = (filters: PageFilters) =>
  Boolean(
    filters.accountId ||
      filters.categoryId ||
      filters.month ||
      filters.from ||
      filters.to ||
      filters.minAmount !== undefined ||
      filters.maxAmount !== undefined ||
      filters.q,
  );
