// Where an account holder most likely banks, from the account's currency: it decides among same-named brands and
// whether a short brand counts ("Kiwi" is a Norwegian grocer). Apart from assign.ts so the evaluation judges a row
// with the countries the app would use. No `import "server-only"`: scripts/eval-categorize.ts imports it via tsx.

import { countries as COUNTRY_INFO } from "countries-list";
import { DEFAULT_COUNTRIES, markHomeCountries, markOwnCountries } from "@/server/categorize/dictionary";

/** Where an account in this currency most likely banks, first; the usual countries follow. */
const COUNTRIES_BY_CURRENCY: Record<string, readonly string[]> = {
  USD: ["us"],
  CAD: ["ca"],
  GBP: ["gb"],
  EUR: ["ie", "fr", "de", "nl", "es", "it", "be", "at", "pt", "fi"],
  AUD: ["au"],
  NZD: ["nz"],
  CHF: ["ch"],
  SEK: ["se"],
  NOK: ["no"],
  DKK: ["dk"],
  PLN: ["pl"],
  MXN: ["mx"],
  BRL: ["br"],
  JPY: ["jp"],
  INR: ["in"],
  // Currencies of one country each, so a Czech or a Turkish account reads Czech or Turkish sellers first.
  CZK: ["cz"],
  HUF: ["hu"],
  RON: ["ro"],
  BGN: ["bg"],
  RSD: ["rs"],
  BAM: ["ba"],
  MKD: ["mk"],
  ISK: ["is"],
  TRY: ["tr"],
  UAH: ["ua"],
  RUB: ["ru"],
  ZAR: ["za"],
  SGD: ["sg"],
  HKD: ["hk"],
  CNY: ["cn"],
  KRW: ["kr"],
  TWD: ["tw"],
  THB: ["th"],
  MYR: ["my"],
  IDR: ["id"],
  PHP: ["ph"],
  ILS: ["il"],
  AED: ["ae"],
  SAR: ["sa"],
  ARS: ["ar"],
  CLP: ["cl"],
  COP: ["co"],
  PEN: ["pe"],
};

// One list object per currency: the dictionary remembers its choices per list object.
const countryLists = new Map<string, readonly string[]>();

/** Every country and territory whose money is `code`, from countries-list (ISO 3166 and 4217), in code order. */
function countriesUsing(code: string): string[] {
  const out: string[] = [];
  for (const [country, info] of Object.entries(COUNTRY_INFO))
    if ((info.currency as readonly string[]).includes(code)) out.push(country.toLowerCase());
  return out;
}

/**
 * Where an account in `currency` most likely banks. The usual countries above come first and are equally likely (the
 * home tier); then every other country and territory whose money it is, each on its own: a euro account may be in
 * Tallinn or Bratislava, where the usual countries' brands are not. A currency missing above is its countries' own
 * (the West African franc's eight, the naira's Nigeria), all equally likely. Then Tally's default countries.
 */
export function countriesForCurrency(currency: string | null | undefined): readonly string[] {
  const code = currency?.toUpperCase() ?? "";
  let list = countryLists.get(code);
  if (list !== undefined) return list;
  const users = /^[A-Z]{3}$/.test(code) ? countriesUsing(code) : [];
  const home = COUNTRIES_BY_CURRENCY[code] ?? users;
  if (home.length === 0) return DEFAULT_COUNTRIES;
  // Only a shared currency's other members follow the usual ones: the countries that also use the dollar or the
  // pound (Ecuador, Zimbabwe, Jersey) are few of a dollar account's holders, and their short brands would count.
  const others = code === "EUR" ? users.filter((country) => !home.includes(country)) : [];
  list = [...home, ...others, ...DEFAULT_COUNTRIES.filter((c) => !home.includes(c) && !others.includes(c))];
  markHomeCountries(list, home.length);
  markOwnCountries(list, home.length + others.length);
  countryLists.set(code, list);
  return list;
}
