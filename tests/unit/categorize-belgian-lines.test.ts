import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { categorizeTransaction } from "@/server/categorize/engine";
import { slugContext } from "../support/categorize-context";

// Issue 14: lines in the formats Belgian banks print, in Dutch and French (KBC, BNP Paribas Fortis, Belfius, ING
// Belgium), and a few more French, German and Dutch ones. Every payee is invented; the brands are the lists' own; none
// is an evaluation row.

const belgium = slugContext({ countries: countriesForCurrency("EUR") });
const read = (description: string, amount: number) => categorizeTransaction({ description, amount }, belgium);

describe("Belgian bank lines", () => {
  it.each([
    ["BETALING MET BANKKAART 12/03 ZORVEX BAKKERIJ GENT", "Zorvex Bakkerij Gent"],
    ["MAESTRO-BETALING 12/03 ZORVEX", "Zorvex"],
    ["DOMICILIATION EUROPEENNE ZORVEX ASSURANCES", "Zorvex Assurances"],
    ["PAYCONIQ ZORVEX BAKKERIJ", "Zorvex Bakkerij"],
  ])("the card's, direct debit's or wallet's words come off: %s is paid to %s", (description, merchant) => {
    expect(read(description, -900).merchant).toBe(merchant);
  });

  it("a card line with the card's number in masked groups and the dates after the shop shows the shop", () => {
    expect(
      read(
        "MET KAART 5555 04XX XXXX X100 2 ZORVEX SCHOENEN /02/2017 UITGEVOERD OP 26-02 VALUTADATUM : 26/02/2017",
        -6000,
      ),
    ).toMatchObject({ merchant: "Zorvex Schoenen", categoryId: "shopping.clothing" });
  });

  it.each([
    ["ORDRE PERMANENT KELDORA DUPONT", -80000, "Keldora Dupont"],
    ["INSTANTOVERSCHRIJVING NAAR KELDORA PEETERS", -5000, "Keldora Peeters"],
    ["VIREMENT EUROPEEN EMIS KELDORA DUPONT", -5000, "Keldora Dupont"],
  ])("a transfer's words come off, and a person's name says nothing: %s", (description, amount, merchant) => {
    expect(read(description, amount)).toMatchObject({ merchant, categoryId: null });
  });

  it("what a standing order pays for decides, not that it is a standing order", () => {
    expect(read("ORDRE PERMANENT KELDORA DUPONT LOYER", -80000).categoryId).toBe("home.mortgage-rent");
    expect(read("DOORLOPENDE OPDRACHT KELDORA PEETERS HUUR", -80000).categoryId).toBe("home.mortgage-rent");
  });

  it.each([
    ["GELDOPNEMING MET KAART 12/03 GENT", -5000, "transfer.cash-atm"],
    ["KAARTBIJDRAGE", -1500, "fees-charges.service-fee"],
    ["INTRESTEN", 12, "income.interest-income"],
    // The withholding tax on interest, in Dutch and French
    ["ROERENDE VOORHEFFING", -3, "taxes"],
    ["PRECOMPTE MOBILIER", -3, "taxes"],
    ["STIB", -210, "auto-transport.public-transportation"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(read(description, amount).categoryId).toBe(category);
  });
});

describe("more French, German and Dutch lines", () => {
  it.each([
    // A card's yearly fee and the fee for handling an overdrawn payment, as French banks print them
    ["COTIS CARTE VISA", -4500, "fees-charges.service-fee"],
    ["COMMISSION INTERVENTION", -800, "fees-charges.bank-fee"],
    // The broadcasting fee under its old, still printed name
    ["GEZ Rundfunkbeitrag", -5508, "bills-utilities.television"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(read(description, amount).categoryId).toBe(category);
  });

  it("a Tikkie (a payment request between people) shows the person", () => {
    expect(read("Tikkie KELDORA", -500)).toMatchObject({ merchant: "Keldora", categoryId: null });
  });
});
