#!/usr/bin/env bash
# npm test — the whole suite: unit and integration tests (Vitest), then the browser tests (Playwright) when a
# Chromium exists. Integration tests use embedded PGlite, or the Postgres server named by DATABASE_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx vitest run
node scripts/e2e.mjs
