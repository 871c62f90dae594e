// The seller dictionary's in-memory index. No `import "server-only"`: scripts/eval-categorize.ts and
// scripts/bench-categorize.ts import this through tsx, where the marker throws; the module is pure.
//
// Every alias is cleaned by the same code as bank text (clean.ts), so "CHICK-FIL-A", "Chick-fil-A" and
// "CHICK FIL A" land on one entry without listing each spelling. Two sources fill it: Tally's own list
// (data/sellers.json), which wins every spelling it names, and the brands, operators and transit networks of
// name-suggestion-index (data/nsi-sellers.json), where one spelling may name different businesses in different
// countries ("Metro": a Canadian grocer, a German wholesaler) and the caller's countries choose.

import type { AliasIndex } from "@/server/categorize/alias-index";
import * as aliasIndex from "@/server/categorize/alias-index";
import { hasCjk } from "@/server/categorize/cjk";
import * as clean from "@/server/categorize/clean";
import { INSURER_WORDS } from "@/server/categorize/lexicons";
import {
  type CategorySlug,
  categoryBySlug,
  isCategorySlug,
  isInsuranceLine,
} from "@/server/categorize/taxonomy";
import * as tokenizer from "@/server/categorize/tokenize";

// tsx and Vitest run these modules as CommonJS, where every use of a named import is a call through two getters:
// the hot path reads module-local copies instead (see clean.ts).
const {
  cleanDescription,
  companyCountryAt,
  isCompanyTail,
  isCountryCode,
  isLegalForm,
  isTailToken,
  keyFromTokens,
  spellsAt,
  tailLength,
  townLength,
} = clean;
const { buildAliasIndex, childFlags, childId, childStartingWith, findChild, onlyChild, ROOT, tokenHash } =
  aliasIndex;
const { foldForMatch, isLetters, isTld } = tokenizer;

/** One line of data/sellers.json. */
export type SellerEntry = {
  name: string;
  /** null: a payment service or bank whose name alone says nothing of what was bought ("PAYPAL"). */
  category: CategorySlug | null;
  /** Spellings banks print, matched as a whole-word prefix of the description ("AMZN MKTP" in "AMZN MKTP US"). */
  aliases?: readonly string[];
  /**
   * Spellings that only count when they are the whole cleaned description: "APPLE.COM/BILL" cleans to
   * "apple", which as a prefix would also claim "APPLE VALLEY DENTAL".
   */
  exact?: readonly string[];
  /**
   * Spellings that are everyday words elsewhere, read as a prefix only where the seller trades (the account's home
   * countries, see tradesHome) and as the whole text anywhere but for one short word alone (see
   * tradesElsewhereOnly): "REI" is the outdoor store on an American account, but "REI DO PASTEL" on a Brazilian one
   * is a pastry shop (rei, king).
   */
  local?: readonly string[];
  /**
   * Space-separated ISO country codes ("us") where these spellings mean this seller; absent: everywhere. Where a
   * listing of name-suggestion-index spells the same name for another business elsewhere (Albert: a US savings app,
   * a Czech supermarket), the account's country chooses between them, as between two listings.
   */
  countries?: string;
};

/** data/nsi-sellers.json as the build script writes it. */
export type NsiData = {
  categories: readonly string[];
  /** [name, category index or -1 for "known, but says nothing" (a bank), countries ("" anywhere), ...spellings] */
  sellers: ReadonlyArray<ReadonlyArray<string | number>>;
};

export type SellerOrigin = "tally" | "osm";

export type SellerRecord = {
  /** The seller's canonical key: its cleaned name, so every alias of a seller shares one key. */
  readonly key: string;
  readonly name: string;
  /** null: a known business whose name says nothing of what was bought (a bank); the bank words decide. */
  readonly slug: CategorySlug | null;
  readonly origin: SellerOrigin;
  /** Space-separated ISO country codes where it trades; "" when anywhere (or unknown). */
  readonly countries: string;
  /**
   * Read only where it trades: a spelling made of everyday words (a camel-case brand's words) or a short form of a
   * longer name ("TOTAL" for Total Wireless); see loadSellerDictionary.
   */
  readonly localOnly?: boolean;
};

/** Several records for one spelling, told apart by country. */
type Candidates = readonly SellerRecord[];

/**
 * One token of a token trie over the cleaned aliases, holding the seller whose alias ends here (as a prefix
 * alias and/or an exact-only one). Most nodes have at most one child, kept in `child` rather than in a Map:
 * a Map per node tripled the dictionary's heap. These nodes serve the build only: the built trie is frozen into
 * a SellerTrie.
 */
export type AliasNode = {
  readonly token: string;
  child: AliasNode | null;
  children: Map<string, AliasNode> | null;
  // One seller in the common case; several (told apart by country) in `prefixAll`/`exactAll`, with the plain
  // fields then null. Kept apart so the hot walk reads fields of one shape.
  prefix: SellerRecord | null;
  exact: SellerRecord | null;
  prefixAll: CandidateSet | null;
  exactAll: CandidateSet | null;
};

/**
 * Several sellers for one spelling, with the last choice among them and the country list it was made for (one
 * list object per currency, see countriesForCurrency), so a popular spelling is not re-decided for every
 * description. Only the few shared spellings carry this, not every node.
 */
type CandidateSet = {
  list: SellerRecord[];
  memoFor: readonly string[] | null;
  memo: SellerRecord | undefined;
};

function newNode(token: string): AliasNode {
  return {
    token,
    child: null,
    children: null,
    prefix: null,
    exact: null,
    prefixAll: null,
    exactAll: null,
  };
}

function childOf(node: AliasNode, token: string): AliasNode | undefined {
  if (node.child !== null) return node.child.token === token ? node.child : undefined;
  return node.children?.get(token);
}

function addChild(node: AliasNode, token: string): AliasNode {
  const created: AliasNode = newNode(token);
  if (node.child === null && node.children === null) node.child = created;
  else {
    if (node.children === null) {
      node.children = new Map([[node.child!.token, node.child!]]);
      node.child = null;
    }
    node.children.set(token, created);
  }
  return created;
}

/** A one-word spelling's seller and the names it came from, as letters and digits only (see SellerDictionary.numbered). */
export type NumberedForm = { readonly record: SellerRecord; readonly squashed: readonly string[] };

export type SellerDictionary = {
  /**
   * Aliases as a token trie, walked with the description's own tokens: no prefix string is built, and the cost
   * depends on the description's length, not on how many aliases share a first word.
   */
  readonly aliases: SellerTrie;
  /** Canonical key → seller of Tally's own list, for lookups by a stored seller key. */
  readonly byKey: ReadonlyMap<string, SellerRecord>;
  readonly sellerCount: number;
  readonly aliasCount: number;
  /**
   * One-word spellings of Tally's list that came from a name with a number or a web address's ending the cleaning
   * drops ("pay" from "Pay1040", "phillips" from "Phillips 66", "contacts" from "1-800-Contacts", "made" from
   * "Made.com"), each with its seller and those names as letters and digits only ("pay1040", "madecom"). Read as
   * that one word, the seller counts only when the text prints the rest with it: "PAY AS YOU GO" is not Pay1040,
   * "TRADING POST" not Trading212, "MADE IN CHELSEA" not Made.com (see spellingPrinted). Another one-word spelling of
   * the same seller ("京东" for JD.com) is read as any spelling is.
   */
  readonly numbered: ReadonlyMap<string, NumberedForm>;
  /**
   * The spellings' tokens written in Chinese or Japanese script ("麦当劳", "ファミリーマート"): such text is printed without
   * spaces, and these are set apart in it before it is read (see cjk.ts).
   */
  readonly cjkTokens: readonly string[];
  /**
   * First words of Tally's spellings of a web address ("ting com", "stan com au"): printed as the address
   * ("TING.COM"), such a name is read with its ending, which cleaning would drop (see resolveSellerWith).
   */
  readonly siteNames: ReadonlySet<string>;
};

