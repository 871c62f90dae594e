import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireUser } from "@/server/auth";
import { listTokens } from "@/server/identity/tokens";
import { ProfileForm } from "./_components/profile-form";
import { TokensPanel } from "./_components/tokens-panel";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const tokens = await listTokens(await getDb(), user.id);
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${user.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Profile and alerts</h2>
          <ProfileForm profile={user} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Personal access tokens</h2>
          <p className="mb-4 text-sm text-slate-600">
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
      </div>
    </>
  );
}
