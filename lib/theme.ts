// The colour theme a person chose. Kept in a cookie so the server renders <html data-theme> and the first paint
// is already right (no flash); "system" (or no cookie) follows the operating system's setting through CSS.

export const THEME_COOKIE = "theme";
export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

export const parseTheme = (value: string | undefined): Theme =>
  value === "light" || value === "dark" ? value : "system";

/** The attribute the root element carries: none for "system", so the CSS media query decides. */
export const themeAttribute = (theme: Theme): "light" | "dark" | undefined =>
  theme === "system" ? undefined : theme;
