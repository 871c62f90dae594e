"use client";

import Link from "next/link";
import { useActionState, useEffect, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { linkConnectionAction } from "../actions";
import { plural } from "./labels";
import { SyncStatusLine } from "./sync-status";
import { useSyncProgress } from "./use-sync-progress";

/** The Demo Bank or any OFX Direct Connect bank: the bank checks the login before anything is stored. */
export function BankLinkForm({ kind }: { kind: "demo" | "ofx" }) {
  const [state, dispatch, pending] = useActionState(linkConnectionAction, null);
  const [, startTransition] = useTransition();
  const { progress, follow, reset } = useSyncProgress();
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const fieldCount = Object.keys(fields).filter((name) => name !== "_").length;

  useEffect(() => {
    if (state?.ok) follow(state.data.syncId);
  }, [state, follow]);

  if (progress.state === "done" && progress.sync.status === "succeeded") {
    // The link worked: the form folds away and the page leads on, to the dashboard or to another account.
    return (
      <div className="space-y-4">
        <SyncStatusLine
          progress={progress}
          runningText=""
          doneText={(sync) =>
            sync.imported > 0
              ? `Linked. ${plural(sync.imported, "transaction")} imported`
              : "Linked. No transactions to import yet"
          }
        />
        <p className="text-sm text-fg-muted">
          Your new accounts are at the top of the list. See where the money goes next.
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href="/dashboard" className={buttonClasses("primary")}>
            Go to your dashboard
          </Link>
          <Button variant="secondary" onClick={reset}>
            Link another account
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      // Dispatched by hand so a refused login keeps what was typed (form actions reset their inputs).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
      className="space-y-4"
      noValidate
      aria-label={kind === "demo" ? "Link the Demo Bank" : "Link a bank with OFX Direct Connect"}
    >
      <input type="hidden" name="kind" value={kind} />
      {kind === "demo" ? <input type="hidden" name="institution_id" value="demo" /> : null}
      {state && !state.ok ? (
        <Alert>{fieldCount > 0 ? "Please fix the fields marked below." : state.error.message}</Alert>
      ) : null}
      {kind === "ofx" ? (
        <>
          <Field
            label="OFX server URL"
            name="account_url"
            type="url"
            inputMode="url"
            placeholder="https://ofx.yourbank.com/"
            hint="Your bank's OFX Direct Connect address. Look your bank up on ofxhome.com, or copy it from Quicken, GnuCash or Moneydance."
            error={fields.account_url}
            required
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label="ORG"
              name="org"
              hint="Listed beside the URL on ofxhome.com."
              error={fields.org}
              required
            />
            <Field label="FID" name="fid" hint="A number, listed beside ORG." error={fields.fid} required />
          </div>
        </>
      ) : null}
      <Field
        label="User id"
        name="account_login"
        autoComplete="off"
        hint={
          kind === "demo"
            ? "Any user id, password demo."
            : "Your online banking login. Some banks want a separate Direct Connect password; turn it on in their settings."
        }
        error={fields.account_login}
        required
      />
      <Field
        label="Password"
        name="account_password"
        type="password"
        autoComplete="off"
        error={fields.account_password}
        required
      />
      <Button type="submit" disabled={pending || progress.state === "running"}>
        {pending ? "Checking with the bank…" : kind === "demo" ? "Link Demo Bank" : "Link bank"}
      </Button>
      <SyncStatusLine
        progress={progress}
        runningText="Importing your transactions…"
        doneText={(sync) =>
          sync.imported > 0
            ? `${plural(sync.imported, "transaction")} imported`
            : "No transactions to import yet"
        }
      />
    </form>
  );
}
