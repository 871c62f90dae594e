import { formatDistanceToNow } from "date-fns";
import type { Metadata } from "next";
import { Suspense } from "react";
import { Card, PageHeader } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import type { Account, Sync } from "@/db/schema";
import { demoBankEnabled } from "@/env";
import { centsFromNumeric, formatMoney } from "@/lib/money";
import { accountMask, listAccounts } from "@/server/accounts/accounts";
import { type ConnectionWithAccounts, listConnections } from "@/server/accounts/connections";
import { requireUser } from "@/server/auth";
import { DATE_FORMATS } from "@/server/statements/dates";
import { latestSyncsForConnections } from "@/server/sync/syncs";
import { ConnectionCard } from "./_components/connection-card";
import { LinkPanel } from "./_components/link-panel";
import { ManualAccounts } from "./_components/manual-accounts";
import type { AccountView, ConnectionView } from "./_components/types";

export const metadata: Metadata = { title: "Accounts" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const importInto = typeof params.import === "string" ? params.import : null;
  const db = await getDb();
  // Started together; each widget awaits what it needs under its own Suspense boundary.
  const accounts = listAccounts(db, user.id);
  const connections = listConnections(db, user.id).then(async (rows) => ({
    rows,
    latest: await latestSyncsForConnections(
      db,
      user.id,
      rows.map((row) => row.id),
    ),
  }));

  return (
    <>
      <PageHeader
        title="Accounts"
        description={
          demoBankEnabled
            ? "Link a bank, try the Demo Bank, or import statement files. Tally syncs linked banks every day."
            : "Link a bank or import statement files. Tally syncs linked banks every day."
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <div id="add-account" className="min-w-0 scroll-mt-20">
          <Card>
            <h2 className="mb-4 text-lg font-semibold">Add an account</h2>
            <Suspense fallback={<LinkPanelSkeleton />}>
              <LinkPanelSection key={importInto ?? "none"} accounts={accounts} importInto={importInto} />
            </Suspense>
          </Card>
        </div>
        <section aria-labelledby="your-accounts" className="min-w-0 space-y-4">
          <h2 id="your-accounts" className="text-lg font-semibold">
            Your accounts
          </h2>
          <Suspense fallback={<AccountListSkeleton />}>
            <AccountList accounts={accounts} connections={connections} />
          </Suspense>
        </section>
      </div>
    </>
  );
}

async function LinkPanelSection({
  accounts,
  importInto,
}: {
  accounts: Promise<Account[]>;
  importInto: string | null;
}) {
  const manual = (await accounts).filter((account) => account.connectionId === null);
  const target = manual.find((account) => account.id === importInto) ?? null;
  return (
    <LinkPanel
      // Without the Demo Bank (a production server's default), a statement file is how most people start.
      initialChoice={target || !demoBankEnabled ? "file" : "demo"}
      demoBank={demoBankEnabled}
      initialAccountId={target?.id ?? null}
      manualAccounts={manual.map((account) => ({
        id: account.id,
        name: account.name,
        type: account.type,
        currency: account.currency,
      }))}
      dateFormats={DATE_FORMATS}
    />
  );
}

async function AccountList({
  accounts,
  connections,
}: {
  accounts: Promise<Account[]>;
  connections: Promise<{ rows: ConnectionWithAccounts[]; latest: Map<string, Sync> }>;
}) {
  const [all, linked] = await Promise.all([accounts, connections]);
  const manual = all.filter((account) => account.connectionId === null);
  if (linked.rows.length === 0 && manual.length === 0) {
    return (
      <div className="rounded-xl border-2 border-dashed border-control bg-surface px-6 py-10 text-center">
        <p className="text-base font-semibold text-fg">Nothing linked yet</p>
        <p className="mx-auto mt-2 max-w-sm text-sm text-fg-muted">
          {demoBankEnabled
            ? "Start with the Demo Bank to see Tally with six months of sample transactions, link your own bank, or import a statement file."
            : "Link your bank with its OFX login, or import a statement file downloaded from your bank's website."}
        </p>
      </div>
    );
  }
  return (
    <>
      {/* Newest first: right after linking, the accounts just added are the first thing on the list. */}
      {[...linked.rows].reverse().map((connection) => {
        const latest = linked.latest.get(connection.id);
        const view: ConnectionView = {
          id: connection.id,
          institutionName: connection.institutionName,
          status: connection.status,
          lastError: connection.lastError,
          syncedLabel: connection.lastSyncedAt
            ? `Synced ${formatDistanceToNow(connection.lastSyncedAt, { addSuffix: true })}`
            : "Not synced yet",
          activeSyncId:
            latest && (latest.status === "queued" || latest.status === "running") ? latest.id : null,
          activeSyncIsFirst: latest?.reason === "link",
          lastSyncError: latest?.status === "failed" ? latest.error : null,
          accounts: connection.accounts.map(accountView),
        };
        return <ConnectionCard key={connection.id} connection={view} />;
      })}
      {manual.length > 0 ? <ManualAccounts accounts={manual.map(accountView)} /> : null}
    </>
  );
}

function accountView(account: Account): AccountView {
  return {
    id: account.id,
    name: account.name,
    type: account.type,
    mask: accountMask(account),
    balanceLabel: balanceLabel(account),
    syncedLabel: account.lastSyncedAt
      ? `Updated ${formatDistanceToNow(account.lastSyncedAt, { addSuffix: true })}`
      : "Not updated yet",
  };
}

/** Cards report what is owed as a negative balance; people read it as "Owed $123.45". */
function balanceLabel(account: Account): string | null {
  if (account.balance === null) return null;
  const cents = centsFromNumeric(account.balance);
  if (account.type !== "credit_card") return formatMoney(cents, account.currency);
  if (cents < 0) return `Owed ${formatMoney(-cents, account.currency)}`;
  if (cents > 0) return `${formatMoney(cents, account.currency)} credit`;
  return "Nothing owed";
}

function LinkPanelSkeleton() {
  return (
    <LoadingRegion label="Loading…">
      <div className="space-y-4">
        <div className="grid gap-2 sm:grid-cols-3">
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
        </div>
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10 w-32" />
      </div>
    </LoadingRegion>
  );
}

function AccountListSkeleton() {
  return (
    <LoadingRegion label="Loading your accounts…">
      <div className="space-y-4">
        <Skeleton className="h-40 rounded-xl" />
        <Skeleton className="h-28 rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
