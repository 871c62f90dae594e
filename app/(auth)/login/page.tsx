import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { currentUser } from "@/server/auth";
import { OAUTH_REFUSALS } from "@/server/identity/oauth";
import { AuthForm } from "../_components/auth-form";
import { OAuthButtons } from "../_components/oauth-buttons";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; deleted?: string }>;
}) {
  // Someone already signed in has nothing to do here.
  if (await currentUser()) redirect("/dashboard");
  const { callbackUrl, error, deleted } = await searchParams;
  // A refused GitHub or Google sign-in comes back here with its reason (auth.ts, signIn callback).
  const refusal =
    error && error in OAUTH_REFUSALS ? OAUTH_REFUSALS[error as keyof typeof OAUTH_REFUSALS] : null;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-fg-muted">
        Welcome back. Your accounts have been syncing while you were away.
      </p>
      {deleted === "1" ? (
        <div className="mb-4">
          <Alert tone="success">Your account and everything in it were deleted.</Alert>
        </div>
      ) : null}
      {refusal ? (
        <div className="mb-4">
          <Alert>{refusal}</Alert>
        </div>
      ) : null}
      <AuthForm mode="signin" action={signInAction} callbackUrl={callbackUrl} />
      <OAuthButtons />
    </>
  );
}
