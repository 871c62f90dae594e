import type { Metadata } from "next";
import { AuthForm } from "../_components/auth-form";
import { OAuthButtons } from "../_components/oauth-buttons";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-slate-600">
        Welcome back. Your accounts have been syncing while you were away.
      </p>
      <AuthForm mode="signin" action={signInAction} callbackUrl={callbackUrl} />
      <OAuthButtons />
    </>
  );
}
