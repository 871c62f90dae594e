// Words for the Accounts page, shared by its server and client components.

export const accountTypeLabels = {
  checking: "Checking",
  savings: "Savings",
  credit_card: "Credit card",
  other: "Other",
} as const;

const layoutNames: Record<string, string> = {
  mint: "Mint export",
  "chase-checking": "Chase checking",
  "chase-credit-card": "Chase credit card",
  "capital-one": "Capital One",
  "bank-of-america-credit-card": "Bank of America credit card",
  "bank-of-america-checking": "Bank of America checking",
  "amex-extended": "American Express (extended)",
  amex: "American Express",
  "schwab-checking": "Schwab checking",
  "schwab-brokerage": "Schwab brokerage",
  "fidelity-all-accounts": "Fidelity (all accounts)",
  fidelity: "Fidelity",
  dcu: "DCU",
  "wells-fargo": "Wells Fargo",
};

/** "chase-credit-card" → "Chase credit card"; an unknown id is made readable rather than hidden. */
export function layoutName(id: string): string {
  const known = layoutNames[id];
  if (known) return known;
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
