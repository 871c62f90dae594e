// npm run db:migrate — apply committed migrations to DATABASE_URL, or to the embedded database when the app is
// not running (PGlite cannot be shared between processes; the lock makes this refuse instead of losing data).

import { getDatabaseHandle } from "@/db";

async function main() {
  const handle = await getDatabaseHandle(); // opening migrates
  console.log(`Migrations applied (${handle.driver}).`);
  await handle.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
