"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useCommitSelect } from "@/components/ui/commit-select";
import { Field, SelectField } from "@/components/ui/field";
import { type CategoryOption, categoryOptionLabel } from "./types";

const TYPING_DELAY_MS = 350;
const anything = () => true;
const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isAmount = (value: string) => /^\$?\d{1,3}(,?\d{3})*(\.\d{1,2})?$|^\$?\d+(\.\d{1,2})?$/.test(value);

const FILTER_KEYS = ["account", "category", "month", "from", "to", "min", "max", "q", "sort"];
const MORE_KEYS = ["from", "to", "min", "max"];

/**
 * The filters live in the URL (?account=…&category=…&month=…&q=…&sort=…), so a filtered list can be shared,
 * reloaded, exported and rendered on the server. Any change starts again from the first page.
 */
export function TransactionFilters({
  accounts,
  categories,
}: {
  accounts: { id: string; name: string }[];
  categories: CategoryOption[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const navigate = (changes: Record<string, string>) => {
    const next = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete("cursor");
    const search = next.toString();
    startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  };
  const [query, setQuery] = useDebouncedParam("q", searchParams, navigate);
  // A month and a date range are two ways to pick dates: choosing one clears the other.
  const [month, setMonth] = useDebouncedParam("month", searchParams, navigate, isMonth, { from: "", to: "" });
  const [from, setFrom] = useDebouncedParam("from", searchParams, navigate, isDate, { month: "" });
  const [to, setTo] = useDebouncedParam("to", searchParams, navigate, isDate, { month: "" });
  const [min, setMin] = useDebouncedParam("min", searchParams, navigate, isAmount);
  const [max, setMax] = useDebouncedParam("max", searchParams, navigate, isAmount);
  const account = useCommitSelect(searchParams.get("account") ?? "", (value) => navigate({ account: value }));
  const category = useCommitSelect(searchParams.get("category") ?? "", (value) =>
    navigate({ category: value }),
  );
  const sort = useCommitSelect(searchParams.get("sort") ?? "", (value) => navigate({ sort: value }));

  const active = FILTER_KEYS.some((key) => key !== "sort" && searchParams.get(key));
  const moreOpen = MORE_KEYS.some((key) => searchParams.get(key));

  return (
    <search aria-label="Filter transactions">
      <form
        aria-busy={pending}
        className="mb-4 space-y-3 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-line"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="grid grid-cols-2 items-end gap-3 lg:grid-cols-[minmax(0,1.4fr)_repeat(4,minmax(0,1fr))]">
          <Field
            label="Search"
            className="col-span-2 lg:col-span-1"
            name="q"
            type="search"
            placeholder="Seller, bank text, memo or 12.50"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter applies the search at once instead of waiting for the pause.
              if (event.key === "Enter") navigate({ q: query.trim() });
            }}
          />
          <SelectField
            label="Account"
            name="account"
            {...account}
            options={[
              { value: "", label: "All accounts" },
              ...accounts.map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
          <SelectField
            label="Category"
            name="category"
            {...category}
            options={[
              { value: "", label: "All categories" },
              ...categories.map((option) => ({ value: option.id, label: categoryOptionLabel(option, true) })),
            ]}
          />
          <Field
            label="Month"
            name="month"
            type="month"
            placeholder="YYYY-MM"
            value={month}
            onChange={(event) => setMonth(event.target.value)}
          />
          <SelectField
            label="Sort by"
            name="sort"
            {...sort}
            options={[
              { value: "", label: "Newest first" },
              { value: "oldest", label: "Oldest first" },
              { value: "largest", label: "Largest amount" },
              { value: "smallest", label: "Smallest amount" },
            ]}
          />
        </div>
        <details open={moreOpen} className="text-sm">
          <summary className="cursor-pointer rounded font-medium text-accent">Dates and amounts</summary>
          <div className="mt-3 grid grid-cols-2 items-end gap-3 lg:grid-cols-4">
            <Field
              label="From"
              name="from"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
            <Field
              label="To"
              name="to"
              type="date"
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
            <Field
              label="Smallest amount"
              name="min"
              inputMode="decimal"
              placeholder="20.00"
              hint="Money in or out"
              value={min}
              onChange={(event) => setMin(event.target.value)}
            />
            <Field
              label="Largest amount"
              name="max"
              inputMode="decimal"
              placeholder="500.00"
              value={max}
              onChange={(event) => setMax(event.target.value)}
            />
          </div>
        </details>
        {active ? (
          <button
            type="button"
            className="rounded-lg px-3 py-2 text-sm font-medium text-fg-muted hover:bg-surface-strong hover:text-fg"
            onClick={() => {
              for (const reset of [setQuery, setMonth, setFrom, setTo, setMin, setMax]) reset("");
              navigate(
                Object.fromEntries(FILTER_KEYS.filter((key) => key !== "sort").map((key) => [key, ""])),
              );
            }}
          >
            Clear filters
          </button>
        ) : null}
      </form>
    </search>
  );
}

/**
 * A text-like filter typed into a box: kept locally while typing and written to the URL after a pause (and only
 * when valid), and picked up again when something else (a link, Back, "Clear filters") changes the URL.
 */
function useDebouncedParam(
  key: string,
  searchParams: URLSearchParams | ReturnType<typeof useSearchParams>,
  navigate: (changes: Record<string, string>) => void,
  isValid: (value: string) => boolean = anything,
  alsoClear: Record<string, string> = {},
) {
  const fromUrl = searchParams.get(key) ?? "";
  const [value, setValue] = useState(fromUrl);
  const seen = useRef(fromUrl);
  const latest = useRef({ navigate, alsoClear });
  latest.current = { navigate, alsoClear };

  useEffect(() => {
    if (fromUrl !== seen.current) {
      seen.current = fromUrl;
      setValue(fromUrl);
    }
  }, [fromUrl]);

  useEffect(() => {
    const wanted = value.trim();
    if (wanted === fromUrl || (wanted !== "" && !isValid(wanted))) return;
    const timer = setTimeout(() => {
      seen.current = wanted;
      latest.current.navigate({ ...(wanted ? latest.current.alsoClear : {}), [key]: wanted });
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, fromUrl, key, isValid]);

  return [value, setValue] as const;
}
