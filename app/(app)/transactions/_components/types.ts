// Plain shapes passed from the Transactions page's server code to its client components.

import type { CategoryInfo } from "@/server/reports/categories";

export type CategoryOption = { id: string; name: string; group: string; isGroup: boolean };

export type TransactionView = {
  id: string;
  merchant: string;
  /** The bank's own text for the row, as it arrived. */
  description: string;
  memo: string | null;
  amountLabel: string;
  accountName: string;
  categoryId: string | null;
  categoryName: string | null;
  source: "user" | "rule" | "dictionary" | "crowd" | "business_words" | "bank_category" | "history" | null;
  /**
   * The categorizer's own words for why ("The name says “pub”"), when it chose the category, or why it left the row
   * uncategorized ("a payment between people, …").
   */
  reason: string | null;
  /** Whether the row has a seller that "apply to all from this seller" can key on. */
  hasSeller: boolean;
  dateLabel: string;
};

/** Why a transaction sits in its category, in words. */
export function sourceLabel(
  source: TransactionView["source"],
  categoryName: string | null,
  reason: string | null = null,
): string {
  // An uncategorized row may say why Tally left it so ("a payment between people, so only you know what it was for").
  if (!categoryName) return reason ? `Uncategorized: ${reason}` : "Uncategorized";
  if (reason && source !== "user") return reason;
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

/**
 * The line under a row's category: why it sits there, or, under "Uncategorized", why Tally left it so ("A payment
 * between people, so only you know what it was for"), without saying "Uncategorized" twice.
 */
export function cellNote(row: Pick<TransactionView, "source" | "categoryName" | "reason">): string {
  if (row.categoryName || !row.reason) return sourceLabel(row.source, row.categoryName, row.reason);
  return row.reason.charAt(0).toUpperCase() + row.reason.slice(1);
}

/** A category's label in a picker: "Food & Dining (all)" for a group, "Food & Dining › Groceries" otherwise. */
export function categoryOptionLabel(category: CategoryOption, forFilter: boolean): string {
  if (category.isGroup)
    return forFilter && category.group !== "Uncategorized" ? `${category.name} (all)` : category.name;
  return `${category.group} › ${category.name}`;
}

/** The categories a person can pick (hidden ones left out), for the filter and the category dialog. */
export const categoryOptions = (directory: readonly CategoryInfo[]): CategoryOption[] =>
  directory
    .filter((category) => !category.hidden)
    .map((category) => ({
      id: category.id,
      name: category.name,
      group: category.group,
      isGroup: category.isGroup,
    }));

/**
 * What a category change did, in a sentence: "Blue Bottle is now in Groceries.", or for a whole seller "3
 * transactions from Blue Bottle are now in Groceries.", and how many the user had set by hand and kept.
 */
export function categoryChangeMessage(
  merchant: string,
  categoryName: string,
  { changed, kept }: { changed: number; kept: number },
): string {
  return (
    (changed === 1
      ? `${merchant} is now in ${categoryName}.`
      : `${changed} transactions from ${merchant} are now in ${categoryName}.`) +
    (kept > 0
      ? ` ${kept === 1 ? "One you had set yourself keeps" : `${kept} you had set yourself keep`} its category.`
      : "")
  );
}

/** How many transactions an undo put back, and how they are now ("back as they were", "uncategorized again"). */
export const undoneMessage = (restored: number, now: string): string =>
  `Undone: ${restored === 1 ? "the transaction is" : `${restored} transactions are`} ${now}.`;
