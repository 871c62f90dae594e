// Throughput and memory of categorization with the full built-in list (Tally's sellers and name-suggestion-index's
// brands, operators and networks, about 31,000 sellers and 50,000 spellings) topped up with generated sellers to
// --sellers, plus the bank words, business words and bank-category tables, on one core.
// Usage: node --expose-gc --import tsx scripts/bench-categorize.ts [--n=1000000] [--sellers=50000] [--pool=200000]
// Without --expose-gc the heap figure is approximate (no forced collection around the build).
// Two rates are printed: the categorizer as tsx runs it (module by module, the figure the target is checked on), and
// the same code bundled by esbuild into one module, as a Next.js build runs it in production. V8 inlines across a
// bundle's functions more than across tsx's modules (their imports are getters), so the bundled rate is the higher.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SellerEntry } from "@/server/categorize/dictionary";
import type { CategorizeContext } from "@/server/categorize/engine";
import { TAXONOMY } from "@/server/categorize/taxonomy";

function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = hit ? Number(hit.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const N = arg("n", 1_000_000);
const SELLERS = arg("sellers", 50_000);
const POOL = arg("pool", 200_000);

// Deterministic, so two runs compare like for like (mulberry32).
let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (count: number): string => {
  let out = "";
  for (let i = 0; i < count; i++) out += Math.floor(random() * 10);
  return out;
};

// Made-up words from syllables, so synthetic sellers neither collide with real ones nor with each other.
const SYLLABLES = [
  "ka",
  "lo",
  "vi",
  "ren",
  "dor",
  "mal",
  "tes",
  "qua",
  "zir",
  "bel",
  "nox",
  "pra",
  "sul",
  "tiv",
];
const KINDS = [
  "Bakery",
  "Grill",
  "Market",
  "Outfitters",
  "Studio",
  "Supply",
  "Motors",
  "Clinic",
  "Cafe",
  "Goods",
];
function word(): string {
  const size = 2 + Math.floor(random() * 2);
  let out = "";
  for (let i = 0; i < size; i++) out += pick(SYLLABLES);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const leafSlugs = TAXONOMY.filter((c) => c.parentSlug !== null).map((c) => c.slug);

function syntheticSellers(count: number): SellerEntry[] {
  const out: SellerEntry[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const first = word();
    const second = word();
    const name = `${first} ${second} ${pick(KINDS)}`;
    const short = `${first.slice(0, 5)} ${second.slice(0, 4)}`.toUpperCase();
    const key = name.toLowerCase();
    const shortKey = short.toLowerCase();
    if (seen.has(key) || seen.has(shortKey) || seen.has(`${first} ${second}`.toLowerCase())) continue;
    seen.add(key);
    seen.add(shortKey);
    out.push({ name, category: pick(leafSlugs), aliases: [short] });
  }
  return out;
}

const CITIES = ["SAN FRANCISCO CA", "NEW YORK NY", "AUSTIN TX", "SEATTLE WA", "CHICAGO IL", "DENVER CO"];
const PREFIXES = [
  "",
  "",
  "",
  "SQ *",
  "TST* ",
  "POS DEBIT ",
  "CHECKCARD 0412 ",
  "PURCHASE AUTHORIZED ON 03/14 ",
];

/** A bank-style line for a seller name: prefix, store number, city tail, upper case, cut at 32 or not. */
function bankText(name: string): string {
  let text = `${pick(PREFIXES)}${name.toUpperCase()}`;
  const r = random();
  if (r < 0.3) text += ` #${digits(4)}`;
  else if (r < 0.55) text += ` ${digits(7)}`;
  else if (r < 0.65) text += `*${digits(2)}K${digits(1)}TY${digits(1)}`;
  if (random() < 0.4) text += ` ${pick(CITIES)}`;
  return random() < 0.2 ? text.slice(0, 32) : text;
}

function descriptionPool(
  real: readonly SellerEntry[],
  synthetic: readonly SellerEntry[],
  size: number,
): string[] {
  const pool: string[] = [];
  for (let i = 0; i < size; i++) {
    const r = random();
    if (r < 0.45) {
      const seller = pick(real);
      pool.push(
        bankText(
          random() < 0.5 ? seller.name : pick(seller.aliases?.length ? seller.aliases : [seller.name]),
        ),
      );
    } else if (r < 0.8) {
      const seller = pick(synthetic);
      pool.push(
        bankText(
          random() < 0.5 ? seller.name : pick(seller.aliases?.length ? seller.aliases : [seller.name]),
        ),
      );
    } else {
      pool.push(bankText(`${word()} ${word()}`)); // a seller no dictionary knows
    }
  }
  return pool;
}

/** What the bench uses of the categorizer, from the bundle. */
type Categorizer = typeof import("@/server/categorize/engine") &
  typeof import("@/server/categorize/default-dictionary") &
  typeof import("@/server/categorize/dictionary") &
  typeof import("@/server/categorize/lexicons");

/**
 * The bench's modules bundled by esbuild (a devDependency) into one ES module in a temporary directory: its own
 * copies of the code and the data, nothing shared with the modules tsx loads. Built at the start, so a broken build
 * fails the bench before the long runs; imported only after the tsx figures are taken (see main).
 */
async function bundleCategorizer(): Promise<{ file: string; dir: string }> {
  const { buildSync } = await import("esbuild");
  const dir = mkdtempSync(path.join(tmpdir(), "bench-categorize-"));
  const file = path.join(dir, "categorize.mjs");
  buildSync({
    stdin: {
      contents: [
        'export * from "@/server/categorize/engine";',
        'export * from "@/server/categorize/default-dictionary";',
        'export * from "@/server/categorize/dictionary";',
        'export * from "@/server/categorize/lexicons";',
      ].join("\n"),
      resolveDir: process.cwd(),
      loader: "ts",
    },
    tsconfig: path.join(process.cwd(), "tsconfig.json"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    logLevel: "error",
  });
  return { file, dir };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  // Before the heap is first measured: esbuild's own module is no part of the categorizer's heap.
  const bundle = await bundleCategorizer();
  // The heap is measured from before the data modules are even imported: their JSON counts too.
  const heapBefore = heapUsed();
  const buffersBefore = process.memoryUsage().arrayBuffers;
  const buildStart = process.hrtime.bigint();
  const { BUILT_IN_SELLERS, NSI_SELLERS } = await import("@/server/categorize/default-dictionary");
  const { loadSellerDictionary } = await import("@/server/categorize/dictionary");
  const { defaultLexicons } = await import("@/server/categorize/lexicons");
  const { categorizeBatch, categorizeTransaction, slugAsId } = await import("@/server/categorize/engine");
  const builtInCount = BUILT_IN_SELLERS.length + NSI_SELLERS.sellers.length;
  const synthetic = syntheticSellers(Math.max(0, SELLERS - builtInCount));
  const dictionary = loadSellerDictionary([...BUILT_IN_SELLERS, ...synthetic], { nsi: NSI_SELLERS });
  const lexicons = defaultLexicons();
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const dictionaryHeap = heapUsed() - heapBefore;
  // The alias index's typed arrays live outside the JS heap: shown beside it so the two are read together.
  const dictionaryBuffers = process.memoryUsage().arrayBuffers - buffersBefore;

  // Real names from both lists, plus what banks print besides seller names: fees, transfers, ACH lines, local shops.
  // Latin-script names only: the statements Tally reads are from banks that print them (other scripts work, at
  // the cost of a slower path per letter; see categorize-unicode tests).
  const nsiEntries: SellerEntry[] = NSI_SELLERS.sellers
    .filter((row, i) => i % 3 === 0 && /^[\x20-\x7e]+$/.test(row[0] as string))
    .map((row) => ({ name: row[0] as string, category: "shopping", aliases: [] }));
  const pool = descriptionPool([...BUILT_IN_SELLERS, ...nsiEntries], synthetic, Math.min(POOL, N));
  const BANK_TEXT = [
    "MONTHLY SERVICE FEE",
    "NSF FEE 0412",
    "ONLINE TRANSFER TO SAV XXXXXX4821 REF #IB0ABCD",
    "ACME CORP DES:PAYROLL ID:XXXXX INDN:JOHN DOE CO ID:XXXXX PPD",
    "ATM WITHDRAWAL AUTHORIZED ON 03/14 123 MAIN ST",
    "POS12OCT MAPLE STREET PIZZERIA",
    "CHECK 1042",
    "VALLEY VETERINARY HOSP",
    "SMITH HARDWARE OAKVILLE ON",
  ];
  for (let i = 0; i < pool.length; i += 10) pool[i] = pick(BANK_TEXT);
  // A few thousand user rules and crowd answers, so the Map probes a real request makes are in the loop. Their keys
  // are joined, not built by a template literal: a request's keys come from the database driver as flat strings,
  // while a template literal of this length makes a rope (a ConsString), which a Map compares with an equal-length
  // key on V8's slow path. Rope keys cost the loop about a tenth of its time, a cost no request has.
  const userRules = new Map<string, string>();
  const crowd = new Map<string, string>();
  for (let i = 0; i < 5_000; i++) {
    userRules.set(["rule seller", i].join(" "), "food-dining.restaurants");
    crowd.set(["crowd seller", i].join(" "), "shopping.clothing");
  }
  const ctx: CategorizeContext<string> = {
    dictionary,
    lexicons,
    userRules,
    crowdTop: (key) => crowd.get(key) ?? null,
    slugToCategoryId: slugAsId,
  };

  // Warm-up, so the timed loop measures optimized code rather than the JIT's first passes.
  for (let i = 0; i < 300_000; i++) categorizeTransaction({ description: pool[i % pool.length]! }, ctx);

  let categorized = 0;
  // CPU time as well as wall time: on a machine shared with other work, wall time counts the waits for a core,
  // and "per core" is what this process got from one.
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    if (categorizeTransaction({ description: pool[i % pool.length]! }, ctx).categoryId !== null)
      categorized++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  // A statement repeats descriptions (subscriptions, the daily coffee): 200,000 rows over 10,000 distinct texts.
  const distinct = pool.slice(0, Math.min(pool.length, 10_000));
  const batchRows = Array.from({ length: 200_000 }, (_, i) => ({
    description: distinct[i % distinct.length]!,
  }));
  const batchStart = process.hrtime.bigint();
  categorizeBatch(batchRows, ctx);
  const batchSeconds = Number(process.hrtime.bigint() - batchStart) / 1e9;

  // The same rows through the bundle, after the figures above are taken (its data is a second copy in the heap).
  const peakRss = process.resourceUsage().maxRSS * 1024;
  let bundled: Categorizer;
  try {
    bundled = (await import(pathToFileURL(bundle.file).href)) as Categorizer;
  } finally {
    rmSync(bundle.dir, { recursive: true, force: true });
  }
  const bundledDictionary = bundled.loadSellerDictionary([...bundled.BUILT_IN_SELLERS, ...synthetic], {
    nsi: bundled.NSI_SELLERS,
  });
  const bundledCtx: CategorizeContext<string> = {
    ...ctx,
    dictionary: bundledDictionary,
    lexicons: bundled.defaultLexicons(),
    slugToCategoryId: bundled.slugAsId,
  };
  const bundledRun = timeBundled(bundled.categorizeTransaction, bundledCtx, pool);
  if (bundledRun.categorized !== categorized)
    throw new Error(`The bundle categorized ${bundledRun.categorized} rows, tsx ${categorized}`);

  const rate = N / cpuSeconds;
  console.log(
    `Dictionary: ${dictionary.sellerCount} sellers (${BUILT_IN_SELLERS.length} Tally, ${NSI_SELLERS.sellers.length} name-suggestion-index, ${synthetic.length} generated), ${dictionary.aliasCount} spellings`,
  );
  console.log(`  build time        ${buildMs.toFixed(0)} ms`);
  console.log(
    `  heap used         ${mb(dictionaryHeap)} (dictionary, word lists and their JSON)${gc ? "" : " (approximate: run with --expose-gc)"}`,
  );
  console.log(`  typed arrays      ${mb(dictionaryBuffers)} (the alias index, outside the heap)`);
  console.log(
    `Categorize ${N.toLocaleString("en-US")} descriptions (${pool.length.toLocaleString("en-US")} distinct, one core)`,
  );
  console.log(
    `  wall time         ${seconds.toFixed(2)} s (${Math.round(N / seconds).toLocaleString("en-US")} /s)`,
  );
  console.log(`  CPU time          ${cpuSeconds.toFixed(2)} s`);
  console.log(`  rate per core     ${Math.round(rate).toLocaleString("en-US")} /s of CPU time`);
  console.log(
    `  bundled (esbuild) ${Math.round(N / bundledRun.cpuSeconds).toLocaleString("en-US")} /s of CPU time (as production runs it; ${bundledRun.cpuSeconds.toFixed(2)} s)`,
  );
  console.log(
    `  categorized       ${((categorized / N) * 100).toFixed(1)}% (about 20% are unknown by design)`,
  );
  console.log(
    `  categorizeBatch   ${Math.round(batchRows.length / batchSeconds).toLocaleString("en-US")} /s on ${batchRows.length.toLocaleString("en-US")} rows, ${distinct.length.toLocaleString("en-US")} distinct`,
  );
  console.log(`Peak RSS            ${mb(peakRss)} (before the bundle was loaded)`);
  if (rate < 500_000) {
    console.error(`Below the 500,000/s target.`);
    process.exitCode = 1;
  }
  if (dictionaryHeap > 40 * 1024 * 1024) {
    console.error(`Above the 40 MB heap target.`);
    process.exitCode = 1;
  }
}

/**
 * The warm-up and timed loop of main, for the bundle's categorizeTransaction: a loop of its own, so the call in
 * main's loop keeps seeing one function, and each loop is optimized for the code it times.
 */
function timeBundled(
  categorize: Categorizer["categorizeTransaction"],
  ctx: CategorizeContext<string>,
  pool: readonly string[],
): { cpuSeconds: number; categorized: number } {
  for (let i = 0; i < 300_000; i++) categorize({ description: pool[i % pool.length]! }, ctx);
  let categorized = 0;
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    if (categorize({ description: pool[i % pool.length]! }, ctx).categoryId !== null) categorized++;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, categorized };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
