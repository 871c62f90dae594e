"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { formObject, runAction } from "@/server/actions";
import { AppError, parseInput } from "@/server/errors";
import { clientIp } from "@/server/http/client-ip";
import { abuseLimits, tooMany } from "@/server/identity/rate-limit";
import { signupInput } from "@/server/identity/schemas";
import { signUp, WRONG_CREDENTIALS_MESSAGE } from "@/server/identity/users";

const signInForm = z.object({
  email: z.string().trim().min(1, "Enter your email"),
  password: z.string().min(1, "Enter your password"),
  callbackUrl: z.string().optional(),
});

// Only ever a path on this site (the proxy passes an absolute URL): an open redirect is a phishing tool.
function safeCallback(url?: string): string {
  if (!url) return "/dashboard";
  try {
    const { pathname, search } = new URL(url, "http://tally.invalid");
    return pathname.startsWith("/login") || pathname.startsWith("/signup") ? "/dashboard" : pathname + search;
  } catch {
    return "/dashboard";
  }
}

export async function signInAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const input = parseInput(signInForm, formObject(formData));
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeCallback(input.callbackUrl),
      });
    } catch (error) {
      if (error instanceof AuthError) {
        if ("code" in error && error.code === "rate_limited") {
          const limits = await abuseLimits();
          const wait = await limits.signInWait({ email: input.email, ip: clientIp(await headers()) });
          throw tooMany("Too many failed sign-in attempts. Try again", wait);
        }
        throw new AppError("unauthorized", WRONG_CREDENTIALS_MESSAGE);
      }
      throw error;
    }
    return undefined;
  });
}

export async function signUpAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const fields = formObject(formData);
    const input = parseInput(signupInput, { ...fields, name: fields.name || null });
    await signUp(await getDb(), { ...input, ip: clientIp(await headers()) });
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/dashboard" });
    return undefined;
  });
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = z.enum(["github", "google"]).parse(formData.get("provider"));
  await signIn(provider, { redirectTo: "/dashboard" });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
