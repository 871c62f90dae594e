import { describe, expect, it } from "vitest";
import { demoAccount, demoAccounts } from "@/server/demo-bank/history";

function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

describe("demoAccounts", () => {
  it("gives every user one checking account and one rewards card", () => {
    const accounts = demoAccounts("user-1");
    expect(accounts.map((a) => [a.kind, a.name])).toEqual([
      ["checking", "Demo Checking"],
      ["credit_card", "Demo Rewards Card"],
    ]);
    expect(demoAccount("user-1", "credit_card")).toEqual(accounts[1]);
  });

  it("derives 10-digit checking and 16-digit Luhn-valid card numbers from the user id", () => {
    for (const userId of ["user-1", "user-2", "00000000-0000-4000-8000-000000000000", "x"]) {
      const [checking, card] = demoAccounts(userId);
      expect(checking?.accountNumber).toMatch(/^[1-9]\d{9}$/);
      expect(card?.accountNumber).toMatch(/^400000\d{10}$/);
      expect(luhnValid(card?.accountNumber ?? "")).toBe(true);
      expect(demoAccounts(userId)).toEqual([checking, card]);
    }
  });

  it("gives different users different account numbers", () => {
    const numbers = Array.from({ length: 200 }, (_, i) =>
      demoAccounts(`user-${i}`).map((a) => a.accountNumber),
    );
    expect(new Set(numbers.map(([checking]) => checking)).size).toBe(200);
    expect(new Set(numbers.map(([, card]) => card)).size).toBe(200);
  });
});
