"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Field, SelectField } from "@/components/ui/field";
import type { CategoryOption } from "./types";

const SEARCH_DELAY_MS = 350;
const anything = () => true;
const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/**
 * The filters live in the URL (?account=…&month=…&category=…&q=…), so a filtered list can be shared, reloaded
 * and rendered on the server. Any change starts again from the newest page.
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
  const [month, setMonth] = useDebouncedParam("month", searchParams, navigate, isMonth);

  const active = ["account", "month", "category", "q"].some((key) => searchParams.get(key));

  return (
    <search aria-label="Filter transactions">
      <form
        aria-busy={pending}
        className="mb-4 grid grid-cols-2 items-end gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          label="Account"
          name="account"
          value={searchParams.get("account") ?? ""}
          onChange={(event) => navigate({ account: event.target.value })}
          options={[
            { value: "", label: "All accounts" },
            ...accounts.map((a) => ({ value: a.id, label: a.name })),
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
          label="Category"
          name="category"
          value={searchParams.get("category") ?? ""}
          onChange={(event) => navigate({ category: event.target.value })}
          options={[
            { value: "", label: "All categories" },
            ...categories.map((category) => ({
              value: category.id,
              label:
                category.name === category.group ? category.name : `${category.group} › ${category.name}`,
            })),
          ]}
        />
        <Field
          label="Search by seller"
          className="col-span-2 lg:col-span-1"
          name="q"
          type="search"
          placeholder="Blue Bottle"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter applies the search at once instead of waiting for the pause.
            if (event.key === "Enter") navigate({ q: query.trim() });
          }}
        />
        {active ? (
          <button
            type="button"
            className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
            onClick={() => {
              setQuery("");
              setMonth("");
              navigate({ account: "", month: "", category: "", q: "" });
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
) {
  const fromUrl = searchParams.get(key) ?? "";
  const [value, setValue] = useState(fromUrl);
  const seen = useRef(fromUrl);
  const latestNavigate = useRef(navigate);
  latestNavigate.current = navigate;

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
      latestNavigate.current({ [key]: wanted });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, fromUrl, key, isValid]);

  return [value, setValue] as const;
}
