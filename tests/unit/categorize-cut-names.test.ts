import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: a brand's name of several words that a fixed-width field cut inside its last word (an ACH company name
// has 16 characters, a card terminal's name field 22 to 25). The brands are Tally's and name-suggestion-index's;
// every other name is invented and no line is an evaluation row.

const on = (currency: string, description: string) => categorizeOnAccount(currency, description, -8400);

describe("a brand's name cut inside its last word", () => {
  it.each([
    ["PUGET SOUND ENER", "Puget Sound Energy"],
    ["ACH DEBIT PUGET SOUND ENER BILLPAY", "Puget Sound Energy"],
    ["PUGET SOUND ENER 0412 SEATTLE WA", "Puget Sound Energy"],
    ["SOUTHERN CALIFORNIA EDIS", "Southern California Edison"],
    ["ACH DEBIT SOUTHERN CALIFORNIA EDIS WEBPAY", "Southern California Edison"],
  ])("%s is %s's bill", (description, merchant) => {
    const result = on("USD", description);
    expect(result.merchant).toBe(merchant);
    expect(result.categoryId).toBe("bills-utilities.utilities");
  });

  it("reads a spelling that must be the whole name when the cut word ends the name", () => {
    const result = on("EUR", "CARREFOUR EXPR");
    expect(result.merchant).toBe("Carrefour Express");
    expect(result.categoryId).toBe("food-dining.groceries");
  });

  it("reads the cut word before a terminal's postcode and its town, cut short too", () => {
    // A Belgian card line: Carrefour Market in Liège, the town cut to four letters
    const result = on("EUR", "CARREFOUR MARK 4000 LIEG");
    expect(result.merchant).toBe("Carrefour Market");
    expect(result.categoryId).toBe("food-dining.groceries");
    // Without the postcode, the word after the cut may be more of another business's name
    expect(on("EUR", "CARREFOUR MARK KELDORA").merchant).not.toBe("Carrefour Market");
    // and a short word's next word is still not read as cut
    expect(on("DKK", "RED BARN 1000 KOBE").categoryId).toBeNull();
  });

  it("reads a spelling whose next word the cut took off whole, or cut into", () => {
    // The French tax office, "DIRECTION GENERALE DES FINANCES PUBLIQUES", cut at 22 and at 30 characters.
    for (const description of ["DIRECTION GENERALE DES", "PRLV SEPA DIRECTION GENERALE DES FINANCE"]) {
      const result = on("EUR", description);
      expect(result.merchant).toBe("DGFiP");
      expect(result.categoryId?.startsWith("taxes")).toBe(true);
    }
  });

  it("needs three whole words to read a name cut between its words", () => {
    // Two words may be a name of their own (the sound, a business named for it).
    expect(on("USD", "PUGET SOUND").merchant).not.toBe("Puget Sound Energy");
  });

  it("needs a distinctive word before a cut that does not end the name", () => {
    // After one word, what follows the cut may be more of another business's name.
    expect(on("EUR", "CARREFOUR EXPR KELDORA CAFE").merchant).not.toBe("Carrefour Express");
  });

  it("does not read a short word's next word as cut", () => {
    // "red barnet" is Save the Children in Danish; a red barn is a business of its own.
    expect(on("DKK", "RED BARN").categoryId).toBeNull();
    expect(on("USD", "RED BARN").merchant).not.toBe("Save the Children");
  });
});

describe("a name cut at a card field's width", () => {
  // A US card terminal prints 22 characters of the merchant's name, then its town: "BONNEVILLE POWER ADMIN" lost ten
  // letters, more than a cut is read with elsewhere, but the field's width says it was cut.
  it("reads a long cut word when the field's width ends right after it", () => {
    expect(categorizeOnAccount("USD", "BONNEVILLE POWER ADMIN DENVER CO", -9000).categoryId).toBe(
      "bills-utilities.utilities",
    );
  });

  it("reads Bank of Ireland's card line, whose name field holds twelve characters, as cut when the name fills it", () => {
    expect(on("EUR", "POS01SEP EL CORTE ING").categoryId).toBe("shopping.general-merchandise");
    expect(on("EUR", "POS01SEP EZ LIVING FU").categoryId).toBe("home.furnishings");
    // A name that ends before the field does is no cut one
    expect(on("EUR", "POS01SEP EL CORTE I   ").categoryId).toBeNull();
  });

  it("reads a cut word of two or three letters there, after two whole words", () => {
    expect(on("USD", "AMERICAN MUNICIPAL POW").categoryId).toBe("bills-utilities.utilities");
    expect(on("USD", "MINNEAPOLIS PUBLIC SCH DENVER CO").categoryId).toBe("education.tuition");
    // Short of the field's width, a short last word is a word of the name's own
    expect(on("USD", "MINNEAPOLIS PUBLIC SC").categoryId).toBeNull();
  });
});
