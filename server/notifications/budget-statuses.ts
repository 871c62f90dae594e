import "server-only";
import type { Database } from "@/db";
import type { BudgetStatusInput } from "./budget-rules";

/** Each budgeted category's status for the months asked, as of `today` (YYYY-MM-DD). */
export type BudgetStatusLoader = (
  db: Database,
  input: { userId: string; months: string[]; today: string },
) => Promise<BudgetStatusInput[]>;

/**
 * BUDGETS (wired at merge): the adapter from the budgets domain's month status (server/budgets/) to the plain
 * input the notification rules take: categoryId, categoryName, currency, month, spent, budget with rollover and
 * the month-end projection, in cents. main has no budgets yet, so there is nothing to read and no budget notice
 * can be due; this is the one function to replace.
 */
export const loadBudgetStatuses: BudgetStatusLoader = async () => [];
