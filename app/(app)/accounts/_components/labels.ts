// Words for the Accounts page, shared by its server and client components.

export const accountTypeLabels = {
  checking: "Checking",
  savings: "Savings",
  credit_card: "Credit card",
  other: "Other",
} as const;

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
