// Plain shapes passed from the Accounts page's server code to its client components.

import type { CsvMapping } from "@/server/statements/csv";
import type { StatementPreview } from "@/server/statements/preview";

export type SyncStatus = {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  imported: number;
  duplicates: number;
  /** What it did in a sentence ("412 transactions imported, 3 already in Tally, 2 pending."), once finished. */
  summary: string | null;
  error: string | null;
};

/** What a statement file holds, read before it is imported (see server/statements/preview.ts). */
export type StatementPreviewData = StatementPreview;
export type CsvPreviewData = NonNullable<StatementPreview["csv"]>;

export type { CsvMapping };

export type AccountView = {
  id: string;
  name: string;
  type: "checking" | "savings" | "credit_card" | "other";
  /** Last four digits of the account number, or null. */
  mask: string | null;
  /** Formatted for display ("$1,234.56", "Owed $123.45"), or null before the first balance arrives. */
  balanceLabel: string | null;
  /** "Updated 5 minutes ago" or "Never updated". */
  syncedLabel: string;
};

export type ConnectionView = {
  id: string;
  institutionName: string;
  status: "active" | "needs_attention";
  lastError: string | null;
  syncedLabel: string;
  /** A sync queued or running when the page was rendered, so the card can follow it. */
  activeSyncId: string | null;
  /** Whether that sync is the first one after linking (it imports the history, so it is worded differently). */
  activeSyncIsFirst: boolean;
  /** The last sync's error, when it failed. */
  lastSyncError: string | null;
  accounts: AccountView[];
};

export type ManualAccountOption = {
  id: string;
  name: string;
  type: "checking" | "savings" | "credit_card" | "other";
  currency: string;
};