export class SellerDictionaryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Seller dictionary is invalid:\n  ${problems.slice(0, 20).join("\n  ")}`);
    this.name = "SellerDictionaryError";
  }
}

/**
 * Builds the index once (at first use for the built-in data; the bench builds one of 50,000 sellers).
 * Throws SellerDictionaryError on an unknown category slug or a spelling Tally's own list gives to two
 * sellers, so a bad data edit fails the tests rather than silently picking one seller. Spellings from
 * name-suggestion-index never override Tally's and, when two of its businesses share one, are kept side by side.
 */
export function loadSellerDictionary(
  entries: readonly SellerEntry[],
  options: { nsi?: NsiData } = {},
): SellerDictionary {
  const byKey = new Map<string, SellerRecord>();
  // Whole alias → owner, only to detect conflicts within Tally's list; dropped once the index is built.
  const owners = new Map<string, SellerRecord>();
  const aliases = new Map<string, AliasNode>();
  // One string per distinct token ("market", "coffee"), shared by every node that holds it.
  const interned = new Map<string, string>();
  const intern = (token: string): string => {
    const known = interned.get(token);
    if (known !== undefined) return known;
    interned.set(token, token);
    return token;
  };
  let aliasCount = 0;
  let sellerCount = 0;
  const problems: string[] = [];

  const nodeFor = (tokens: readonly string[]): AliasNode => {
    let node = aliases.get(tokens[0]!);
    if (node === undefined) {
      node = newNode(intern(tokens[0]!));
      aliases.set(node.token, node);
    }
    for (let k = 1; k < tokens.length; k++)
      node = childOf(node, tokens[k]!) ?? addChild(node, intern(tokens[k]!));
    return node;
  };

  const coveredByPrefix = (tokens: readonly string[], slug: CategorySlug | null): boolean => {
    let node = aliases.get(tokens[0]!);
    for (let k = 1; node !== undefined && k < tokens.length; k++) {
      if (node.prefix !== null && node.prefix.slug === slug) return true;
      node = childOf(node, tokens[k]!);
    }
    return false;
  };

  const ownedEverywhere = (form: string) => {
    const owner = owners.get(form);
    return owner !== undefined && owner.countries === "";
  };

  // Whether Tally's list names a spelling as a prefix wherever `record` trades (everywhere, or in each of its
  // countries): its entry then wins the spelling outright, also where the map lists it as the whole text only, which
  // would otherwise be read first ("NEW YORK LIFE", Tally's life insurer, and the map's entry that decides nothing).
  // Not Tally's whole-text-only spellings, which name a brand whose name is also a word ("CENTAURO") and so must not
  // narrow what the map reads of it.
  const ownedWhereItTrades = (form: string, record: SellerRecord) => {
    const owner = owners.get(form);
    if (owner === undefined) return false;
    if (owner.countries === "") return true;
    if (record.countries === "") return false;
    for (const country of record.countries.split(" ")) if (!trades(owner, country)) return false;
    return true;
  };

  // Whether Tally's list names the brand `name` wherever `record` trades and says what it sells.
  const tallyNamesIt = (name: string, record: SellerRecord) =>
    ownedWhereItTrades(name, record) && owners.get(name)!.slug !== null;

  // Whether a spelling of name-suggestion-index's `record` is a spelling Tally's list names everywhere (as a prefix)
  // followed only by what a company's name may end in (a legal form, its local arm's country: "OMV AG", "LIDL
  // IRELAND GMBH"), and the map files it alike or as an operator of power lines or pipes, which is how it lists a
  // brand's company again. A record of another kind is another business named alike ("PEACOCK STORE", a Japanese
  // grocer, is not Peacock the streaming service).
  const tallyCompany = (tokens: readonly string[], record: SellerRecord): boolean => {
    // An operator's name may also say the trade the brand's company is in ("SHELL DEUTSCHLAND OIL GMBH").
    const companyWord = (token: string) =>
      isCompanyTail(token) || (record.slug === UTILITIES && OPERATOR_TRADES.has(token));
    for (let end = tokens.length - 1; end > 0 && companyWord(tokens[end]!); end--) {
      const owner = owners.get(tokens.slice(0, end).join(" "));
      if (owner === undefined || owner.countries !== "") continue;
      return (
        record.slug === UTILITIES ||
        (record.slug !== null && owner.slug !== null && groupOf(record.slug) === groupOf(owner.slug))
      );
    }
    return false;
  };

  // Whether a spelling of a map entry that says nothing (an insurer's or a bank's office) is the name of one of Tally's
  // insurers, as a prefix where that entry trades, then only an insurer's words ("LIBERTY MUTUAL INSURANCE" after
  // Tally's "LIBERTY MUTUAL"): the same company, whose line Tally's entry says.
  const tallyInsurer = (tokens: readonly string[], record: SellerRecord): boolean => {
    if (record.slug !== null) return false;
    for (let end = tokens.length - 1; end > 0 && INSURER_WORDS.has(tokens[end]!); end--) {
      const form = tokens.slice(0, end).join(" ");
      const owner = owners.get(form);
      if (owner?.slug != null && isInsuranceLine(owner.slug) && ownedWhereItTrades(form, record)) return true;
    }
    return false;
  };

  // One-word forms and the record whose numbered spelling made them; plainOneWord: those a spelling without a
  // dropped number gives too, which count as the word alone.
  const numberedForms = new Map<string, { record: SellerRecord; squashed: string[] }>();
  const plainOneWord = new Set<string>();
  const siteNames = new Set<string>();
  // Forms a spelling took when its last word was dropped (see addTally): a seller listing the form itself wins it.
  const shortenedForms = new Set<string>();
  const addTally = (text: string, record: SellerRecord, exact: boolean) => {
    const tokens = cleanDescription(text).tokens;
    if (tokens.length === 0) {
      problems.push(`${record.name}: alias "${text}" cleans to nothing`);
      return;
    }
    // A spelling whose last word the cleaning drops as it would from bank text ("COACH USA", "LIQUID WEB", "HIKE
    // POS", "TERMINAL X") is what is left only as the whole name printed, never as the start of another ("LIQUID
    // CAFE" is not the web host, "COACH AND HORSES" is a pub); with more after it the word stays, and the spelling
    // is read whole ("LIQUID WEB 800-580-4985 MI"). Where another seller owns the shorter form as its whole name
    // (Coach, the handbags, owns "COACH"), that seller is what the shorter form means. A number is not such a word:
    // a one-word form that lost one is read only where the number is printed (numberedForms).
    const lastWord = exact ? null : droppedLastWord(text, tokens);
    if (lastWord === null) {
      addForm(tokens, record, exact, text, false);
      return;
    }
    addForm(tokens, record, true, text, true);
    addForm([...tokens, lastWord], record, false, text, false);
  };
  const addForm = (
    tokens: readonly string[],
    record: SellerRecord,
    exact: boolean,
    text: string,
    shortened: boolean,
  ) => {
    const form = `${exact ? "=" : ""}${tokens.join(" ")}`;
    const claimed = owners.get(form);
    if (claimed !== undefined && claimed !== record) {
      if (shortened) return;
      if (shortenedForms.has(form)) {
        shortenedForms.delete(form);
        owners.delete(form);
        nodeFor(tokens).exact = null;
        aliasCount--;
      }
    }
    if (tokens.length === 1 && !exact) {
      // A name with a number ("Pay1040") or a web address's ending ("Made.com", "Loaf.com") the cleaning drops: the
      // word left is read as this seller only where the text prints the rest (spellingPrinted).
      if ((/\d/.test(text) && !/\d/.test(tokens[0]!)) || droppedSiteEnding(text, tokens[0]!)) {
        const seen = numberedForms.get(form);
        if (seen === undefined) numberedForms.set(form, { record, squashed: [squashed(text)] });
        else if (seen.record === record) seen.squashed.push(squashed(text));
      } else plainOneWord.add(form);
    }
    const owner = owners.get(form);
    if (owner !== undefined) {
      if (owner === record) return;
      // Two of Tally's sellers may share a spelling only where each names the countries it trades in and no country
      // is both's (Pepco, the American electricity company, and Pepco, the discount stores of Poland and its
      // neighbours): the account's countries choose (chooseCandidate). Anything else is a mistake in the list.
      if (tradesApart(owner, record)) holdSpelling(nodeFor(tokens), record, exact);
      else problems.push(`"${form}" is claimed by both ${owner.name} and ${record.name}`);
      return;
    }
    owners.set(form, record);
    if (shortened) shortenedForms.add(form);
    if (tokens.length > 1 && isTld(tokens[1]!)) siteNames.add(tokens[0]!);
    const node = nodeFor(tokens);
    if (exact) node.exact = record;
    else node.prefix = record;
    aliasCount++;
  };

  for (const entry of entries) {
    if (entry.category !== null && !isCategorySlug(entry.category)) {
      problems.push(`${entry.name}: unknown category "${entry.category}"`);
      continue;
    }
    const nameTokens = cleanDescription(entry.name).tokens;
    const key = keyFromTokens(nameTokens, nameTokens.length);
    if (key === "") {
      problems.push(`"${entry.name}" cleans to nothing`);
      continue;
    }
    const record: SellerRecord = {
      key,
      name: entry.name,
      slug: entry.category,
      origin: "tally",
      countries: entry.countries ?? "",
    };
    if (!byKey.has(key)) byKey.set(key, record);
    sellerCount++;
    const exactForms = new Set<string>();
    for (const alias of entry.exact ?? []) {
      exactForms.add(cleanDescription(alias).tokens.join(" "));
      addTally(alias, record, true);
    }
    for (const alias of entry.local ?? []) exactForms.add(cleanDescription(alias).tokens.join(" "));
    // The name is an alias too, unless it is listed as exact-only (Apple: "apple" alone, not "apple valley") or as
    // local (below).
    if (!exactForms.has(nameTokens.join(" "))) addTally(entry.name, record, false);
    for (const alias of entry.aliases ?? []) addTally(alias, record, false);
    if (entry.local !== undefined) {
      const local = localOnlyCopy(record);
      for (const alias of entry.local) {
        addTally(alias, record, true);
        addTally(alias, local, false);
      }
    }
  }

  // name-suggestion-index's brands written in camel case ("BurgerFuel", "FamilyMart"), to be spelled as two words too.
  const splitNames: { tokens: string[]; record: SellerRecord }[] = [];
  if (options.nsi) {
    const { categories, sellers } = options.nsi;
    for (const category of categories)
      if (!isCategorySlug(category)) problems.push(`nsi: unknown category "${category}"`);
    for (const row of sellers) {
      const name = row[0] as string;
      const index = row[1] as number;
      const nameTokens = cleanDescription(name).tokens;
      const key = keyFromTokens(nameTokens, nameTokens.length);
      if (key === "") continue;
      const record: SellerRecord = {
        key,
        name,
        slug: index < 0 ? null : categories[index]!,
        origin: "osm",
        countries: row[2] as string,
      };
      // Not in byKey: a stored key of one of these is found through its spellings (lookupSeller), and 28,000
      // more map entries would cost heap for a lookup only tools make.
      sellerCount++;
      const ownName = nameTokens[nameTokens.length - 1]!.length > 1 ? nameTokens.join(" ") : null;
      const camelWords = CAMEL_CASE_NAME.test(name)
        ? name.match(CAMEL_WORD)!.map((w) => w.toLowerCase())
        : null;
      for (let k = 3; k < row.length; k++) {
        const spelling = row[k] as string;
        const exact = spelling.startsWith("=");
        // "~": everyday words only as a name in the news ("Colruyt"), read as a prefix only where the chain trades.
        const atHome = spelling.startsWith("~");
        const tokens = cleanDescription(exact || atHome ? spelling.slice(1) : spelling).tokens;
        if (tokens.length === 0) continue;
        if (camelWords !== null && tokens.length === 1 && tokens[0] === camelWords.join(""))
          splitNames.push({ tokens: camelWords, record });
        const form = tokens.join(" ");
        // Tally's list wins any spelling it names, as a prefix or as the whole text; a spelling it names for some
        // countries only is shared, and the account's country chooses (chooseCandidate).
        if (ownedWhereItTrades(form, record) || ownedEverywhere(`=${form}`)) continue;
        // So does Tally's seller's company: the map lists a brand's company again as the operator of power lines or
        // a pipeline ("OMV AG", "MERCEDES BENZ AG" as an electricity company), while a bank prints it for the brand.
        if (tallyCompany(tokens, record) || tallyInsurer(tokens, record)) continue;
        // So does Tally's seller of the same name, where the map files that brand under no category (IKEA, whose
        // stores, restaurants and pick-up points it lists as one): the map's other spellings of it ("IKEA DELFT", a
        // store's operator) would otherwise say nothing where Tally's entry says what the brand sells.
        if (record.slug === null && ownName !== null && tallyNamesIt(ownName, record)) continue;
        // "Tesco Extra" after "Tesco" (same category) adds nothing the prefix does not already say: leaving such
        // spellings out keeps the trie small, and the walk over it fast. Not a brand's own name, which may be another
        // brand's that starts alike: "Petro-Canada" is not the truck stops' "Petro", whose name a person would read.
        // A name ending in a lone letter ("Petro-T") stays out: a code's letter follows a brand as often.
        if (!exact && form !== ownName && coveredByPrefix(tokens, record.slug)) continue;
        const node = nodeFor(tokens);
        // A short form of a longer name, listed for the whole text only ("TOTAL" for Total Wireless, "RED LION" for
        // Red Lion Hotels), names that brand only where it trades: elsewhere the words alone are another business's
        // name (TotalEnergies' stations print "TOTAL", an English pub is the Red Lion) or everyday words.
        const shortForm =
          record.countries !== "" && tokens.length < nameTokens.length && spellsAt(nameTokens, 0, tokens);
        // A "~" spelling is also the whole text anywhere, as it was when it counted only so.
        if (exact || atHome) holdSpelling(node, shortForm ? localOnlyCopy(record) : record, true, record);
        if (!exact) holdSpelling(node, atHome ? localOnlyCopy(record) : record, false);
        aliasCount++;
      }
    }
  }

  // A camel-case brand printed as its words ("BURGER FUEL WELLINGTON"), where no seller spells those words already.
  // Its words alone are everyday words ("FAIR PRICE AUTO" is not Singapore's FairPrice in America), so it is read only
  // where the brand trades (see matchAlias).
  const spelled = (tokens: readonly string[]): boolean => {
    let node = aliases.get(tokens[0]!);
    for (let k = 1; node !== undefined && k < tokens.length; k++) node = childOf(node, tokens[k]!);
    return node !== undefined && (node.prefix ?? node.exact ?? node.prefixAll ?? node.exactAll) !== null;
  };
  for (const { tokens, record } of splitNames) {
    if (spelled(tokens)) continue;
    nodeFor(tokens).prefix = localOnlyCopy(record);
    aliasCount++;
  }
  // A Tally seller's two-word name printed as one word ("PEPBOYS", "TACOBELL"): terminals drop the space to fit the
  // field. Only words of three letters or more, and only where no seller (of either list) spells the glued word.
  for (const [form, record] of [...owners]) {
    if (form.startsWith("=")) continue;
    const words = form.split(" ");
    if (words.length !== 2 || words[0]!.length < 3 || words[1]!.length < 3) continue;
    if (!isLetters(words[0]!) || !isLetters(words[1]!)) continue;
    const glued = words[0]! + words[1]!;
    if (GLUED_ENGLISH_WORDS.has(glued) || spelled([glued])) continue;
    nodeFor([glued]).prefix = record;
    aliasCount++;
  }

  if (problems.length > 0) throw new SellerDictionaryError(problems);
  const numbered = new Map<string, NumberedForm>();
  for (const [form, numberedForm] of numberedForms)
    if (!plainOneWord.has(form) && owners.get(form) === numberedForm.record) numbered.set(form, numberedForm);
  const cjkTokens: string[] = [];
  for (const token of interned.keys()) if (hasCjk(token)) cjkTokens.push(token);
  return { aliases: freeze(aliases), byKey, sellerCount, aliasCount, numbered, cjkTokens, siteNames };
}

/** Whether two sellers each name the countries they trade in, and none in common. */
function tradesApart(a: SellerRecord, b: SellerRecord): boolean {
  if (a.countries === "" || b.countries === "") return false;
  for (const country of b.countries.split(" ")) if (trades(a, country)) return false;
  return true;
}

/**
 * Adds `holder` to what `node` holds as a prefix, or as the whole text when `exact`: alone where the node holds
 * nothing yet, else beside what it holds, for the account's countries to choose (chooseCandidate). A seller the node
 * holds already (`same`, of which `holder` may be a copy) is not added again.
 */
function holdSpelling(
  node: AliasNode,
  holder: SellerRecord,
  exact: boolean,
  same: SellerRecord = holder,
): void {
  if (exact) {
    if (node.exactAll !== null) node.exactAll.list.push(holder);
    else if (node.exact === null) node.exact = holder;
    else if (node.exact !== same) {
      node.exactAll = { list: [node.exact, holder], memoFor: null, memo: undefined };
      node.exact = null;
    }
  } else if (node.prefixAll !== null) node.prefixAll.list.push(holder);
  else if (node.prefix === null) node.prefix = holder;
  else if (node.prefix !== same) {
    node.prefixAll = { list: [node.prefix, holder], memoFor: null, memo: undefined };
    node.prefix = null;
  }
}

/** What a trie node holds, as its flags in the AliasIndex: the walk reads only the arrays a flag names. */
const PREFIX = 1;
const PREFIX_ALL = 2;
const EXACT = 4;
const EXACT_ALL = 8;
/** The seller flags: a node with none of them holds nothing for the walk to read. */
const HOLDS = PREFIX | PREFIX_ALL | EXACT | EXACT_ALL;
/** The node has children: without them the walk stops there, with no probe for the next token. */
const INNER = 16;

/**
 * The built trie, frozen: its edges in an AliasIndex (alias-index.ts), and what each node holds by node id rather
 * than in a node object, so a step reads the seller itself and not first an object that points to it. Only a
 * prefix spelling is common; the rest (an exact-only spelling, several businesses for one) are few and kept in Maps.
 */
export type SellerTrie = {
  readonly index: AliasIndex;
  readonly prefix: ReadonlyArray<SellerRecord | null>;
  readonly exact: ReadonlyMap<number, SellerRecord>;
  readonly prefixAll: ReadonlyMap<number, CandidateSet>;
  readonly exactAll: ReadonlyMap<number, CandidateSet>;
};

/**
 * Numbers the nodes depth first, so one spelling's tokens sit next to each other in the index's packed text: a walk
 * down a spelling reads adjacent memory after its first token. The node objects are dropped afterwards.
 */
function freeze(roots: ReadonlyMap<string, AliasNode>): SellerTrie {
  const tokens: string[] = [""];
  const parents: number[] = [ROOT];
  const flags: number[] = [0];
  const prefix: (SellerRecord | null)[] = [null];
  const exact = new Map<number, SellerRecord>();
  const prefixAll = new Map<number, CandidateSet>();
  const exactAll = new Map<number, CandidateSet>();
  // Pending [node, parent id] pairs, the next to number last.
  const stack: [AliasNode, number][] = [...roots.values()].reverse().map((node) => [node, ROOT]);
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    const id = tokens.length;
    tokens.push(node.token);
    parents.push(parent);
    prefix.push(node.prefix);
    if (node.exact !== null) exact.set(id, node.exact);
    if (node.prefixAll !== null) prefixAll.set(id, node.prefixAll);
    if (node.exactAll !== null) exactAll.set(id, node.exactAll);
    const children =
      node.children === null ? (node.child === null ? [] : [node.child]) : [...node.children.values()];
    flags.push(
      (node.prefix !== null ? PREFIX : 0) |
        (node.prefixAll !== null ? PREFIX_ALL : 0) |
        (node.exact !== null ? EXACT : 0) |
        (node.exactAll !== null ? EXACT_ALL : 0) |
        (children.length > 0 ? INNER : 0),
    );
    for (let k = children.length - 1; k >= 0; k--) stack.push([children[k]!, id]);
  }
  return { index: buildAliasIndex(tokens, parents, flags), prefix, exact, prefixAll, exactAll };
}

/**
 * A copy of the record read only where it trades (see SellerRecord.localOnly). Written field by field, as the records
 * themselves are, rather than spread: every `{ ...record, localOnly: true }` got a hidden class of its own, and the
 * thousand or so such copies made each read of a record's fields on the hot path (slug, origin, countries)
 * megamorphic, a lookup in V8's shared cache instead of one load.
 */
function localOnlyCopy(record: SellerRecord): SellerRecord {
  return recordCopy(record, record.slug, true);
}

/** The record with another category, keeping its shape (see localOnlyCopy); localOnly only when it is read so. */
function recordCopy(record: SellerRecord, slug: CategorySlug | null, localOnly: boolean): SellerRecord {
  return localOnly
    ? {
        key: record.key,
        name: record.name,
        slug,
        origin: record.origin,
        countries: record.countries,
        localOnly: true,
      }
    : { key: record.key, name: record.name, slug, origin: record.origin, countries: record.countries };
}

/** A chain's spelling of this many words, then a branch's name, is the chain's shop (see sellerHere). */
const LONG_NAME = 3;

/** How many leading countries of a list are equally likely (see markHomeCountries); 1 when not marked. */
const homeCountries = new WeakMap<readonly string[], number>();

/**
 * Marks the first `count` countries of a list (one list object per currency, see countriesForCurrency) as equally
 * likely: the countries that share the account's currency.
 */
export function markHomeCountries(countries: readonly string[], count: number): void {
  homeCountries.set(countries, count);
}

/**
 * How many leading countries of a list are where the account may be (see markOwnCountries): its currency's
 * countries, before the default countries a list ends with.
 */
const ownCountries = new WeakMap<readonly string[], number>();

/**
 * Marks the first `count` countries of a list as the account's own: every country whose money the account is in
 * (the euro's twenty, the pound's one), not the default countries that follow them for brands of everywhere.
 */
export function markOwnCountries(countries: readonly string[], count: number): void {
  ownCountries.set(countries, count);
}

function ownCountryCount(countries: readonly string[]): number {
  return ownCountries.get(countries) ?? homeCountries.get(countries) ?? 1;
}

/** Countries tried when the caller knows none: where Tally's users bank, then anywhere. */
export const DEFAULT_COUNTRIES: readonly string[] = ["us", "ca", "gb", "ie"];
// Not knowing the account's currency, any of the four may be its own.
markOwnCountries(DEFAULT_COUNTRIES, DEFAULT_COUNTRIES.length);

export function trades(record: SellerRecord, country: string): boolean {
  const list = record.countries;
  if (list === "") return false;
  const at = list.indexOf(country);
  return (
    at >= 0 &&
    (at === 0 || list.charCodeAt(at - 1) === 32) &&
    (at + 2 === list.length || list.charCodeAt(at + 2) === 32)
  );
}

/**
 * The record a spelling shared by several businesses means for someone banking in `countries` (most likely
 * first): the business that trades in the first of them where any does, else one that trades anywhere, else, when
 * they all agree on the category, the first. Where several trade in that one country (France's SNCF runs the
 * trains, and is listed again for its power lines and its phone masts) or none trades in any, the same test
 * decides: one category is that category; categories within one group (a telecom listed once for its landlines
 * and once for its mobiles) are the group, since the group is known and the line is not; different groups are
 * undefined, not a guess worth making.
 */
export function chooseCandidate(list: Candidates, countries: readonly string[]): SellerRecord | undefined {
  // A currency shared by several countries (the euro) does not say which of them the account is in: its countries
  // are asked together, so a name that is a German fuel brand and an Austrian bank is neither to a euro account.
  const home = homeCountries.get(countries) ?? 1;
  const tiers = [countries.slice(0, home), ...countries.slice(home).map((country) => [country])];
  for (let t = 0; t < tiers.length; t++) {
    // Past the account's own countries, a business that trades everywhere is likelier than one of another
    // country: "ICBC" is China's bank on a yuan account, not British Columbia's car insurer.
    if (t === 1) for (const record of list) if (record.countries === "") return record;
    const tier = tiers[t]!;
    const here = list.filter((record) => tier.some((country) => trades(record, country)));
    // Tally's own entry for these countries wins there, as its list wins everywhere else.
    if (here.length > 0)
      return (
        here.find((record) => record.origin === "tally") ?? (here.length === 1 ? here[0] : agreed(here, true))
      );
  }
  for (const record of list) if (record.countries === "") return record;
  return agreed(list, false);
}

/**
 * The first record when all share its category, with their group as its category when they share only that. Among
 * the records of one country (`oneCountry`), a supermarket listed under the same name as the pharmacy, café or
 * optician inside its stores ("Asda") is first the supermarket: its one grocer's record when the others name other
 * kinds of business. Not across countries: a grocer abroad says nothing of a namesake at home.
 */
function agreed(list: Candidates, oneCountry: boolean): SellerRecord | undefined {
  const first = list[0]!;
  if (list.every((record) => record.slug === first.slug)) return first;
  const group = groupOf(first.slug);
  if (group !== null && list.every((record) => groupOf(record.slug) === group))
    return recordCopy(first, group, first.localOnly === true);
  if (!oneCountry) return undefined;
  let grocer: SellerRecord | undefined;
  for (const record of list)
    if (record.slug === GROCERIES) {
      if (grocer !== undefined) return undefined;
      grocer = record;
    }
  return grocer;
}

const GROCERIES: CategorySlug = "food-dining.groceries";
const UTILITIES: CategorySlug = "bills-utilities.utilities";
/** The trades an operator of pipes or power lines names itself by after a brand (see tallyCompany). */
const OPERATOR_TRADES: ReadonlySet<string> = new Set(["oil", "petroleum", "mineraloel", "mineralol"]);

function groupOf(slug: CategorySlug | null): CategorySlug | null {
  if (slug === null) return null;
  const category = categoryBySlug(slug);
  return category === undefined ? null : (category.parentSlug ?? category.slug);
}

function choose(set: CandidateSet, countries: readonly string[]): SellerRecord | undefined {
  if (set.memoFor !== countries) {
    set.memoFor = countries;
    set.memo = chooseCandidate(set.list, countries);
  }
  return set.memo;
}

/** True when every token from `from` on is a place or filler ("STORES", "LONDON GB", "DRAMMEN NOR"), not more of a name. */
export function onlyTail(tokens: readonly string[], from: number): boolean {
  for (let k = from; k < tokens.length; ) {
    const length = tailLength(tokens, k);
    if (length === 0) return false;
    k += length;
  }
  return true;
}

/**
 * The longest alias matching the leading tokens; an exact-only alias must cover all `keyTokenCount`
 * tokens (the description minus a trailing "CITY ST"). One Map probe per token, no allocation.
 *
 * When none matches and the first word is short, the first two words are tried as one: banks and brands space a
 * name differently ("WAL MART" for Walmart, "E BAY" for eBay), and a short first word is where that
 * happens. The rest of the walk is the same, from the third word on.
 */
export function matchAlias(
  dict: SellerDictionary,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[] = DEFAULT_COUNTRIES,
  placeFrom: number = tokens.length,
  terminalCountries: readonly string[] | null = null,
): SellerRecord | undefined {
  const first = tokens[0];
  if (first === undefined) return undefined;
  const trie = dict.aliases;
  const firstHash = tokenHash(first);
  const node = findChild(trie.index, ROOT, firstHash, first, "");
  let found = node < 0 ? undefined : walk(trie, node, tokens, 1, keyTokenCount, countries, placeFrom);
  if (
    found !== undefined &&
    found.origin === "osm" &&
    found.countries !== "" &&
    matchedTokens === 1 &&
    (first.length < DISTINCTIVE_LENGTH
      ? !tradesHere(found, tokens, keyTokenCount, countries, terminalCountries)
      : terminalCountries !== null && !tradesInAny(found, terminalCountries))
  )
    found = undefined;
  // A brand of other countries named like a word or a first name ("GEORGE", "VINCENT"), read only through the town
  // after it, is read so where it trades: elsewhere the two are likelier a person's name ("GEORGE DAVIS" on a dollar
  // account) or a local business's, unless the terminal prints the brand's country ("KIWI DRAMMEN NOR").
  if (
    found !== undefined &&
    matchedExact &&
    found.origin === "osm" &&
    found.countries !== "" &&
    terminalCountries === null &&
    matchedTokens < tokens.length &&
    townLength(tokens, matchedTokens) > 0 &&
    !tradesAtHome(found, countries)
  )
    found = undefined;
  if (found?.localOnly === true && !tradesHome(found, countries)) found = undefined;
  if (found !== undefined && terminalCountries === null)
    found = sellerOfCountryNamed(dict, found, tokens, keyTokenCount, placeFrom);
  if (found !== undefined || tokens.length < 2 || first.length > MAX_JOINED_FIRST) return found;
  // The two words as one, hashed and compared as joined without building the joined string.
  const second = tokens[1]!;
  const joined = findChild(trie.index, ROOT, tokenHash(second, firstHash), first, second);
  if (joined >= 0) {
    // Two short words read as one brand's name ("FAIR PRICE") are everyday words elsewhere: only where it trades.
    // So are two initials ("J & D KELDORAN" is no JD.com on a British account), unless Tally lists it everywhere.
    const glued = walk(trie, joined, tokens, 2, keyTokenCount, countries, placeFrom);
    return glued === undefined ||
      (glued.origin === "tally" && glued.countries === "") ||
      tradesHome(glued, countries)
      ? glued
      : undefined;
  }
  return first === "the"
    ? afterArticle(dict, tokens, keyTokenCount, countries, placeFrom, terminalCountries)
    : undefined;
}

/**
 * The seller matchAlias read (`found`, spelled by the first matchedTokens), or the one that spelling names in the
 * country whose name follows it when `found` trades elsewhere: a name of another country after a brand is the
 * company's local arm there ("VODAFONE DEUTSCHLAND", Vodafone's, on a dollar account that reads VODAFONE as another
 * country's listing), or another business of the same name there ("SSP EGYPT" is no British bus company, "KIWI
 * EGYPT" no Norwegian grocer): the spelling is read again for that country, and only a seller trading there, or
 * everywhere, is kept. Whatever the account's country: the text says where the company is. The caller does not ask
 * where the terminal printed its country: the name before it is then its town ("MOS BURGER SINGAPORE SG"). Kept out
 * of matchAlias, which every row runs, so that its own code stays as small as it was.
 */
function sellerOfCountryNamed(
  dict: SellerDictionary,
  found: SellerRecord,
  tokens: readonly string[],
  keyTokenCount: number,
  placeFrom: number,
): SellerRecord | undefined {
  const countryAt = matchedTokens;
  if (found.countries === "" || countryAt >= tokens.length) return found;
  const country = companyCountryAt(tokens, countryAt);
  if (country === null || trades(found, country)) return found;
  // Read again as if the terminal had printed that country (which also keeps this question from being asked again).
  const where = [country];
  const again = matchAlias(dict, tokens, keyTokenCount, where, placeFrom, where);
  if (again === undefined) return undefined;
  // A spelling that holds the country's name itself ("VODAFONE DEUTSCHLAND") is its seller's, wherever the list says
  // that one trades.
  return again.countries === "" || trades(again, country) || spellsThrough(dict.aliases, tokens, countryAt)
    ? again
    : undefined;
}

/** Whether a spelling of the trie runs from the first token through the token at `at`, or the one after it. */
function spellsThrough(trie: SellerTrie, tokens: readonly string[], at: number): boolean {
  let found = findChild(trie.index, ROOT, tokenHash(tokens[0]!), tokens[0]!, "");
  if (found < 0) return false;
  for (let k = 1; k <= at + 1 && k < tokens.length; k++) {
    found = findChild(trie.index, found, tokenHash(tokens[k]!), tokens[k]!, "");
    if (found < 0) return false;
    if (k >= at && childFlags(found) & HOLDS) return true;
  }
  return false;
}

/** The fewest letters of a cut word a spelling is read from ("ENER" for Energy; "ACT" may be anything). */
const CUT_SPELLING_MIN = 4;
/** The fewest letters of a cut word at a known field width, after two whole words ("SCH" for School). */
const CUT_AT_WIDTH_MIN = 2;
/** The most letters a cut may have taken off the word ("EXPR" for Express). */
const CUT_SPELLING_MAX_CUT = 4;
/** How many letters a word a known field width cut may have lost (see cutSpelling). */
const FIELD_WIDTH_MAX_CUT = 20;

/**
 * A spelling of two words or more whose last word a fixed-width field cut short: "PUGET SOUND ENER" (an ACH
 * company name has 16 characters) is Puget Sound Energy, "CARREFOUR EXPR   1000 BRUS" Carrefour Express. Its words
 * are whole up to the cut one, which starts exactly one next word of the spellings they begin, at least
 * CUT_SPELLING_MIN of its letters and at most CUT_SPELLING_MAX_CUT fewer; the seller is that word's, read for the
 * account's countries like any spelling. Two whole words come before it, or one distinctive one (DISTINCTIVE_LENGTH
 * letters: "CARREFOUR"): after a short word a shorter word may be another name's ("RED BARN" is no "RED BARNET", Save
 * the Children in Danish). The cut word must end the name (nothing or a place after it), unless two whole words come
 * before it and no spelling starts with it: a word that starts spellings is a name's own ("BEST WEST COAST PIZZA"),
 * while "PUGET SOUND ENER" before "BILLPAY" can only be cut. A spelling that must be the whole name is read only
 * where the cut word ends it. A name cut between a spelling's words is read too (see the end). Read only when
 * nothing else named a seller. `atFieldWidth`: the text shows a field's width ending right after a letter (see
 * normalize.ts), so the cut word may have lost any number of letters ("BONNEVILLE POWER ADMIN" at 22 characters),
 * with two whole words before it.
 */
export function cutSpelling(
  dict: SellerDictionary,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  atFieldWidth = false,
): SellerRecord | undefined {
  const index = dict.aliases.index;
  let node = ROOT;
  for (let k = 0; k < keyTokenCount; k++) {
    const token = tokens[k]!;
    const hash = tokenHash(token);
    const next = findChild(index, node, hash, token, "");
    if (next >= 0) {
      if (!(childFlags(next) & INNER)) return undefined;
      node = next;
      continue;
    }
    // The first word that is no spelling's next word: the cut one, or another name's. Ending a name at a known field
    // width after two whole words, it may be as short as two letters ("MINNEAPOLIS PUBLIC SCH" at 22 characters).
    const endsName = k === keyTokenCount - 1 || onlyTail(tokens, k + 1);
    const fewest = atFieldWidth && k >= 2 && endsName ? CUT_AT_WIDTH_MIN : CUT_SPELLING_MIN;
    if (token.length < fewest || !isLetters(token)) return undefined;
    // After one word, only a distinctive one: "RED BARN" is no cut "RED BARNET" (Save the Children in Danish).
    if (k === 0 || (k === 1 && tokens[0]!.length < DISTINCTIVE_LENGTH)) return undefined;
    if (!endsName && (k < 2 || findChild(index, ROOT, hash, token, "") >= 0)) return undefined;
    const maxCut = atFieldWidth && k >= 2 && endsName ? FIELD_WIDTH_MAX_CUT : CUT_SPELLING_MAX_CUT;
    const cut = childStartingWith(index, node, token, maxCut);
    return cut < 0 ? undefined : cutRead(cutSeller(dict.aliases, cut, countries, endsName), k + 1);
  }
  // The whole name is the start of a longer spelling, cut between its words ("DIRECTION GENERALE DES" for the
  // French tax office's "… FINANCES PUBLIQUES"): read when at least CUT_WHOLE_WORDS_MIN words spell the start of only
  // one spelling; fewer may be a name of their own ("PUGET SOUND").
  return keyTokenCount >= CUT_WHOLE_WORDS_MIN
    ? cutRead(cutSeller(dict.aliases, node, countries, true), keyTokenCount)
    : undefined;
}

/** A cut reading's answer, with the match state set as matchAlias sets it (`length` tokens read, nothing else). */
function cutRead(found: SellerRecord | undefined, length: number): SellerRecord | undefined {
  if (found !== undefined) {
    matchedTokens = length;
    matchedBranch = false;
    matchedKindWords = 0;
    matchedExact = false;
  }
  return found;
}

/** The fewest whole words a name cut between a spelling's words is read from. */
const CUT_WHOLE_WORDS_MIN = 3;

/**
 * The seller a cut word's node holds, where it may be read: a spelling that may start a longer text, or one that
 * must be the whole name when the cut word ends it (`endsName`: "CARREFOUR EXPR" for Carrefour Express).
 */
function cutSeller(
  trie: SellerTrie,
  found: number,
  countries: readonly string[],
  endsName: boolean,
): SellerRecord | undefined {
  // A node that holds nothing stands for the one spelling it starts, if it starts only one ("FINANCE" for
  // "FINANCES PUBLIQUES").
  while (!(childFlags(found) & HOLDS)) {
    found = onlyChild(trie.index, found);
    if (found < 0) return undefined;
  }
  const flags = childFlags(found);
  const id = childId(trie.index, found);
  let record: SellerRecord | undefined;
  if (flags & PREFIX) record = trie.prefix[id]!;
  else if (flags & PREFIX_ALL) record = choose(trie.prefixAll.get(id)!, countries);
  else if (endsName && flags & EXACT) record = trie.exact.get(id);
  else if (endsName && flags & EXACT_ALL) record = choose(trie.exactAll.get(id)!, countries);
  if (record === undefined) return undefined;
  if (record.origin === "osm" && record.countries !== "" && !tradesInAny(record, countries)) return undefined;
  return record.localOnly === true && !tradesHome(record, countries) ? undefined : record;
}

/** A brand's name of two or more capitalised words of three letters or more, glued: "BurgerFuel", "FamilyMart". */
const CAMEL_CASE_NAME = /^(?:[A-Z][a-z]{2,}){2,}$/;
const CAMEL_WORD = /[A-Z][a-z]+/g;

/**
 * Tally's two-word names that glue into an English word ("LIFE TIME" into "lifetime"): read glued, they would claim
 * that word. Found by checking every glued name against an English word list (an-array-of-english-words).
 */
const GLUED_ENGLISH_WORDS: ReadonlySet<string> = new Set([
  "acetate",
  "bluebottle",
  "cookout",
  "foodless",
  "foxhound",
  "lifetime",
]);

/**
 * A brand of two words or more after "THE" that its spellings lack ("THE MENS WEARHOUSE #27"): terminals print the
 * article of a name that goes without one elsewhere. A one-word brand after it is as often a word of another
 * business's name ("THE APPLE TREE").
 */
function afterArticle(
  dict: SellerDictionary,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  placeFrom: number,
  terminalCountries: readonly string[] | null,
): SellerRecord | undefined {
  if (tokens.length < 3 || keyTokenCount < 3) return undefined;
  const found = matchAlias(
    dict,
    tokens.slice(1),
    keyTokenCount - 1,
    countries,
    Math.max(placeFrom - 1, 1),
    terminalCountries,
  );
  if (found === undefined || matchedTokens < 2) return undefined;
  // The walk's figures count from the article, as the caller reads them against its own tokens.
  matchedTokens += 1;
  return found;
}

/** Per terminal's countries (one list object per code, see clean.ts) and account's countries, the two as one list. */
const terminalLists = new WeakMap<readonly string[], WeakMap<readonly string[], readonly string[]>>();

/**
 * The countries to match a text in when it prints the terminal's country: the terminal's, then the account's. A
 * spelling several businesses share is then read as the one that trades where the terminal stood ("WOOLWORTHS …
 * AUCKLAND NZ" is New Zealand's grocer to an Australian account too). One list object per pair, so the choices made
 * for it are remembered (see choose), with the terminal's countries as its home tier (see chooseCandidate).
 */
export function terminalFirst(terminal: readonly string[], countries: readonly string[]): readonly string[] {
  let byAccount = terminalLists.get(terminal);
  if (byAccount === undefined) {
    byAccount = new WeakMap();
    terminalLists.set(terminal, byAccount);
  }
  let list = byAccount.get(countries);
  if (list === undefined) {
    const rest = countries.filter((country) => !terminal.includes(country));
    list = [...terminal, ...rest];
    markHomeCountries(list, terminal.length);
    // The account's own countries stay its own after the terminal's.
    const own = countries.slice(0, ownCountryCount(countries));
    markOwnCountries(list, terminal.length + rest.filter((country) => own.includes(country)).length);
    byAccount.set(countries, list);
  }
  return list;
}

/** How long a first word may be for the first two words to be tried as one ("wal" + "mart"). */
const MAX_JOINED_FIRST = 5;

/**
 * From this length a one-word brand name is distinctive enough to stand for the brand wherever it is printed
 * ("VINMONOPOLET"); shorter ones are often a surname, an acronym or a word that another business's name starts
 * with too ("Hofer", an Austrian grocer, is also the electrician HOFER ELEKTROTECHNIK GMBH).
 */
const DISTINCTIVE_LENGTH = 8;

/** How many tokens the spelling the last walk answered with covers (a scratch value, like clean.ts's arrays). */
let matchedTokens = 0;

/**
 * Whether the seller matchAlias last returned was read before a branch's name and its town (see branchThenTown): the
 * caller asks whether the branch word names another kind of business. A scratch value, like matchedTokens.
 */
let matchedBranch = false;
/** Whether sellerAt's last answer was read before a branch and its town (read by walk when the answer changes). */
let pickedBranch = false;
/**
 * How many words naming a kind of store stood between the seller matchAlias last returned and its place ("KIWI
 * SUPERMARKED DRAMMEN": 1), 0 when none (see kindWordsThenPlace); the caller asks whether they agree with the seller.
 */
let matchedKindWords = 0;
let pickedKindWords = 0;
/** Whether the walk's last step read its seller at that step's own node (not kept from a shorter spelling). */
let pickedHere = false;
/**
 * Whether the seller matchAlias last returned was read through a spelling that counts only as the whole text (an
 * everyday word: "Kiwi", "Shell"), not through one that may start a longer text. A scratch value, like matchedTokens.
 */
let matchedExact = false;
let pickedExact = false;

export function lastMatchExact(): boolean {
  return matchedExact;
}

export function lastMatchThroughBranch(): boolean {
  return matchedBranch;
}

export function lastMatchKindWords(): number {
  return matchedKindWords;
}

/**
 * The last word of `text` (a spelling of Tally's list, which cleans to `tokens`) as a token, when the cleaning dropped
 * it there but keeps it before another word: the text without it cleans to the same tokens, and the text with a word
 * after it to one more. null otherwise: a word dropped everywhere (a code such as "D1" or "MP3", a number) is read
 * as a number is (numberedForms).
 */
function droppedLastWord(text: string, tokens: readonly string[]): string | null {
  const trimmed = text.trimEnd();
  const cut = trimmed.lastIndexOf(" ");
  if (cut <= 0) return null;
  const rest = cleanDescription(trimmed.slice(0, cut)).tokens;
  if (rest.length !== tokens.length || rest.some((token, k) => token !== tokens[k])) return null;
  const followed = cleanDescription(`${trimmed} ${FOLLOWING_WORD}`).tokens;
  return followed.length === tokens.length + 2 && followed.at(-1) === FOLLOWING_WORD.toLowerCase()
    ? followed.at(-2)!
    : null;
}

/** Whether `text` is a web address ("Made.com", "CZC.cz") whose ending the cleaning dropped, leaving `token`. */
function droppedSiteEnding(text: string, token: string): boolean {
  const dot = text.lastIndexOf(".");
  return (
    dot > 0 &&
    isTld(text.slice(dot + 1).toLowerCase()) &&
    !squashed(token).endsWith(squashed(text.slice(dot + 1)))
  );
}

/** A word no cleaning drops, put after a spelling to see whether its last word stays before another. */
const FOLLOWING_WORD = "Zorvexa";

/** A text as letters and digits only, lower case and without accents ("1-800-Contacts" → "1800contacts"). */
function squashed(text: string): string {
  return foldForMatch(text.toLowerCase()).replace(/[^a-z0-9]+/g, "");
}

/**
 * Whether a seller read from the first of `tokens` (the cleaned words of `raw`) is meant: true unless that spelling
 * came from a name with a number or a web address's ending (see SellerDictionary.numbered) that the text does not
 * print with it, and no longer spelling of the seller is printed; or read from one letter alone, which a name cleans
 * to when the rest of it is a place's code ("E.ON", whose ON is Ontario's) and is meant only where the whole name is
 * printed ("E-470 PUBLIC HWY AUTH" is a toll road's, its number the store number cleaning drops).
 */
export function spellingPrinted(
  dict: SellerDictionary,
  known: SellerRecord,
  tokens: readonly string[],
  raw: string,
): boolean {
  if (matchedTokens === 1 && tokens[0]!.length === 1) return squashed(raw).includes(squashed(known.name));
  const numbered = dict.numbered.get(tokens[0]!);
  if (numbered === undefined || numbered.record !== known || matchedTokens !== 1) return true;
  if (spelledLonger(dict, known, tokens, tokens.length)) return true;
  const text = squashed(raw);
  return numbered.squashed.some((form) => text.includes(form));
}

/** How many leading tokens the seller matchAlias last returned was matched by. */
export function lastMatchLength(): number {
  return matchedTokens;
}

/**
 * A short one-word brand of name-suggestion-index that trades only in some countries is taken for that brand only
 * where it may be: when the terminal's country code is printed ("MATAS LISBOA PRT"), in that country; else
 * anywhere but at the start of another company's full name ("HOFER ELEKTROTECHNIK GMBH"), unless it trades where
 * the account holder most likely banks (the home tier: a euro account's usual countries, not all the euro's, so
 * "PENTA FINTECH GMBH" is not Slovakia's Penta hospitals).
 */
function tradesHere(
  record: SellerRecord,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  terminalCountries: readonly string[] | null,
): boolean {
  if (terminalCountries !== null) return tradesInAny(record, terminalCountries);
  return tradesAtHome(record, countries) || !namesAnotherCompany(tokens, keyTokenCount);
}

/**
 * A seller text that goes on past its first word to a company's legal form ("HOFER ELEKTROTECHNIK GMBH") is that
 * company's full name; only places and legal forms between the brand and the form ("HOFER KG", "ALDI UK LTD") keep
 * it the brand's.
 */
function namesAnotherCompany(tokens: readonly string[], keyTokenCount: number): boolean {
  if (keyTokenCount < 3 || !isLegalForm(tokens[keyTokenCount - 1]!)) return false;
  for (let k = 1; k < keyTokenCount - 1; k++) if (!isTailToken(tokens[k]!)) return true;
  return false;
}

export function tradesInAny(record: SellerRecord, countries: readonly string[]): boolean {
  for (const country of countries) if (trades(record, country)) return true;
  return false;
}

/** matchAlias from `start` (a findChild answer: the node and its flags), which stands for the first `from` tokens. */
function walk(
  trie: SellerTrie,
  start: number,
  tokens: readonly string[],
  from: number,
  keyTokenCount: number,
  countries: readonly string[],
  placeFrom: number,
): SellerRecord | undefined {
  let found = start;
  const first = tokens[0]!;
  // A short brand spelling from name-suggestion-index ("SSP", "CCC", "VW") is also an everyday abbreviation
  // in bank text ("CCC -XXX : I-BANK"): like that list's own matchNames, it counts only as the whole seller
  // text, or followed by nothing but a place or "STORES". A bare number ("365") needs the whole text: "365
  // ONLINE" is a bank's app. Tally's own list names its short aliases on purpose.
  // Whether the rest is only a place is asked only when the answer matters (a short first token, an exact-only
  // spelling): the common walk reads no more than the trie. -1: not yet known.
  const bareNumber = from === 1 && tokens.length > 1 && isDigitsOnly(first);
  let best: SellerRecord | undefined;
  matchedTokens = 0;
  matchedBranch = false;
  matchedKindWords = 0;
  matchedExact = false;
  for (let k = from; ; k++) {
    // A node that holds no seller (most inner nodes of longer spellings) is passed without reading anything.
    const flags = childFlags(found);
    if (flags & HOLDS) {
      const before = best;
      const plain = (flags & HOLDS) === PREFIX && !(k === 1 && isShortCode(first));
      pickedHere = plain;
      // The common node, a plain prefix spelling past a short first word, read here rather than through a call.
      best = plain
        ? trie.prefix[childId(trie.index, found)]!
        : sellerAt(
            trie,
            childId(trie.index, found),
            flags,
            k,
            tokens,
            keyTokenCount,
            countries,
            placeFrom,
            bareNumber,
            best,
          );
      // The same seller read again at a longer spelling ("SHELL OIL" after "SHELL" before a store word) is read
      // through the longer one, with no store word between it and its place.
      if (best !== before || (pickedHere && matchedKindWords > 0)) {
        matchedTokens = k;
        matchedBranch = pickedBranch;
        matchedKindWords = pickedKindWords;
        matchedExact = pickedExact;
      }
      pickedExact = false;
      pickedBranch = false;
      pickedKindWords = 0;
    }
    // A leaf has no child to look the next token up in.
    if (k >= tokens.length || !(flags & INNER)) break;
    const token = tokens[k]!;
    const next = findChild(trie.index, found, tokenHash(token), token, "");
    if (next < 0) break;
    found = next;
  }
  return best;
}

/** The walk's step at a node that holds a seller (`flags`): the seller it now stands on (`best` when none fits). */
function sellerAt(
  trie: SellerTrie,
  id: number,
  flags: number,
  k: number,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  placeFrom: number,
  bareNumber: boolean,
  best: SellerRecord | undefined,
): SellerRecord | undefined {
  const found = sellerHere(trie, id, flags, k, tokens, keyTokenCount, countries, placeFrom, bareNumber);
  pickedHere = found !== undefined;
  return found ?? best;
}

/** sellerAt's answer from this node alone: undefined when none of its spellings fits. */
function sellerHere(
  trie: SellerTrie,
  id: number,
  flags: number,
  k: number,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  placeFrom: number,
  bareNumber: boolean,
): SellerRecord | undefined {
  let best: SellerRecord | undefined;
  let wholeOrPlace = -1;
  if (k === 1 && isShortCode(tokens[0]!)) {
    // A short spelling needs a known place after it: an unknown word before a country code may be more name. A
    // branch named for its place in those scripts ("GAP（人民广场店）", "…新宿店") is one.
    wholeOrPlace =
      wholeOrPlaceAt(tokens, k, keyTokenCount, tokens.length, bareNumber) ||
      (!bareNumber && storeBranchAtEnd(tokens, k, keyTokenCount) ? 1 : 0);
    // Its town, then the district or mall of its shop ("XXL OSLO STORO"), names the chain's shop where it trades.
    let homeOnly = false;
    if (wholeOrPlace === 0 && !bareNumber && townThenBranch(tokens, k, keyTokenCount, placeFrom)) {
      wholeOrPlace = 1;
      homeOnly = true;
      // The caller asks whether the branch's words name another kind of business ("XXL OSLO KAFE").
      pickedBranch = true;
    }
    if (flags & PREFIX) {
      const prefix = trie.prefix[id]!;
      // Tally's own short spellings are named on purpose, where its seller trades: elsewhere ("ETB", a Colombian
      // telecom, on a dollar account) they are read as the map's are.
      const mapLike = prefix.origin === "osm" || (prefix.countries !== "" && !tradesInAny(prefix, countries));
      if (!(wholeOrPlace === 0 && mapLike) && !(homeOnly && !tradesHome(prefix, countries))) best = prefix;
    } else if (flags & PREFIX_ALL && wholeOrPlace === 1) {
      const chosen = choose(trie.prefixAll.get(id)!, countries);
      if (chosen !== undefined && !(homeOnly && !tradesHome(chosen, countries))) best = chosen;
    }
    if (homeOnly && flags & (EXACT | EXACT_ALL)) {
      const whole = flags & EXACT ? trie.exact.get(id) : choose(trie.exactAll.get(id)!, countries);
      if (whole === undefined || !tradesHome(whole, countries)) wholeOrPlace = 0;
    }
  } else if (flags & PREFIX) best = trie.prefix[id]!;
  else if (flags & PREFIX_ALL) best = choose(trie.prefixAll.get(id)!, countries) ?? best;
  if (flags & (EXACT | EXACT_ALL)) {
    if (wholeOrPlace === -1)
      wholeOrPlace = wholeOrPlaceAt(tokens, k, keyTokenCount, placeFrom, bareNumber && k === 1);
    if (wholeOrPlace === 1) {
      const whole = flags & EXACT ? trie.exact.get(id) : choose(trie.exactAll.get(id)!, countries);
      if (
        whole !== undefined &&
        !homeBrandOver(best, whole, countries) &&
        !(tokens.length === 1 && shortLatinWord(tokens[0]!) && tradesElsewhereOnly(whole, countries)) &&
        // Nor a name spelled as a country's code, as KDDI's "au" is Australia's: "PAYPAL *PAYPAL … AU AUS".
        !(k === 1 && isCountryCode(tokens[0]!) && tradesElsewhereOnly(whole, countries))
      ) {
        best = whole;
        pickedExact = true;
      }
    } else if (!bareNumber) {
      // Words of its kind of store, then its place ("KIWI SUPERMARKED DRAMMEN"), are read as well as a branch's name
      // ("KIWI SAGENSTUA TRONDHEIM"): a store word would read as a branch's name too, and the caller, told it was a
      // store word, asks whether it agrees with the chain. Not where a spelling that may start a longer text (a
      // prefix) ends here too: that one is read, whatever follows.
      const prefixHere = (flags & (PREFIX | PREFIX_ALL)) !== 0;
      const kindWords = prefixHere ? 0 : kindWordsThenPlace(tokens, k, keyTokenCount, placeFrom);
      // A chain's format ("COOP MEGA": Coop's, of name-suggestion-index's own entries) before its branch's name
      // says it is that chain's shop: the branch needs no town after it.
      // So does a name of three words or more ("PICK N PAY FAIRVIEW"): few other businesses are named like it.
      const townBranch = townThenBranch(tokens, k, keyTokenCount, placeFrom);
      const branch =
        branchThenTown(tokens, k) ||
        townBranch ||
        storeBranchAtEnd(tokens, k, keyTokenCount) ||
        (!prefixHere &&
          k >= 2 &&
          branchAtEnd(tokens, k, keyTokenCount, placeFrom) &&
          (k >= LONG_NAME || spellsSeller(trie, tokens, k - 1)));
      if (kindWords > 0 || branch) {
        const local = flags & EXACT ? trie.exact.get(id) : choose(trie.exactAll.get(id)!, countries);
        // Tally's own brands trade anywhere (before a store word, or a branch that says it is a shop: "APPLE 新宿店");
        // one of name-suggestion-index where the account (or the printed terminal) is, or everywhere ("CARREFOUR
        // EXPRESS SABLON BRUXELLES": a name of everyday words before its kind of store or a branch and its town is
        // that business's shop there).
        if (
          local !== undefined &&
          ((local.origin === "tally" &&
            (kindWords > 0 ||
              storeBranchAtEnd(tokens, k, keyTokenCount) ||
              // A branch's name and its town, where the chain trades, unless the spelling also opened a longer
              // text that was read already (the store word after it is then the caller's to weigh).
              (branch && best === undefined && tradesAtHome(local, countries))) &&
            // A short name of a brand that trades only elsewhere is a word there ("AFTERPAY AU PTY": KDDI's au
            // is Japan's), as alone (see tradesElsewhereOnly).
            !(shortLatinWord(tokens[0]!) && tradesElsewhereOnly(local, countries))) ||
            (local.origin === "osm" && tradesHome(local, countries)))
        ) {
          best = local;
          pickedBranch = branch;
          pickedKindWords = kindWords;
          pickedExact = true;
        }
      }
    }
  }
  return best;
}

/** A word of Latin letters shorter than a distinctive name (see DISTINCTIVE_LENGTH): "STAR", "SAM", "LUCKY". */
export function shortLatinWord(token: string): boolean {
  if (token.length >= DISTINCTIVE_LENGTH) return false;
  // A brand spelled in Greek or Hangul trades where that script is written.
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Whether a seller read through a spelling that counts only as the whole text trades only in other countries than
 * the account's (its currency's, see markOwnCountries, and the terminal's where it printed one). Such a spelling,
 * when it is a short Latin word, is an everyday word or a given name, and printed alone it is far more often a
 * person, a nickname a wallet prints for its user ("Coco" in a WeChat Pay bill) or a shop of that name at home than
 * a brand of another country: sellerHere does not read it as that brand then. A traveller's card line abroad prints
 * the town or the country after the name ("MATAS KOBENHAVN DNK"), which is still read, as are a name of several
 * words ("GREYHOUND ENERGY"), a long one ("DELHAIZE"), which few people or other shops are called, and one in
 * another script.
 */
function tradesElsewhereOnly(whole: SellerRecord, countries: readonly string[]): boolean {
  return whole.countries !== "" && !tradesInOwn(whole, countries);
}

/**
 * Whether a record trades in one of the account's own countries (see markOwnCountries). Not in the default countries
 * every list ends with: those let a brand of the usual countries count on any account, as a choice between
 * same-named businesses may, where a reading that asks where the account is must not.
 */
export function tradesInOwn(record: SellerRecord, countries: readonly string[]): boolean {
  const own = ownCountryCount(countries);
  for (let i = 0; i < own && i < countries.length; i++) if (trades(record, countries[i]!)) return true;
  return false;
}

/**
 * Whether a spelling that may start a longer text (`prefix`) names a brand of the account's own countries where the
 * whole-text spelling (`whole`) names one of other countries only: "EKAR" alone is Madagascar's school on an ariary
 * account and the Gulf's car share on a dirham one, "STAN" a French transit network on a euro account.
 */
function homeBrandOver(
  prefix: SellerRecord | undefined,
  whole: SellerRecord,
  countries: readonly string[],
): boolean {
  return (
    prefix !== undefined &&
    prefix !== whole &&
    whole.countries !== "" &&
    prefix.countries !== "" &&
    !tradesAtHome(whole, countries) &&
    tradesAtHome(prefix, countries)
  );
}

/**
 * How many words (one or two) after the first `k` stand between a name and its place, 0 when the text is not so
 * shaped: "KIWI SUPERMARKED DRAMMEN", "COOP SUPERMARKET 0412 TARTU", "SHELL TANKSTELLE", a store phrase of two words
 * ("… PETROL STATION LEEDS"), "KIWI SUPERMARKED SAGENSTUA". Card terminals print the kind of store after a chain's name, then its branch or town. Only the shape
 * is read here: normalize.ts asks whether the words name a kind of store that agrees with the chain's category (a
 * word of another kind, "KIWI CAFE", or no store word at all, "SHELL BEACH", leaves the chain unread).
 */
export function kindWordsThenPlace(
  tokens: readonly string[],
  k: number,
  keyTokenCount: number,
  placeFrom: number,
): number {
  for (let words = 1; words <= 2 && k + words <= tokens.length; words++) {
    const word = tokens[k + words - 1]!;
    if (word.length < 3 || isTailToken(word) || !isLetters(word)) return 0;
    if (placeOrBranchAfter(tokens, k + words, keyTokenCount, placeFrom)) return words;
  }
  return 0;
}

/**
 * Whether what follows the store words from `rest` on is the shop's place: nothing, a place or the terminal's city
 * field, a branch's name and its town, or a branch's name ending the name ("KIWI SUPERMARKED SAGENSTUA": the store
 * words already say it is the chain's shop, so the branch needs no town after it).
 */
export function placeOrBranchAfter(
  tokens: readonly string[],
  rest: number,
  keyTokenCount: number,
  placeFrom: number,
): boolean {
  return (
    rest >= keyTokenCount ||
    rest >= placeFrom ||
    onlyTail(tokens, rest) ||
    branchThenTown(tokens, rest) ||
    branchAtEnd(tokens, rest, keyTokenCount, placeFrom)
  );
}

/**
 * Whether the token at `k` is a branch's name that ends the seller's name: a word of letters, no place itself,
 * followed by nothing, a place, or the terminal's city field.
 */
function branchAtEnd(
  tokens: readonly string[],
  k: number,
  keyTokenCount: number,
  placeFrom: number,
): boolean {
  const branch = tokens[k];
  if (branch === undefined || isTailToken(branch) || !isLetters(branch)) return false;
  // A shorter word is a branch's name only where it ends the text: a fixed-width field cut it ("NEW WORLD KEL…").
  if (branch.length < 4 && k + 1 < tokens.length) return false;
  return k + 1 >= keyTokenCount || k + 1 >= placeFrom || onlyTail(tokens, k + 1);
}

/**
 * A spelling of three characters or fewer in an alphabet ("SSP", "VW", "365"), which bank text also prints as an
 * abbreviation. Not three Chinese or Japanese characters ("肯德基"), nor a name holding one beside a digit ("7分甜"):
 * names as distinctive as any.
 */
function isShortCode(token: string): boolean {
  if (token.length > 3) return false;
  // Not a name with a CJK word in it ("7分甜", "1点点"): three of those characters are a name, not an abbreviation.
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) >= CJK_START) return false;
  return true;
}

/** Where the CJK scripts begin (U+2E80, the radicals): kana, ideographs and hangul all come after. */
const CJK_START = 0x2e80;

/**
 * Whether the token at `k` is a Chinese, Japanese, Korean or Thai shop's branch name ending the text: a place's name
 * then 店 or 점 (shop), as "肯德基（人民广场店）", "スターバックス 渋谷店" and "공차 강남점" print it, or สาขา (branch)
 * then the place's name.
 */
function storeBranchAtEnd(tokens: readonly string[], k: number, keyTokenCount: number): boolean {
  const branch = tokens[k];
  return (
    branch !== undefined &&
    k + 1 >= keyTokenCount &&
    branch.length >= 2 &&
    (branch.endsWith("店") || branch.endsWith("점") || branch.startsWith("สาขา"))
  );
}

/** Whether some spelling starts with `token`: one probe, before a caller builds anything to match from it. */
export function startsSpelling(dict: SellerDictionary, token: string): boolean {
  return findChild(dict.aliases.index, ROOT, tokenHash(token), token, "") >= 0;
}

/**
 * How `token` opens a seller's spelling: 2 when `next` continues one ("HS1 LTD"), 1 when it is a one-word spelling of
 * its own ("O2"), 0 when neither. A short code after a channel word ("K1", "O2") is the terminal's unless it names a
 * seller (see skipBeforeName).
 */
export function opensSeller(dict: SellerDictionary, token: string, next: string | undefined): 0 | 1 | 2 {
  const found = findChild(dict.aliases.index, ROOT, tokenHash(token), token, "");
  if (found < 0) return 0;
  if (next !== undefined && findChild(dict.aliases.index, found, tokenHash(next), next, "") >= 0) return 2;
  return (childFlags(found) & HOLDS) !== 0 ? 1 : 0;
}

/** Whether the first `count` tokens are, all of them, one of `known`'s spellings ("HALDIRAM SNACKS"). */
export function spelledWhole(
  dict: SellerDictionary,
  known: SellerRecord,
  tokens: readonly string[],
  count: number,
): boolean {
  const trie = dict.aliases;
  const found = spellingNode(trie, tokens, count);
  if (found < 0) return false;
  const id = childId(trie.index, found);
  return (
    trie.prefix[id] === known ||
    trie.exact.get(id) === known ||
    (trie.prefixAll.get(id)?.list.includes(known) ?? false) ||
    (trie.exactAll.get(id)?.list.includes(known) ?? false)
  );
}

/**
 * Whether the first two to `upTo` tokens are one of `known`'s longer spellings ("VCA HOSPITAL", "CINEMA XXI"): the
 * walk reports the first length it met a seller at (see lastMatchLength), so a caller asking whether one word alone
 * read it checks the longer spellings here.
 */
export function spelledLonger(
  dict: SellerDictionary,
  known: SellerRecord,
  tokens: readonly string[],
  upTo: number,
): boolean {
  for (let count = Math.min(upTo, tokens.length); count > 1; count--)
    if (spelledWhole(dict, known, tokens, count)) return true;
  return false;
}

/** Whether the first `count` tokens spell a seller of their own (a chain's name before its format's word). */
function spellsSeller(trie: SellerTrie, tokens: readonly string[], count: number): boolean {
  return spellingNode(trie, tokens, count) >= 0;
}

/** The node where the first `count` tokens end a spelling that holds a seller (a findChild answer), or -1. */
function spellingNode(trie: SellerTrie, tokens: readonly string[], count: number): number {
  let found = ROOT;
  for (let k = 0; k < count; k++) {
    found = findChild(trie.index, found, tokenHash(tokens[k]!), tokens[k]!, "");
    if (found < 0) return -1;
  }
  return count > 0 && (childFlags(found) & HOLDS) !== 0 ? found : -1;
}

/**
 * Whether the tokens after the first `k` are a branch's name and its town ("KIWI SAGENSTUA TRONDHEIM", "… NOR"):
 * see branchWordsBeforeTown. Chains name their shops after the quarter or street they stand in. Only a chain of
 * name-suggestion-index that trades where the account (or the printed terminal) is, is read so (see sellerAt): the
 * branch word may be a name's second word elsewhere, and a word naming another kind of business ("KIWI KAFE OSLO")
 * is left to normalize.ts, which reads it.
 */
function branchThenTown(tokens: readonly string[], k: number): boolean {
  return branchWordsBeforeTown(tokens, k) > 0;
}

/**
 * How many words after the first `k` name a branch before its town, 0 when the text is not so shaped: one or two
 * words of letters that are no place themselves ("SIMPLY JUAN BRAVO MADRID", "MAX GAMLA ULLEVI GÖTEBORG"), the first
 * of four letters or more and the second of three, then a town or city, then at most a place or country code.
 */
export function branchWordsBeforeTown(tokens: readonly string[], k: number): number {
  for (let words = 1; words <= 2; words++) {
    const branch = tokens[k + words - 1];
    // A town must follow it.
    if (k + words >= tokens.length) return 0;
    if (branch === undefined || branch.length < (words === 1 ? 4 : 3) || isTailToken(branch)) return 0;
    for (let i = 0; i < branch.length; i++) {
      const c = branch.charCodeAt(i);
      if (c < 97 || c > 122) return 0;
    }
    const town = townLength(tokens, k + words);
    if (town > 0 && onlyTail(tokens, k + words + town)) return words;
  }
  return 0;
}

/**
 * Whether the words after the first `k` are a town, then one or two words of a branch ending the text: the district or
 * mall a card terminal names after its town ("MUSTI TAMPERE LIELAHTI", "ALBERT BRNO LESNA"), the town first.
 */
function townThenBranch(
  tokens: readonly string[],
  k: number,
  keyTokenCount: number,
  placeFrom: number,
): boolean {
  return townBranchEnd(tokens, k, keyTokenCount, placeFrom) > 0;
}

/** Where the branch's words end when townThenBranch holds (the caller asks what they name), else 0. */
export function townBranchEnd(
  tokens: readonly string[],
  k: number,
  keyTokenCount: number,
  placeFrom: number,
): number {
  if (k >= tokens.length) return 0;
  const town = townLength(tokens, k);
  if (town === 0) return 0;
  const at = k + town;
  if (NAME_ENDINGS.has(tokens[at] ?? "") || NAME_ENDINGS.has(tokens[at + 1] ?? "")) return 0;
  if (branchAtEnd(tokens, at, keyTokenCount, placeFrom)) return at + 1;
  return isLetters(tokens[at] ?? "") &&
    tokens[at]!.length >= 4 &&
    branchAtEnd(tokens, at + 1, keyTokenCount, placeFrom)
    ? at + 2
    : 0;
}

/**
 * Words that end a local business's own name after its town ("CLICKS LYNNWOOD STUDIO", "ALPHA OSLO SERVICES") rather
 * than name a chain's branch: with one, the text is that business's name.
 */
const NAME_ENDINGS: ReadonlySet<string> = new Set([
  "studio",
  "studios",
  "services",
  "service",
  "solutions",
  "design",
  "designs",
  "media",
  "group",
  "consulting",
  "photography",
  "productions",
  "club",
  "company",
  "co",
  "partners",
  "associates",
  "enterprises",
  "holdings",
  "trading",
]);

/** tradesAtHome, or trades anywhere (no countries listed). */
export function tradesHome(record: SellerRecord, countries: readonly string[]): boolean {
  return record.countries === "" || tradesAtHome(record, countries);
}

/** Whether a record trades in the first (home) tier of `countries`: the terminal's, else the account's. */
function tradesAtHome(record: SellerRecord, countries: readonly string[]): boolean {
  const home = homeCountries.get(countries) ?? 1;
  for (let i = 0; i < home && i < countries.length; i++) if (trades(record, countries[i]!)) return true;
  return false;
}

/**
 * 1 when the tokens after the first `k` are nothing or only a place ("bareNumber": never), else 0. A place is a
 * known city, region or filler, or the city field of a card terminal's "CITY COUNTRY" (from `placeFrom` on).
 */
function wholeOrPlaceAt(
  tokens: readonly string[],
  k: number,
  keyTokenCount: number,
  placeFrom: number,
  bareNumber: boolean,
): number {
  if (bareNumber) return 0;
  return k >= keyTokenCount || k >= placeFrom || onlyTail(tokens, k) ? 1 : 0;
}

function isDigitsOnly(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The seller whose canonical key is `key` (one normalizeSeller returned, say stored on a transaction): one
 * Map probe. A key that is some other spelling of a seller is matched as a whole alias. Raw bank text goes
 * through resolveSeller in normalize.ts instead, which also matches prefixes and keywords.
 */
export function lookupSeller(dict: SellerDictionary, key: string): SellerRecord | null {
  return dict.byKey.get(key) ?? wholeAlias(dict, key.split(" ")) ?? null;
}

/** An alias (prefix or exact) equal to all of `tokens`; a stored key must not match by its first words. */
function wholeAlias(dict: SellerDictionary, tokens: readonly string[]): SellerRecord | undefined {
  const trie = dict.aliases;
  let found = ROOT;
  for (let k = 0; k < tokens.length && found >= 0; k++)
    found = findChild(trie.index, found, tokenHash(tokens[k]!), tokens[k]!, "");
  if (found < 0 || tokens.length === 0) return undefined;
  const id = childId(trie.index, found);
  const many = trie.prefixAll.get(id) ?? trie.exactAll.get(id);
  return (
    trie.prefix[id] ??
    trie.exact.get(id) ??
    (many === undefined ? undefined : choose(many, DEFAULT_COUNTRIES))
  );
}
