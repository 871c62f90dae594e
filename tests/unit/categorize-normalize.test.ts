import { describe, expect, it } from "vitest";
import { cleanDescription, MAX_KEY_LENGTH } from "@/server/categorize/clean";
import { normalizeSeller } from "@/server/categorize/normalize";

// Raw bank text → key and display name, with the built-in dictionary. Known sellers collapse to their
// canonical key whatever the bank printed; unknown ones keep a cleaned key and a title-cased name.
const CASES: Array<[raw: string, key: string, displayName: string]> = [
  ["SQ *BLUE BOTTLE COFFEE", "blue bottle coffee", "Blue Bottle Coffee"],
  ["SQ*BLUE BOTTLE COFFEE", "blue bottle coffee", "Blue Bottle Coffee"],
  ["AMZN Mktp US*2K4TY7", "amazon", "Amazon"],
  ["Amazon.com*RT4G56H12", "amazon", "Amazon"],
  ["AMZN.COM/BILL", "amazon", "Amazon"],
  ["SHELL OIL 57444", "shell", "Shell"],
  ["TRADER JOE S #123", "trader joes", "Trader Joe's"],
  ["TRADER JOE'S #552 QPS SAN FRANCISCO CA", "trader joes", "Trader Joe's"],
  ["WHOLEFDS MKT 10234", "whole foods market", "Whole Foods Market"],
  ["SAFEWAY #1234", "safeway", "Safeway"],
  ["NETFLIX.COM", "netflix", "Netflix"],
  ["PAYPAL *NETFLIX", "netflix", "Netflix"],
  ["PG&E WEB ONLINE", "pge", "PG&E"],
  ["CHEVRON 0093345", "chevron", "Chevron"],
  ["UBER *TRIP", "uber", "Uber"],
  ["UBER   *EATS", "uber eats", "Uber Eats"],
  ["STARBUCKS STORE 05432", "starbucks", "Starbucks"],
  ["COSTCO WHSE #0123", "costco", "Costco"],
  ["CVS/PHARMACY #04567", "cvs pharmacy", "CVS Pharmacy"],
  ["WM SUPERCENTER #5432", "walmart", "Walmart"],
  ["MCDONALD'S F4532", "mcdonalds", "McDonald's"],
  ["CHICK-FIL-A #01234", "chick fil a", "Chick-fil-A"],
  ["7-ELEVEN 34126", "7 eleven", "7-Eleven"],
  ["MARATHON PETRO112233", "marathon petroleum", "Marathon Petroleum"],
  ["DD *DOORDASH SWEETGREEN", "doordash", "DoorDash"],
  ["APPLE.COM/BILL", "apple", "Apple"],
  [
    "PURCHASE AUTHORIZED ON 01/02 SAFEWAY #1711 WALNUT CREEK CA S582073456789012 CARD 4411",
    "safeway",
    "Safeway",
  ],
  ["RECURRING PAYMENT AUTHORIZED ON 03/01 SPOTIFY USA", "spotify", "Spotify"],
  // Unknown sellers: prefixes, numbers, masks, phones, city/state tails and web addresses go.
  ["TST* SOME LOCAL RESTAURANT", "some local restaurant", "Some Local Restaurant"],
  ["TST*SOME LOCAL RESTAURANT", "some local restaurant", "Some Local Restaurant"],
  ["CHECKCARD 0123 LUNAS TACO STAND", "lunas taco stand", "Lunas Taco Stand"],
  ["POS DEBIT LUIGIS PIZZERIA #2", "luigis pizzeria", "Luigis Pizzeria"],
  ["DEBIT CARD PURCHASE XXXX1234 MARIAS TAQUERIA", "marias taqueria", "Marias Taqueria"],
  ["LUIGIS PIZZERIA NEW YORK NY", "luigis pizzeria", "Luigis Pizzeria"],
  ["THE BROWN DERBY PUB SEATTLE WA", "the brown derby pub", "The Brown Derby Pub"],
  ["ROSAS BAKERY 555-123-4567", "rosas bakery", "Rosas Bakery"],
  ["PP*JENNYSCERAMICS", "jennysceramics", "Jennysceramics"],
  ["SP * CANDLE COVE SHOP", "candle cove shop", "Candle Cove Shop"],
  ["WWW.SOMESHOP.COM/ORDER", "someshop", "Someshop"],
  ["  joe's   diner  ", "joes diner", "Joes Diner"],
  ["APPLE VALLEY DENTAL", "apple valley dental", "Apple Valley Dental"],
  // The key keeps the purpose (each employer's payroll stays its own seller); the name ends at the legal form.
  ["ACME CORP PAYROLL", "acme corp payroll", "Acme Corp"],
];

