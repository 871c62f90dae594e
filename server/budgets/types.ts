import "server-only";
import type { Cents } from "@/lib/money";
import type { RecommendationMode } from "./recommend";
import type { BudgetStatus } from "./status";

// The shapes of a budget month: what ./load.ts reads and ./evaluate.ts computes from it.

export type BudgetCategory = {
  id: string;
  name: string;
  slug: string;
  /** The group it belongs to; null for a group itself. */
  parentId: string | null;
  kind: "expense" | "income" | "transfer";
  /** One of the user's own categories they hid (retired): nothing new is filed under it. */
  hidden: boolean;
};

export type BudgetSettingInput = {
  categoryId: string;
  /** YYYY-MM: the first month it applies to. */
  effectiveFrom: string;
  /** Null: follow the recommendation. */
  amount: Cents | null;
  rollover: boolean;
};

export type BudgetInputs = {
  month: string;
  currentMonth: string;
  /** Today (YYYY-MM-DD) in the user's time zone. */
  today: string;
  currency: string;
  categories: readonly BudgetCategory[];
  uncategorizedId: string;
  /** The monthly aggregate for the months needed, money out and in as positive cents. */
  aggregate: ReadonlyArray<{ month: string; categoryId: string; outflow: Cents; inflow: Cents }>;
  settings: readonly BudgetSettingInput[];
  /** This month's payments out (positive cents) by category, when `month` is the current month. */
  payments: ReadonlyArray<{ categoryId: string; amount: Cents }>;
  monthlyIncome: Cents | null;
  thresholds: readonly number[];
  historyStart: string | null;
};

export type BudgetLine = {
  categoryId: string;
  name: string;
  /** The group of a category; null on a group's own line. */
  groupId: string | null;
  isGroup: boolean;
  /** A category the user hid, still listed because it has spending or a budget this month. */
  hidden: boolean;
  /** A group without a budget of its own, showing the sum of its categories'. */
  rolledUp: boolean;
  source: "user" | "recommended";
  /** The month the user's setting applies from, when there is one. */
  effectiveFrom: string | null;
  budget: Cents;
  recommended: Cents | null;
  explanation: string | null;
  rolloverEnabled: boolean;
  /** Carried in from the month before (negative: overspending). */
  rollover: Cents;
  available: Cents;
  spent: Cents;
  remaining: Cents;
  percent: number | null;
  /** Spending at month's end at this pace (the current month); what was spent (past months); null (future). */
  projected: Cents | null;
  status: BudgetStatus;
};

export type UnbudgetedSpending = {
  categoryId: string;
  name: string;
  groupName: string | null;
  /** Spending filed under a group itself rather than one of its categories. */
  groupItself: boolean;
  /** A category the user hid: its spending this month still counts, and is shown marked. */
  hidden: boolean;
  amount: Cents;
};

export type BudgetMonth = {
  month: string;
  currency: string;
  /** "past", "current" or "future" relative to the user's today. */
  timing: "past" | "current" | "future";
  /** The month under way is a week old (FIRST_PROJECTION_DAY): its pace means something, so it is shown. */
  projectionReady: boolean;
  mode: RecommendationMode;
  guidance: string | null;
  lines: BudgetLine[];
  totals: {
    budget: Cents;
    rollover: Cents;
    available: Cents;
    spent: Cents;
    remaining: Cents;
    projected: Cents | null;
  };
  unbudgeted: { total: Cents; categories: UnbudgetedSpending[] };
  thresholds: number[];
};
