import { describe, expect, it } from "vitest";
import { withoutLatin2AsLatin1, withoutPrintForms } from "@/server/categorize/clean";
import { categorizeOnAccount } from "../support/categorize-context";

// Polish statements (ISO 8859-2) read as Latin-1 print Ł, Ż and the others as Latin-1's symbols inside the words.

describe("Polish text read in the wrong code page", () => {
  it("reads a symbol between two letters back as the Polish letter", () => {
    expect(withoutLatin2AsLatin1("OP£ATY GRUPOWE")).toBe("OPŁATY GRUPOWE");
    expect(withoutLatin2AsLatin1("KELDORA SPÓ£KA AKCYJNA WROC£AW")).toBe("KELDORA SPÓŁKA AKCYJNA WROCŁAW");
    expect(withoutLatin2AsLatin1("SKLEP SPO¯YWCZY")).toBe("SKLEP SPOŻYWCZY");
  });

  it("leaves a pound sign before an amount, and text without those symbols, as it is", () => {
    expect(withoutLatin2AsLatin1("KELDORA £12.50")).toBe("KELDORA £12.50");
    expect(withoutLatin2AsLatin1("ZORVEX 1£")).toBe("ZORVEX 1£");
    const plain = "KARTENZAHLUNG KELDORA";
    expect(withoutLatin2AsLatin1(plain)).toBe(plain);
  });

  it("is repaired with the full-width forms in one pass over the text, which most text skips", () => {
    expect(withoutPrintForms("ＫＥＬＤＯＲＡ OP£ATY")).toBe("KELDORA OPŁATY");
    const plain = "KELDORA 12.50";
    expect(withoutPrintForms(plain)).toBe(plain);
  });

  it("a bank's fees line and a grocer's word are read once repaired", () => {
    expect(
      categorizeOnAccount("PLN", "794 OP£ATY GRUPOWE; TNR: 123456789012345.330001", -1250).categoryId,
    ).toBe("fees-charges.bank-fee");
    expect(categorizeOnAccount("PLN", "SKLEP SPO¯YWCZY KELDORA", -3999).categoryId).toBe(
      "food-dining.groceries",
    );
  });
});
