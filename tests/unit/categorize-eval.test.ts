import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { evaluateCategorizer, MAX_WRONG, MIN_RIGHT, parseEvalCsv, rate } from "@/server/categorize/evaluate";

// The same evaluation scripts/eval-categorize.ts prints, as a gate. Right means the category is in the expected
// group; the real-bank set is small and comes from public statement files, so its bar is what it reaches today
// (the script prints the figures), and a change that makes it worse fails here.
const load = (file: string) =>
  parseEvalCsv(readFileSync(path.join(__dirname, "..", "categorize-eval", file), "utf8"), file);

/** A real-bank file, after checking that every row says where its text came from and under which licence. */
function loadRealBank(file: string) {
  const text = readFileSync(path.join(__dirname, "..", "categorize-eval", file), "utf8");
  const rows = parseEvalCsv(text, file);
  for (const row of rows) {
    expect(row.source, row.description).not.toBe("");
    expect(row.currency ?? "", row.description).toMatch(/^([A-Z]{3})?$/);
  }
  const lines = text.split(/\r?\n/).filter((line) => line && !line.startsWith("#"));
  // Permissive or copyleft licences only (no non-commercial ones): MIT, ISC (MIT's terms in fewer words),
  // GPL-2.0/3.0, AGPL-3.0 (GPL-3.0 plus network use; real-bank-11 names the copyright holder in its header), EPL-1.0
  // and EPL-2.0 (weak copyleft like MPL; real-bank-22), LGPL-3.0 (weak copyleft, real-bank-18), BSD-2/3-Clause, Apache-2.0, CC0-1.0; a GPL's
  // SPDX "-only" or "-or-later" where the source says which, and GPL-1.0-or-later where it says "GPL" without a
  // version (real-bank-15).
  for (const line of lines.slice(1))
    expect(line).toMatch(
      /,(MIT|ISC|(A|L)?GPL-[23]\.0(-only|-or-later)?|GPL-1\.0-or-later|EPL-[12]\.0|BSD-[23]-Clause|Apache-2\.0|CC0-1\.0)$/,
    );
  return rows;
}

