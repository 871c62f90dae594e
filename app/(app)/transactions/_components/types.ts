// Plain shapes passed from the Transactions page's server code to its client components.

export type CategoryOption = { id: string; name: string; group: string };

export type TransactionView = {
  id: string;
  merchant: string;
  categoryId: string | null;
  categoryName: string | null;
  source: "user" | "rule" | "dictionary" | "crowd" | null;
  /** Whether the row has a seller that "apply to all from this seller" can key on. */
  hasSeller: boolean;
  dateLabel: string;
};

/** Why a transaction sits in its category, in words. */
export function sourceLabel(source: TransactionView["source"], categoryName: string | null): string {
  if (!categoryName) return "Uncategorized";
  switch (source) {
    case "user":
      return "Categorized by you";
    case "rule":
      return "Your rule for this seller";
    case "crowd":
      return `Usually ${categoryName} for this seller`;
    case "dictionary":
      return "Known seller";
    default:
      return "Uncategorized";
  }
}
