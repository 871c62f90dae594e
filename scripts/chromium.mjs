// Finds a Chromium for the browser tests without downloading one: PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Debian's
// /usr/bin/chromium, then a browser Playwright installed earlier (npx playwright install). Null when none exists.

import fs from "node:fs";

export function findChromium() {
  const candidates = [
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ];
  for (const candidate of candidates) {
    if (candidate && fs.existsSync(candidate)) return { executablePath: candidate, source: candidate };
  }
  return null;
}

export async function playwrightOwnChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
