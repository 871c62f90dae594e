import { describe, expect, it } from "vitest";
import { mapBankCategory } from "@/server/categorize/bank-category";
import sellers from "@/server/categorize/data/sellers.json";
import { defaultLexicons } from "@/server/categorize/lexicons";
import { categoryBySlug, TAXONOMY } from "@/server/categorize/taxonomy";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: Gambling, a category of its own under Entertainment (as Monzo's and Revolut's exports label it): a
// lottery, a bookmaker, a casino. Money out to one is a stake; money in from one is winnings, income, since a stake is
// not refunded. The lotteries and bookmakers are real; other names are invented.

describe("Gambling", () => {
  it("is a category of Entertainment", () => {
    expect(categoryBySlug("entertainment.gambling")).toMatchObject({
      name: "Gambling",
      parentSlug: "entertainment",
    });
  });

  it("comes last in Entertainment, so the chart colours of its older categories (taken by place) stay as they were", () => {
    const entertainment = TAXONOMY.filter((category) => category.parentSlug === "entertainment").map(
      (category) => category.slug,
    );
    expect(entertainment.at(-1)).toBe("entertainment.gambling");
    expect(entertainment.indexOf("entertainment.streaming")).toBe(entertainment.length - 2);
  });

  it.each([
    ["GBP", "NATIONAL LOTTERY"],
    ["USD", "DRAFTKINGS"],
    ["EUR", "VEIKKAUS 0412"],
    ["NGN", "BET9JA COM"],
    ["USD", "KELDORA CASINO"], // by the name's word
    ["GBP", "KELDORA BOOKMAKER"],
    ["CNY", "凯多拉体育彩票"], // a sports lottery's ticket
  ])("a stake: %s %s", (currency, description) => {
    expect(categorizeOnAccount(currency, description, -2_000).categoryId).toBe("entertainment.gambling");
  });

  it.each([
    ["GBP", "NATIONAL LOTTERY", "Winnings from National Lottery"],
    ["EUR", "Nederlandse Loterij Organisatie B.V.", "Winnings from Nederlandse Loterij"],
    ["USD", "DRAFTKINGS", "Winnings from DraftKings"],
    ["USD", "KELDORA CASINO", "Winnings (the name says “casino”)"],
  ])("winnings: money in from %s %s is income", (currency, description, reason) => {
    const row = categorizeOnAccount(currency, description, 50_000);
    expect(row.categoryId).toBe("income");
    expect(row.reason).toBe(reason);
  });

  it("money in from a video game shop or a supermarket named Casino is a purchase returned, as before", () => {
    expect(categorizeOnAccount("USD", "STEAM GAMES", 2_000).categoryId).toBe("entertainment.games");
    expect(categorizeOnAccount("EUR", "GEANT CASINO", 500).categoryId).toBe("food-dining.groceries");
  });

  it("is what a bank's Gambling label and the gambling merchant codes say", () => {
    const lexicons = defaultLexicons();
    expect(mapBankCategory("Gambling", lexicons)?.slug).toBe("entertainment.gambling");
    expect(mapBankCategory("7995", lexicons)?.slug).toBe("entertainment.gambling"); // betting, casino chips
    expect(mapBankCategory("7800", lexicons)?.slug).toBe("entertainment.gambling"); // government-owned lotteries
  });

  it("holds the lotteries and bookmakers of Tally's own list, and no game shop", () => {
    const rows = sellers as { name: string; category: string }[];
    const gambling = new Set(
      rows.filter((row) => row.category === "entertainment.gambling").map((row) => row.name),
    );
    for (const name of ["DraftKings", "bet365", "Svenska Spel", "Singapore Pools", "Lotto NZ", "Bet9ja"])
      expect(gambling.has(name), name).toBe(true);
    for (const name of ["Steam", "Green Man Gaming", "Lotte World"])
      expect(gambling.has(name), name).toBe(false);
  });
});