describe("categorization eval sets", () => {
  it("bank-style descriptions: at least 90% right by group and at most 3% wrong", () => {
    const rows = load("descriptions.csv");
    expect(rows.length).toBeGreaterThanOrEqual(500);
    const report = evaluateCategorizer(rows, defaultSellerDictionary());
    expect(rate(report.overall, "right")).toBeGreaterThanOrEqual(MIN_RIGHT);
    expect(rate(report.overall, "wrong")).toBeLessThanOrEqual(MAX_WRONG);
  });

  it("descriptions nobody could place stay uncategorized", () => {
    const rows = load("descriptions.csv").filter((row) => row.expected === null);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const report = evaluateCategorizer(rows, defaultSellerDictionary());
    expect(report.misses.map((miss) => miss.description)).toEqual([]);
  });

  // Each real-bank file: every row names its source and licence, and its figures hold at a floor.
  // - real-bank.csv: the first batch, which reaches the target's ≤ 3% wrong.
  // - real-bank-2.csv: more banks, more languages, more cut-off text; far from the target today. Its floor is what
  //   it reaches now (raised after the fixes its misses showed, so it is no longer a pure hold-out). Raise it as
  //   the work lands.
  // - real-bank-3.csv: built as the hold-out (files no earlier set cites); its misses were then studied for general
  //   rules (European bank text), so like real-bank-2 it is a tuning set now and its floors follow the work.
  // - real-bank-4.csv: the hold-out gathered once real-bank-3 began to be used for tuning: again only repositories no
  //   earlier set cites. Its floors are what it reached on the day it was added (right less 0.03, wrong plus 0.02).
  //   real-bank-6 and then real-bank-7 took over as the hold-out; its floors now follow the work (raised with the
  //   bank words of issue 14, item 3: 0.761 / 0.087 then; stop 33's brands named with two glued words took it to
  //   0.848 / 0.065: right floor that less 0.03).
  // - real-bank-5.csv: the fifth batch, gathered (again from repositories no earlier set cites, permissive licences
  //   only) to be the tuning set while real-bank-4 stays the hold-out. Its floors are what it reached on the day it
  //   was added (right 0.437 less ~0.03, wrong 0.119 plus ~0.03); raise them as rules land (now 0.702 / 0.013).
  // - real-bank-6.csv: the hold-out gathered to replace real-bank-4 in that role (repositories no earlier set cites,
  //   labelled before the categorizer saw the rows). Its floors were what it reached on the day it was added (right
  //   0.565 less 0.03, wrong 0.027 plus 0.02). It was then used for pass/fail checks while rules were tuned, so it is
  //   a hold-out no longer; stop 31 read its misses too (a doctor's title, a web address printed with spaces), so it
  //   is a tuning set now: 0.728 / 0.048 then, floors that less 0.03, plus 0.02 (wrong kept at 0.05, see below).
  // - real-bank-7.csv: the hold-out before real-bank-8 (87 rows, again from repositories no other set cites, labelled
  //   before the categorizer saw them, run once). Its floors are what it reached on the day it was added (right 0.425
  //   less 0.03, wrong 0.046 plus 0.02). Stop 27's general vocabulary (fees beside their operation, Central European
  //   and Balkan business and bank words, card networks as wrappers) took it to 0.540 / 0.046, run once; its right
  //   floor was then that less 0.03. It is no longer the hold-out: once real-bank-8 took that role, stop 28 read its
  //   misses for general rules (ABN AMRO's Naam: field, German text without umlauts, towns by their own names), so it
  //   is a tuning set now, at 0.759 / 0.034, and 0.782 / 0.034 after stop 31: floors that less 0.03, plus 0.02.
  // - real-bank-8.csv: the hold-out before real-bank-9 (90 rows from five repositories no other set cites, labelled
  //   before the categorizer saw them, run once). Its floors are what it reached on the day it was added (right 0.455
  //   less 0.03, wrong 0.167 plus 0.02). Once real-bank-9 took over as the hold-out it became a set to tune on: stop
  //   29 read its misses for general rules (German and Austrian labelled SEPA fields, Belgian Fortis details, a few
  //   words), taking it to 0.711 / 0.044, and stop 31 to 0.767 / 0.044: floors that less 0.03, plus 0.02.
  // - real-bank-9.csv: the hold-out before real-bank-10 (150 rows from six repositories no other set cites, labelled
  //   before the categorizer saw them, run once: right 0.447, wrong 0.160). Once real-bank-10 took over as the
  //   hold-out it became a set to tune on: stop 30 read its misses for general rules ("grand" is a place, not a
  //   department store; "POS SALE" is a card wrapper; a transfer's charge is a fee; stamp duty; Portuguese interest
  //   and redemption words; a rebate is a refund; money in from a platform businesses pay for is not that platform's
  //   category; a business word a fixed-width field cut short; a church in ten more languages, a telco, a medical
  //   aid; Itaú's interest, package fee and vehicle-licence wording; a chain's three-word name before its branch),
  //   taking it to 0.593 / 0.073, and stop 31 (an invoice paid by transfer, a cut two-word kind of business, a
  //   processor's payout is income) to 0.633 / 0.047, and stop 33 to 0.640 / 0.040: floors that less 0.03, plus 0.02.
  // - real-bank-10.csv: the hold-out before real-bank-11 (137 rows from four repositories no other set cites,
  //   labelled before the categorizer saw them, run once). Its floors were what it reached on the day it was added
  //   (right 0.431 less 0.03, wrong 0.124 plus 0.02). Once real-bank-11 took over as the hold-out it became a set to
  //   tune on: stop 31 read its misses for general rules (a company paying by transfer is income; Portuguese and
  //   French bank, tax and transfer wording; software domains; processors' codes before a star), taking it to
  //   0.555 / 0.109: floors that less 0.03, plus 0.02. Its business-services rows are a business account's: Tally
  //   files consumer software (Adobe, Microsoft, OpenAI) under Electronics & Software, where they are labelled
  //   Business Software; those rows stay wrong by design. Stop 34 reads Mercury's "name; memo; account" columns in
  //   order (0.569 / 0.124): two rows it now names are labelled otherwise (Udemy paying an instructor is income,
  //   Amazon Business is General Merchandise), so the wrong floor stays 0.129 and the right one is 0.539.
  // - real-bank-11.csv: the hold-out before real-bank-12 (179 rows from three repositories no other set cites: a US
  //   credit union's card OFX, New Zealand, Australian, UK and French Polynesian accounts, Chase and Australian parser
  //   samples; labelled before the categorizer saw them). Its floors were what it reached on the day it was added
  //   (right 0.503 less 0.03, wrong 0.089 plus 0.02). Once real-bank-12 took over as the hold-out it became a set to
  //   tune on: stop 34 read its misses for general rules (columns joined by a spaced semicolon, a street address after
  //   the name, Kiwibank's cut field, glued names and codes, BPAY's wrapper), taking it to 0.626 / 0.078: floors that
  //   less 0.03, plus 0.02. Its labels file a tax office's, a power company's and a fee's money back as a refund;
  //   Tally nets them against their category, as real-bank-9 and real-bank-5 label them, so those rows stay wrong.
  // - real-bank-12.csv and real-bank-13.csv: the twelfth and thirteenth batches, the hold-outs before real-bank-14
  //   (99 rows each from repositories no other set cites: Chinese, Hong Kong, Japanese, Canadian, Ukrainian, Swedish,
  //   South African, UK and German accounts; French, German, Singaporean, Hong Kong, Italian and Brazilian ones). Their
  //   floors were what they reached on the day each was added (0.455 / 0.071 and 0.606 / 0.051, less 0.03 and plus
  //   0.02). Once real-bank-14 had been gathered, stop 36 read their misses for general rules (Chinese and Japanese
  //   text read word by word, bank words of those languages and of Ukrainian and Russian, French abbreviations, a
  //   Romance name's head), so they are sets to tune on now, their floors raised to where that left them (0.747 / 0.081
  //   and 0.747 / 0.051, less 0.03; the wrong floors stay as they were, which is stricter than plus 0.02).
  // - real-bank-14.csv: the fourteenth batch, the hold-out before real-bank-15 (253 rows from fifteen repositories no
  //   other set cites: Brazilian, Swiss, US, Nordic, Estonian, Congolese, UK, French, Russian, German, Japanese and
  //   Czech accounts). Its floors were what it reached on the day it was added (0.589 / 0.099, less 0.03 and plus
  //   0.02). Once real-bank-15 was being gathered, stop 37 read its misses for general rules (the bank's own labels,
  //   MT940 subfields, interest paid, Brazilian and Swiss words), so it is a set to tune on now, its floors raised to
  //   where that left it (0.751 / 0.067, less 0.03, plus 0.02).
  // - real-bank-15.csv: the fifteenth batch, the hold-out before real-bank-16 (119 rows from sixteen repositories no
  //   other set cites: Belgian, UK, Italian, Danish, Swiss, Spanish, Brazilian, Indian, Thai, US, Indonesian and
  //   Zambian accounts). Its floors were what it reached on the day it was added (0.529 / 0.143, less 0.03 and plus
  //   0.02). Once real-bank-16 had been gathered, stop 38 read its misses for general rules (Fortis's French
  //   details, chains whose names the word lists hold as names in the news, Italian and Danish wording), so it is a
  //   set to tune on now, its floors raised to where that left it (0.748 / 0.084, less 0.03, plus 0.02).
  // - real-bank-16.csv: the sixteenth batch, the hold-out before real-bank-17 (131 rows from nine repositories no
  //   other set cites: Australian, Indian, US, French, Swedish, Dutch, Romanian and Slovenian accounts). Its floors
  //   were what it reached on the day it was added (0.641 / 0.061, less 0.03 and plus 0.02). Once real-bank-17 had
  //   been gathered, stop 39 read its misses for general rules (Australian states, Rabobank's and SNS's lines, MT940
  //   subfields marked with ^, dotted acronyms, processors' codes before a star, Indian card wording), so it is a set
  //   to tune on now, its floors raised to where that left it (0.756 / 0.053, less 0.03, plus 0.02).
  // - real-bank-17.csv: the seventeenth batch, the hold-out before real-bank-18 (78 rows from eleven repositories no
  //   other set cites: New Zealand, Finnish, Swedish, French, Indian, German, Japanese, Swiss, Chinese, Thai, Estonian
  //   and Nigerian accounts). Its floors were what it reached on the day it was added (0.526 / 0.064, less 0.03 and
  //   plus 0.02). Once real-bank-18 had been gathered, stop 40 read its misses for general rules (Finnish "Osto",
  //   Swedish and German bank wording, card issuers, Nordic vehicle tax, a brand spelled as a town), so it is a set
  //   to tune on now, its floors raised to where that left it (0.756 / 0.064, less 0.03, plus 0.02).
  // - real-bank-18.csv: the eighteenth batch, the hold-out before real-bank-19 (115 rows from nine repositories no
  //   other set cites: Belgian, Brazilian, Nigerian, German, Indian, Swiss, Austrian, Indonesian and Egyptian
  //   accounts). Its floors were what it reached on the day it was added (0.383 / 0.113, less 0.03 and plus 0.02).
  //   While real-bank-19 was being gathered, stop 41 read its misses for general rules (BNP Paribas Fortis's Dutch
  //   details, a town printed twice, PayPal before the shop without a star, Nigerian and Brazilian card and bank
  //   lines, UPI payments printed payee first), so it is a set to tune on now, its floors raised to where that left
  //   it (0.652 / 0.070, less 0.03, plus 0.02).
  // - real-bank-19.csv: the nineteenth batch, the hold-out before real-bank-20 (77 rows from eight repositories no
  //   other set cites: Canadian, Chinese, Congolese, Emirati, Hungarian, Brazilian, Chilean and Malaysian accounts).
  //   Its floors were what it reached on the day it was added (right 0.584 less 0.03, wrong 0.130 plus 0.02). While
  //   real-bank-20 was being gathered, stop 45 read its misses for general rules (a bank's fuel category at a
  //   grocer's pumps, "payment" cut to "PYMNT", Brazil's card bill and own-account transfers, parks, dining rooms, a
  //   card issuer's catch-all "Business"), so it is a set to tune on now, its floors raised to where that left it
  //   (0.688 / 0.091, less 0.03, plus 0.02).
  // - real-bank-20.csv: the twentieth batch, the hold-out before real-bank-21 (107 rows from seven repositories no
  //   other set cites, 104 of them Chinese Alipay and WeChat Pay bills). Its floors were what it reached once
  //   Alipay's category labels were mapped (right 0.636 less 0.03, wrong 0.131 plus 0.02). It stayed the hold-out
  //   from stop 45 to stop 61, run for its overall line only (72.9% right, 11.2% wrong at stop 61's end). Once
  //   real-bank-21 had been gathered, stop 62 read its misses for general rules (Chinese place names inside an
  //   address, stalls' and small businesses' words, Alipay's broad labels, a platform's own service after its name,
  //   red packets cashed out, Polish text read as Latin-1), so it is a set to tune on now, its floors raised to where
  //   that left it (0.869 / 0.047, less 0.03, plus 0.02).
  // - real-bank-21.csv: the twenty-first batch, the hold-out before real-bank-22 (172 rows from eleven repositories
  //   no other set cites: Chinese Alipay, WeChat Pay and bank card text, Brazilian, Canadian, Dutch and Japanese
  //   accounts). Its floors were what it reached on the day it was added (right 0.599 less 0.03, wrong 0.151 plus
  //   0.02). It stayed the hold-out from stop 62 to stop 67, run for its overall line only (62.8% right, 11.6% wrong
  //   at stop 67's end). Once real-bank-22 had been gathered, stop 68 read its misses for general rules (Canadian
  //   mortgage abbreviations, Revolut's Dutch wording, Banco Inter's Pix memo, a bill's words naming a business paid by
  //   transfer, Chinese kinds of business), so it is a set to tune on now, its floors raised to where that left it
  //   (0.802 / 0.064, less 0.03, plus 0.02).
  // - real-bank-22.csv: the twenty-second batch, the hold-out (111 rows from eight repositories no other set cites,
  //   most of them one U.S. Bank checking account's and one Israeli household's card and bank account, the rest
  //   Lithuanian, Korean, Czech, German, Ukrainian and Polish; gathered by helpers who neither read the categorizer nor
  //   saw stop 68's rules, and merged without its rows being read). Its floors are what it reached on the day it was
  //   added (right 0.45 less 0.03, wrong 0.072 plus 0.02); never open its misses to write rules, and gather a
  //   twenty-third batch once anyone does.
  it.each([
    { file: "real-bank.csv", minRows: 80, right: 0.9, wrong: MAX_WRONG },
    // Wrong up to 0.035: three of its SNCF rows are labelled Travel (two others Public Transportation, as
    // descriptions.csv labels Amtrak); Tally files national rail under Public Transportation.
    { file: "real-bank-2.csv", minRows: 200, right: 0.8, wrong: 0.035 },
    { file: "real-bank-3.csv", minRows: 150, right: 0.741, wrong: 0.03 },
    { file: "real-bank-4.csv", minRows: 130, right: 0.818, wrong: 0.085 },
    { file: "real-bank-5.csv", minRows: 140, right: 0.69, wrong: 0.02 },
    // Wrong up to 0.05: OpenStreetMap names a village shop (a German "Dorfladen") as a country store, filed under
    // General Merchandise, where its label says Groceries.
    { file: "real-bank-6.csv", minRows: 140, right: 0.705, wrong: 0.05 },
    { file: "real-bank-7.csv", minRows: 85, right: 0.752, wrong: 0.054 },
    { file: "real-bank-8.csv", minRows: 88, right: 0.737, wrong: 0.064 },
    { file: "real-bank-9.csv", minRows: 148, right: 0.61, wrong: 0.06 },
    { file: "real-bank-10.csv", minRows: 135, right: 0.539, wrong: 0.129 },
    { file: "real-bank-11.csv", minRows: 177, right: 0.596, wrong: 0.098 },
    { file: "real-bank-12.csv", minRows: 97, right: 0.717, wrong: 0.091 },
    { file: "real-bank-13.csv", minRows: 97, right: 0.717, wrong: 0.071 },
    { file: "real-bank-14.csv", minRows: 251, right: 0.721, wrong: 0.087 },
    { file: "real-bank-15.csv", minRows: 117, right: 0.718, wrong: 0.104 },
    { file: "real-bank-16.csv", minRows: 129, right: 0.726, wrong: 0.073 },
    { file: "real-bank-17.csv", minRows: 76, right: 0.726, wrong: 0.084 },
    { file: "real-bank-18.csv", minRows: 113, right: 0.622, wrong: 0.09 },
    { file: "real-bank-19.csv", minRows: 75, right: 0.658, wrong: 0.111 },
    { file: "real-bank-20.csv", minRows: 105, right: 0.839, wrong: 0.067 },
    { file: "real-bank-21.csv", minRows: 170, right: 0.772, wrong: 0.084 },
    { file: "real-bank-22.csv", minRows: 109, right: 0.42, wrong: 0.092 },
  ])(
    "$file: sources and licences named, at least $right right and at most $wrong wrong",
    ({ file, minRows, right, wrong }) => {
      const rows = loadRealBank(file);
      expect(rows.length).toBeGreaterThanOrEqual(minRows);
      const report = evaluateCategorizer(rows, defaultSellerDictionary());
      expect(rate(report.overall, "right")).toBeGreaterThanOrEqual(right);
      expect(rate(report.overall, "wrong")).toBeLessThanOrEqual(wrong);
    },
  );
});

