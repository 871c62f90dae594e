import "server-only";
import { z } from "zod";
import {
  type TransactionFilterInput,
  type TransactionSort,
  transactionFilterQuery,
  transactionSorts,
} from "@/server/transactions/inputs";

// The Transactions page's URL (?account=&category=&month=&from=&to=&min=&max=&q=&sort=&cursor=), short names for
// the API's filters. A malformed value in a shared or hand-edited URL is ignored rather than failing the page.

export type PageFilters = TransactionFilterInput & { sort: TransactionSort; cursor?: string };

type Params = Record<string, string | string[] | undefined>;

const shape = transactionFilterQuery.shape;
const lenient = {
  accountId: shape.account_id.catch(undefined),
  categoryId: shape.category_id.catch(undefined),
  month: shape.month.catch(undefined),
  from: shape.from.catch(undefined),
  to: shape.to.catch(undefined),
  minAmount: shape.min_amount.catch(undefined),
  maxAmount: shape.max_amount.catch(undefined),
  q: shape.q.catch(undefined),
  sort: z.enum(transactionSorts).catch("newest"),
  cursor: z.string().max(200).optional().catch(undefined),
};

export function parsePageFilters(params: Params): PageFilters {
  const one = (key: string) => (typeof params[key] === "string" && params[key] ? params[key] : undefined);
  return {
    accountId: lenient.accountId.parse(one("account")),
    categoryId: lenient.categoryId.parse(one("category")),
    month: lenient.month.parse(one("month")),
    from: lenient.from.parse(one("from")),
    to: lenient.to.parse(one("to")),
    minAmount: lenient.minAmount.parse(one("min")),
    maxAmount: lenient.maxAmount.parse(one("max")),
    q: lenient.q.parse(one("q")) || undefined,
    sort: lenient.sort.parse(one("sort") ?? "newest"),
    cursor: lenient.cursor.parse(one("cursor")),
  };
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
