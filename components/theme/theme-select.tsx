"use client";

import { useLayoutEffect, useState } from "react";
import { THEME_COOKIE, type Theme, themeAttribute, themes } from "@/lib/theme";

const labels: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Light, dark, or the system's choice. Applies at once on the page and is remembered in a cookie that the
 * server reads for the next page it renders.
 */
export function ThemeSelect({ initial, className }: { initial: Theme; className?: string }) {
  const [theme, setTheme] = useState<Theme>(initial);
  // After every commit, not only after a choice: a server render that was requested before the choice (a refresh
  // after sign-up adopts the time zone, a sync's progress) brings the root layout's theme read from the older
  // cookie, and would otherwise put the previous theme back on the page until the next render.
  useLayoutEffect(() => {
    const attribute = themeAttribute(theme);
    if (attribute) document.documentElement.dataset.theme = attribute;
    else delete document.documentElement.dataset.theme;
  });
  return (
    <label className={className}>
      <span className="sr-only">Colour theme</span>
      <select
        value={theme}
        onChange={(event) => {
          const next = event.target.value as Theme;
          setTheme(next);
          // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie; the Cookie Store API is not in every browser
          document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
        }}
        className="rounded-md border border-control bg-surface px-2 py-1.5 text-sm text-fg"
      >
        {themes.map((value) => (
          <option key={value} value={value}>
            {labels[value]} theme
          </option>
        ))}
      </select>
    </label>
  );
}
