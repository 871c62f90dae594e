// Where an account holder most likely banks, from the account's currency: it decides among same-named brands and
// whether a short brand counts ("Kiwi" is a Norwegian grocer). Apart from assign.ts so the evaluation judges a row
// with the countries the app would use. No `import "server-only"`: scripts/eval-categorize.ts imports it via tsx.

import { DEFAULT_COUNTRIES, markHomeCountries } from "@/server/categorize/dictionary";

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

export function countriesForCurrency(currency: string | null | undefined): readonly string[] {
  const code = currency?.toUpperCase() ?? "";
  const first = COUNTRIES_BY_CURRENCY[code];
  if (!first) return DEFAULT_COUNTRIES;
  let list = countryLists.get(code);
  if (list === undefined) {
    list = [...first, ...DEFAULT_COUNTRIES.filter((c) => !first.includes(c))];
    markHomeCountries(list, first.length);
    countryLists.set(code, list);
  }
  return list;
}
