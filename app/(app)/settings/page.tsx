import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireUser } from "@/server/auth";
import { budgetCurrencyChoices } from "@/server/budgets/load";
import { listCategories } from "@/server/categorize/categories";
import { listLinkedProviders } from "@/server/identity/oauth";
import { listTimeZones } from "@/server/identity/time-zone";
import { listTokens } from "@/server/identity/tokens";
import { outboxAvailable } from "@/server/mail/outbox";
import { CategoriesPanel } from "./_components/categories-panel";
import { DeleteAccountPanel } from "./_components/delete-account-panel";
import { LinkedProviders } from "./_components/linked-providers";
import { NotificationSettingsForm } from "./_components/notification-settings-form";
import { ProfileForm } from "./_components/profile-form";
import { SecurityPanel } from "./_components/security-panel";
import { TokensPanel } from "./_components/tokens-panel";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const db = await getDb();
  const [tokens, categories, linked, currencies] = await Promise.all([
    listTokens(db, user.id),
    listCategories(db, user.id, { includeHidden: true }),
    listLinkedProviders(db, user.id),
    budgetCurrencyChoices(db, user),
  ]);
  const groups = categories
    .filter(
      (category) =>
        category.parentId === null && category.userId === null && category.slug !== "uncategorized",
    )
    .map((category) => ({ id: category.id, name: category.name }));
  const own = categories
    .filter((category) => category.userId !== null)
    .map((category) => ({
      id: category.id,
      name: category.name,
      group: category.groupName,
      hidden: category.hidden,
    }));
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${user.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Profile</h2>
          {/* Only what the form shows: a client component's props are sent to the browser whole. */}
          <ProfileForm
            profile={{
              name: user.name,
              monthlyIncome: user.monthlyIncome,
              timeZone: user.timeZone,
              budgetCurrency: currencies[0]!,
            }}
            currencies={currencies}
            timeZones={listTimeZones()}
          />
        </Card>
        <div id="notifications" className="min-w-0 scroll-mt-20">
          <Card>
            <h2 className="mb-4 text-lg font-semibold">Notifications</h2>
            <NotificationSettingsForm
              settings={{
                notifyThresholds: user.notifyThresholds,
                emailNotifications: user.emailNotifications,
                notifySyncCompleted: user.notifySyncCompleted,
              }}
              outboxAvailable={outboxAvailable()}
            />
          </Card>
        </div>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Personal access tokens</h2>
          <p className="mb-4 text-sm text-fg-muted">
            Use a token as <code className="font-mono">Authorization: Bearer …</code> to call the Tally API
            from your own scripts.
          </p>
          <TokensPanel
            tokens={tokens.map((token) => ({
              id: token.id,
              name: token.name,
              createdAt: token.createdAt.toISOString(),
              lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
            }))}
          />
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Password and sessions</h2>
          <SecurityPanel hasPassword={user.passwordHash !== null} />
          <LinkedProviders linked={linked} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Your categories</h2>
          <p className="mb-4 text-sm text-fg-muted">
            Add categories of your own inside Tally&apos;s groups, rename them, or hide the ones you no longer
            use.
          </p>
          <CategoriesPanel groups={groups} own={own} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Delete account</h2>
          <DeleteAccountPanel hasPassword={user.passwordHash !== null} email={user.email} />
        </Card>
      </div>
    </>
  );
}