describe("normalizeSeller", () => {
  it.each(CASES)("%s → %s", (raw, key, displayName) => {
    expect(normalizeSeller(raw)).toEqual({ key, displayName });
  });

  it("cuts keys at the bank's 32 characters", () => {
    const { key } = normalizeSeller("SOME VERY LONG LOCAL BUSINESS NAME THAT KEEPS GOING");
    expect(key).toBe("some very long local business na");
    expect(key.length).toBe(MAX_KEY_LENGTH);
  });

  it("returns an empty key when no seller text is left", () => {
    expect(normalizeSeller("#1234").key).toBe("");
    expect(normalizeSeller("").key).toBe("");
  });

  it("produces only lower-case letters, digits and single spaces", () => {
    for (const [raw] of CASES) expect(normalizeSeller(raw).key).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
  });
});

describe("cleanDescription", () => {
  it("keeps a leading short number that is part of the name", () => {
    expect(cleanDescription("76 - HILLTOP 76").tokens).toEqual(["76", "hilltop"]);
    expect(cleanDescription("24 HOUR FITNESS USA").tokens).toEqual(["24", "hour", "fitness"]);
  });

  it("joins initials around & but splits words", () => {
    expect(cleanDescription("AT&T PAYMENT").tokens).toEqual(["att", "payment"]);
    expect(cleanDescription("BARNES&NOBLE.COM").tokens).toEqual(["barnes", "noble"]);
  });

  it("drops a trailing city and state from the key only", () => {
    const cleaned = cleanDescription("LUIGIS PIZZERIA SAN FRANCISCO CA");
    expect(cleaned.tokens).toEqual(["luigis", "pizzeria", "san", "francisco", "ca"]);
    expect(cleaned.keyTokenCount).toBe(2);
  });

  it("drops a bracketed transaction-type code glued in front of the name", () => {
    expect(cleanDescription("[PR]STARBUCKS 0412").tokens).toEqual(["starbucks"]);
    expect(cleanDescription("[DN]NORTHWIND PAYROLL").tokens).toEqual(["northwind", "payroll"]);
    // A longer bracketed text is not a code
    expect(cleanDescription("[ABCDEFG] SHELL").tokens).toEqual(["abcdefg", "shell"]);
  });

  it("drops Itaú's automatic-debit code padded to its column, and only that: a name may start with da (at)", () => {
    expect(cleanDescription("DA  KELDORA SERVICOS 9159748").tokens).toEqual(["keldora", "servicos"]);
    expect(cleanDescription("DA   ZORVEX").tokens).toEqual(["zorvex"]);
    expect(cleanDescription("DA MARIO").tokens).toEqual(["da", "mario"]);
  });

  it("tells which country the terminal stood in from a trailing country code", () => {
    expect(cleanDescription("HOTEL LUTETIA PARIS FR").countries).toEqual(["fr"]);
    expect(cleanDescription("TESCO 2041 LEEDS GBR").countries).toEqual(["gb"]);
    expect(cleanDescription("OLEREX TARTU EST").countries).toEqual(["ee"]);
    // CA is California as often as Canada, DE Delaware as often as Germany
    expect(cleanDescription("LUIGIS PIZZERIA SAN FRANCISCO CA").countries).toEqual(["us", "ca"]);
    expect(cleanDescription("BACKSTUBE KOELN DE").countries).toEqual(["de", "us", "ca"]);
    // No code, or the Dutch card field after the town: the card says nothing of where it was used
    expect(cleanDescription("SAFEWAY #1234").countries).toBeNull();
    expect(cleanDescription("BEA NR:XXX1234 21.05.11/12.04 BAKKERIJ KATWIJK,PAS999").countries).toBeNull();
  });
});