describe("probe lines (tests/categorize-eval/probes: written by helper sessions, not real bank text)", () => {
  // Each file is a market's everyday statement lines as a helper session wrote them from general knowledge, labelled
  // before Tally ran (see each file's header for its first-run figures). Rules were written from their misses, so they
  // are tuning sets: the floors are the figures at the end of stop 67, right less 0.03 and wrong plus 0.02. Since stop 67
  // Tally leaves a payment between people uncategorized, as the helpers labelled it, unless a purpose beside it says
  // what it paid; the rest of their wrong figures in China, Canada and the United States is mostly transfers to a named
  // person through a bank's own wording (跨行转出, "TRANSFER TO"), which Tally still files as transfers.
  it.each([
    { file: "be.csv", right: 0.929, wrong: 0.025 },
    { file: "be2.csv", right: 0.775, wrong: 0.045 },
    { file: "br.csv", right: 0.91, wrong: 0.04 },
    { file: "br10.csv", right: 0.914, wrong: 0.04 },
    { file: "br11.csv", right: 0.875, wrong: 0.03 },
    { file: "br12.csv", right: 0.84, wrong: 0.045 },
    { file: "br13.csv", right: 0.875, wrong: 0.04 },
    { file: "br2.csv", right: 0.919, wrong: 0.044 },
    { file: "br3.csv", right: 0.929, wrong: 0.03 },
    { file: "br4.csv", right: 0.89, wrong: 0.05 },
    { file: "br5.csv", right: 0.865, wrong: 0.065 },
    { file: "br6.csv", right: 0.885, wrong: 0.056 },
    { file: "br7.csv", right: 0.914, wrong: 0.04 },
    { file: "br8.csv", right: 0.895, wrong: 0.035 },
    { file: "br9.csv", right: 0.909, wrong: 0.03 },
    { file: "ca.csv", right: 0.898, wrong: 0.044 },
    { file: "ca10.csv", right: 0.809, wrong: 0.075 },
    { file: "ca11.csv", right: 0.84, wrong: 0.05 },
    { file: "ca2.csv", right: 0.88, wrong: 0.045 },
    { file: "ca3.csv", right: 0.905, wrong: 0.056 },
    { file: "ca4.csv", right: 0.95, wrong: 0.035 },
    { file: "ca5.csv", right: 0.87, wrong: 0.056 },
    { file: "ca6.csv", right: 0.86, wrong: 0.075 },
    { file: "ca7.csv", right: 0.914, wrong: 0.03 },
    { file: "ca8.csv", right: 0.86, wrong: 0.045 },
    { file: "ca9.csv", right: 0.86, wrong: 0.08 },
    { file: "cn.csv", right: 0.94, wrong: 0.033 },
    { file: "cn10.csv", right: 0.87, wrong: 0.095 },
    { file: "cn11.csv", right: 0.919, wrong: 0.05 },
    { file: "cn12.csv", right: 0.909, wrong: 0.065 },
    { file: "cn13.csv", right: 0.924, wrong: 0.056 },
    { file: "cn14.csv", right: 0.94, wrong: 0.035 },
    { file: "cn15.csv", right: 0.909, wrong: 0.06 },
    { file: "cn16.csv", right: 0.924, wrong: 0.065 },
    { file: "cn17.csv", right: 0.924, wrong: 0.05 },
    { file: "cn18.csv", right: 0.875, wrong: 0.075 },
    { file: "cn19.csv", right: 0.919, wrong: 0.045 },
    { file: "cn2.csv", right: 0.929, wrong: 0.06 },
    { file: "cn20.csv", right: 0.924, wrong: 0.06 },
    { file: "cn21.csv", right: 0.895, wrong: 0.065 },
    { file: "cn22.csv", right: 0.919, wrong: 0.05 },
    { file: "cn23.csv", right: 0.895, wrong: 0.06 },
    { file: "cn24.csv", right: 0.885, wrong: 0.075 },
    { file: "cn3.csv", right: 0.919, wrong: 0.06 },
    { file: "cn4.csv", right: 0.895, wrong: 0.07 },
    { file: "cn5.csv", right: 0.905, wrong: 0.045 },
    { file: "cn6.csv", right: 0.885, wrong: 0.07 },
    { file: "cn7.csv", right: 0.909, wrong: 0.06 },
    { file: "cn8.csv", right: 0.929, wrong: 0.05 },
    { file: "cn9.csv", right: 0.909, wrong: 0.05 },
    { file: "de.csv", right: 0.85, wrong: 0.075 },
    { file: "eu.csv", right: 0.925, wrong: 0.048 },
    { file: "eu2.csv", right: 0.922, wrong: 0.042 },
    { file: "jp.csv", right: 0.855, wrong: 0.045 },
    { file: "jp2.csv", right: 0.89, wrong: 0.045 },
    { file: "jp3.csv", right: 0.875, wrong: 0.035 },
    { file: "jp4.csv", right: 0.799, wrong: 0.06 },
    { file: "jp5.csv", right: 0.73, wrong: 0.065 },
    { file: "jp6.csv", right: 0.865, wrong: 0.056 },
    { file: "jp7.csv", right: 0.87, wrong: 0.05 },
    { file: "latam.csv", right: 0.842, wrong: 0.056 },
    { file: "latam2.csv", right: 0.865, wrong: 0.045 },
    { file: "nl.csv", right: 0.865, wrong: 0.075 },
    { file: "nl2.csv", right: 0.865, wrong: 0.065 },
    { file: "nl3.csv", right: 0.84, wrong: 0.06 },
    { file: "nl4.csv", right: 0.794, wrong: 0.075 },
    { file: "nl5.csv", right: 0.825, wrong: 0.056 },
    { file: "nl6.csv", right: 0.855, wrong: 0.04 },
    { file: "nl7.csv", right: 0.789, wrong: 0.045 },
    { file: "uk.csv", right: 0.88, wrong: 0.08 },
    { file: "us.csv", right: 0.89, wrong: 0.075 },
    { file: "us2.csv", right: 0.865, wrong: 0.085 },
    { file: "us3.csv", right: 0.875, wrong: 0.075 },
    { file: "us4.csv", right: 0.835, wrong: 0.085 },
    { file: "uk2.csv", right: 0.845, wrong: 0.095 },
    { file: "au.csv", right: 0.84, wrong: 0.105 },
    { file: "ie-fr.csv", right: 0.83, wrong: 0.09 },
    { file: "in.csv", right: 0.735, wrong: 0.07 },
    { file: "us5.csv", right: 0.86, wrong: 0.095 },
    { file: "us6.csv", right: 0.79, wrong: 0.105 },
    { file: "za.csv", right: 0.77, wrong: 0.105 },
    { file: "es-it-pt.csv", right: 0.82, wrong: 0.11 },
    { file: "sg-my.csv", right: 0.755, wrong: 0.095 },
    { file: "mx.csv", right: 0.8, wrong: 0.075 },
    { file: "ca12.csv", right: 0.875, wrong: 0.07 },
    { file: "nordics.csv", right: 0.795, wrong: 0.09 },
    { file: "de-at-ch.csv", right: 0.805, wrong: 0.085 },
    { file: "uk3.csv", right: 0.825, wrong: 0.105 },
    { file: "us7.csv", right: 0.83, wrong: 0.085 },
    { file: "us8.csv", right: 0.885, wrong: 0.055 },
    { file: "uk4.csv", right: 0.82, wrong: 0.045 },
    { file: "nz.csv", right: 0.79, wrong: 0.09 },
    { file: "au2.csv", right: 0.865, wrong: 0.05 },
    { file: "us9.csv", right: 0.83, wrong: 0.095 },
    { file: "us10.csv", right: 0.81, wrong: 0.055 },
    { file: "ca13.csv", right: 0.85, wrong: 0.04 },
    { file: "ie2.csv", right: 0.78, wrong: 0.08 },
    { file: "us11.csv", right: 0.875, wrong: 0.07 },
    { file: "us12.csv", right: 0.8, wrong: 0.09 },
    // uk5: its DVLA row is labelled the car's; since stop 73 vehicle tax is a tax (see categorize-foreign-short-names)
    { file: "uk5.csv", right: 0.8, wrong: 0.086 },
    { file: "au3.csv", right: 0.8, wrong: 0.105 },
    { file: "ca14.csv", right: 0.915, wrong: 0.04 },
    { file: "us13.csv", right: 0.85, wrong: 0.045 },
    // us14: a Zelle memo splitting the water bill with a roommate ("half of xcel+water") is read as utilities since
    // stop 73, as other probes label such splits; this one labels it a transfer
    { file: "us14.csv", right: 0.84, wrong: 0.066 },
    { file: "uk6.csv", right: 0.845, wrong: 0.075 },
    { file: "ca15.csv", right: 0.84, wrong: 0.075 },
    { file: "us15.csv", right: 0.91, wrong: 0.04 },
    { file: "us16.csv", right: 0.865, wrong: 0.045 },
    { file: "uk7.csv", right: 0.845, wrong: 0.09 },
    { file: "au4.csv", right: 0.755, wrong: 0.08 },
    // us17: a grandparent's 529 contribution is labelled a gift; since stop 74 a college savings plan's contribution
    // is a transfer, as other probes label the parents' own
    { file: "us17.csv", right: 0.89, wrong: 0.056 },
    { file: "us18.csv", right: 0.825, wrong: 0.04 },
    { file: "uk8.csv", right: 0.82, wrong: 0.055 },
    { file: "ca16.csv", right: 0.87, wrong: 0.045 },
    { file: "us19.csv", right: 0.885, wrong: 0.045 },
    { file: "nz2.csv", right: 0.825, wrong: 0.06 },
    { file: "ie3.csv", right: 0.73, wrong: 0.08 },
    { file: "ca17.csv", right: 0.84, wrong: 0.075 },
    { file: "us20.csv", right: 0.855, wrong: 0.065 },
    { file: "us21.csv", right: 0.835, wrong: 0.08 },
    { file: "uk9.csv", right: 0.815, wrong: 0.095 },
    { file: "au5.csv", right: 0.815, wrong: 0.07 },
    { file: "de3.csv", right: 0.767, wrong: 0.089 },
    { file: "de4.csv", right: 0.794, wrong: 0.082 },
    { file: "fr2.csv", right: 0.808, wrong: 0.072 },
    { file: "fr3.csv", right: 0.829, wrong: 0.056 },
    { file: "it.csv", right: 0.816, wrong: 0.106 },
    { file: "es2.csv", right: 0.865, wrong: 0.049 },
    { file: "il.csv", right: 0.858, wrong: 0.042 },
    { file: "de5.csv", right: 0.824, wrong: 0.056 },
    { file: "fr4.csv", right: 0.83, wrong: 0.057 },
    { file: "it2.csv", right: 0.805, wrong: 0.088 },
    { file: "es3.csv", right: 0.807, wrong: 0.078 },
    { file: "il2.csv", right: 0.91, wrong: 0.024 },
    { file: "at-ch2.csv", right: 0.878, wrong: 0.041 },
    { file: "pt2.csv", right: 0.784, wrong: 0.115 },
    // us22: a note of two pizzas alone ("Note: 🍕🍕") is read as the pizza since stop 73, as most probes label such
    // notes; this one leaves it to the user
    { file: "us22.csv", right: 0.841, wrong: 0.089 },
    { file: "uk10.csv", right: 0.827, wrong: 0.132 },
    { file: "be3.csv", right: 0.759, wrong: 0.085 },
    { file: "nl8.csv", right: 0.801, wrong: 0.093 },
    { file: "de6.csv", right: 0.783, wrong: 0.104 },
    { file: "pl.csv", right: 0.842, wrong: 0.075 },
    { file: "cz.csv", right: 0.84, wrong: 0.046 },
    { file: "se.csv", right: 0.821, wrong: 0.073 },
    { file: "no.csv", right: 0.851, wrong: 0.067 },
    { file: "fi.csv", right: 0.806, wrong: 0.045 },
    { file: "kr.csv", right: 0.834, wrong: 0.054 },
    { file: "lt.csv", right: 0.75, wrong: 0.071 },
    { file: "ua.csv", right: 0.862, wrong: 0.032 },
    { file: "dk.csv", right: 0.834, wrong: 0.075 },
    { file: "hu.csv", right: 0.729, wrong: 0.082 },
    // ro: two building-maintenance rows (INTRETINERE to the owners' association) labelled utilities, filed as mortgage and
    // rent as the tests pin building fees (stop 73)
    { file: "ro.csv", right: 0.853, wrong: 0.063 },
    { file: "gr.csv", right: 0.755, wrong: 0.043 },
    { file: "tr.csv", right: 0.747, wrong: 0.058 },
    { file: "lv-ee.csv", right: 0.782, wrong: 0.051 },
    { file: "ph.csv", right: 0.816, wrong: 0.063 },
    { file: "ae.csv", right: 0.789, wrong: 0.094 },
    { file: "us23.csv", right: 0.863, wrong: 0.049 },
    { file: "us24.csv", right: 0.85, wrong: 0.086 },
    { file: "uk11.csv", right: 0.775, wrong: 0.088 },
    { file: "au6.csv", right: 0.842, wrong: 0.064 },
    { file: "id.csv", right: 0.768, wrong: 0.064 },
    { file: "ar2.csv", right: 0.781, wrong: 0.024 },
    { file: "ng.csv", right: 0.679, wrong: 0.083 },
    { file: "hr.csv", right: 0.721, wrong: 0.092 },
    { file: "vn.csv", right: 0.619, wrong: 0.047 },
    { file: "th.csv", right: 0.684, wrong: 0.067 },
    { file: "ke.csv", right: 0.762, wrong: 0.119 },
    { file: "co.csv", right: 0.675, wrong: 0.046 },
    { file: "sa.csv", right: 0.66, wrong: 0.123 },
    { file: "rs.csv", right: 0.606, wrong: 0.024 },
    { file: "sk.csv", right: 0.674, wrong: 0.137 },
    { file: "ie4.csv", right: 0.794, wrong: 0.081 },
    // round 33 (stop 73)
    // us25: a child's volleyball club dues paid by Venmo read as the sport since stop 74 ("dues" no longer a fee's word);
    // it labels the child's activity
    { file: "us25.csv", right: 0.862, wrong: 0.076 },
    { file: "us26.csv", right: 0.894, wrong: 0.037 },
    { file: "us27.csv", right: 0.86, wrong: 0.063 },
    { file: "ca18.csv", right: 0.908, wrong: 0.044 },
    { file: "ca19.csv", right: 0.854, wrong: 0.039 },
    { file: "uk12.csv", right: 0.815, wrong: 0.061 },
    { file: "uk13.csv", right: 0.855, wrong: 0.095 },
    { file: "ie5.csv", right: 0.814, wrong: 0.059 },
    // round 34 (stop 73)
    { file: "us28.csv", right: 0.859, wrong: 0.07 },
    { file: "us29.csv", right: 0.858, wrong: 0.067 },
    { file: "us30.csv", right: 0.88, wrong: 0.085 },
    { file: "us31.csv", right: 0.788, wrong: 0.084 },
    { file: "ca20.csv", right: 0.858, wrong: 0.057 },
    { file: "ca21.csv", right: 0.858, wrong: 0.048 },
    { file: "uk14.csv", right: 0.871, wrong: 0.102 },
    { file: "ie6.csv", right: 0.824, wrong: 0.057 },
    // round 35 (stop 73)
    { file: "us32.csv", right: 0.871, wrong: 0.072 },
    { file: "us33.csv", right: 0.836, wrong: 0.075 },
    { file: "us34.csv", right: 0.877, wrong: 0.066 },
    { file: "us35.csv", right: 0.837, wrong: 0.056 },
    { file: "us36.csv", right: 0.861, wrong: 0.067 },
    { file: "ca22.csv", right: 0.855, wrong: 0.048 },
    { file: "uk15.csv", right: 0.861, wrong: 0.056 },
    { file: "au7.csv", right: 0.885, wrong: 0.037 },
    // round 36 (stop 74)
    { file: "us37.csv", right: 0.787, wrong: 0.093 },
    { file: "us38.csv", right: 0.886, wrong: 0.048 },
    { file: "us39.csv", right: 0.83, wrong: 0.065 },
    { file: "us40.csv", right: 0.845, wrong: 0.067 },
    { file: "ca23.csv", right: 0.823, wrong: 0.045 },
    { file: "ca24.csv", right: 0.862, wrong: 0.069 },
    { file: "uk16.csv", right: 0.873, wrong: 0.059 },
    { file: "ie7.csv", right: 0.768, wrong: 0.059 },
    // round 37 (stop 74)
    { file: "us41.csv", right: 0.86, wrong: 0.089 },
    { file: "us42.csv", right: 0.795, wrong: 0.096 },
    { file: "us43.csv", right: 0.912, wrong: 0.04 },
    { file: "ca25.csv", right: 0.817, wrong: 0.068 },
    { file: "ca26.csv", right: 0.839, wrong: 0.059 },
    { file: "uk17.csv", right: 0.73, wrong: 0.102 },
    { file: "uk18.csv", right: 0.792, wrong: 0.086 },
    { file: "ie8.csv", right: 0.774, wrong: 0.044 },
    // round 38 (stop 74)
    { file: "us44.csv", right: 0.809, wrong: 0.072 },
    { file: "us45.csv", right: 0.852, wrong: 0.082 },
    { file: "us46.csv", right: 0.894, wrong: 0.073 },
    { file: "ca27.csv", right: 0.834, wrong: 0.067 },
    { file: "ca28.csv", right: 0.841, wrong: 0.037 },
    { file: "uk19.csv", right: 0.814, wrong: 0.11 },
    { file: "uk20.csv", right: 0.845, wrong: 0.055 },
    { file: "ie9.csv", right: 0.826, wrong: 0.058 },
    // round 39 (stop 74)
    { file: "us47.csv", right: 0.819, wrong: 0.075 },
    { file: "us48.csv", right: 0.832, wrong: 0.093 },
    { file: "us49.csv", right: 0.86, wrong: 0.099 },
    { file: "ca29.csv", right: 0.819, wrong: 0.049 },
    { file: "uk21.csv", right: 0.787, wrong: 0.076 },
    { file: "uk22.csv", right: 0.849, wrong: 0.083 },
    { file: "ie10.csv", right: 0.814, wrong: 0.091 },
    { file: "au8.csv", right: 0.771, wrong: 0.085 },
    // round 40 (stop 74)
    { file: "us50.csv", right: 0.833, wrong: 0.082 },
    { file: "us51.csv", right: 0.773, wrong: 0.073 },
    { file: "ca30.csv", right: 0.873, wrong: 0.04 },
    { file: "uk23.csv", right: 0.779, wrong: 0.102 },
    { file: "uk24.csv", right: 0.773, wrong: 0.064 },
    { file: "ie11.csv", right: 0.674, wrong: 0.1 },
  ])("probes/$file: at least $right right and at most $wrong wrong", ({ file, right, wrong }) => {
    const rows = load(`probes/${file}`);
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const report = evaluateCategorizer(rows, defaultSellerDictionary());
    expect(rate(report.overall, "right")).toBeGreaterThanOrEqual(right);
    expect(rate(report.overall, "wrong")).toBeLessThanOrEqual(wrong);
  });
});

describe("reading a labelled file", () => {
  it("takes categories by slug or by name, columns in any order, and 'Uncategorized' as no category", () => {
    const rows = parseEvalCsv(
      [
        "source,category,description",
        "bank a,Groceries,KROGER #123",
        "bank a,Food & Dining,THE RED LION PUB",
        "bank b,food-dining.coffee-shops,STARBUCKS",
        "bank b,Uncategorized,SQ *MARIGOLD",
      ].join("\n"),
    );
    expect(rows.map((row) => [row.description, row.expected, row.source])).toEqual([
      ["KROGER #123", "food-dining.groceries", "bank a"],
      ["THE RED LION PUB", "food-dining", "bank a"],
      ["STARBUCKS", "food-dining.coffee-shops", "bank b"],
      ["SQ *MARIGOLD", null, "bank b"],
    ]);
    const report = evaluateCategorizer(rows, defaultSellerDictionary());
    expect(report.overall).toEqual({ total: 4, right: 4, wrong: 0, uncategorized: 0 });
    expect(report.bySource.get("bank a")).toEqual({ total: 2, right: 2, wrong: 0, uncategorized: 0 });
  });

  it("reads a row for the countries of its account's currency, as the app reads an import", () => {
    const rows = parseEvalCsv(
      [
        "description,expected,currency",
        "HOFER FILIALE GMBH,Groceries,EUR",
        "HOFER FILIALE GMBH,Groceries,",
      ].join("\n"),
    );
    expect(rows.map((row) => row.currency)).toEqual(["EUR", null]);
    const report = evaluateCategorizer(rows, defaultSellerDictionary());
    // Austria's Hofer is a grocer for a euro account; for an account of unknown currency it is no one Tally knows.
    expect(report.overall).toEqual({ total: 2, right: 1, wrong: 0, uncategorized: 1 });
  });

  it("reads an amount column, whose sign decides whether words for money in count", () => {
    const rows = parseEvalCsv(
      [
        "description,expected,amount",
        "ACME CORP PAYROLL,Paycheck,2500.00",
        "ACME CORP PAYROLL,Uncategorized,-2500.00",
        "ACME CORP PAYROLL,Paycheck,",
      ].join("\n"),
    );
    expect(rows.map((row) => row.amount)).toEqual([250_000, -250_000, null]);
    const report = evaluateCategorizer(rows, defaultSellerDictionary());
    // Paid out, the employer's payroll is no paycheck: the row stays uncategorized, as expected.
    expect(report.overall).toEqual({ total: 3, right: 3, wrong: 0, uncategorized: 0 });
  });

  it("refuses a category it does not know", () => {
    expect(() => parseEvalCsv("description,expected\nKROGER,Space Travel")).toThrow(/unknown category/);
  });
});
