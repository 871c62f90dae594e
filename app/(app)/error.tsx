"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

// A page that failed to load (the database unreachable, a bug) keeps the navigation and offers a retry, rather
// than Next's bare error screen. The details stay in the server log; `digest` ties a report to it.
export default function AppError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert">
      <EmptyState title="This page could not be loaded" action={<Button onClick={reset}>Try again</Button>}>
        Your data is safe; something went wrong while showing it. Try again in a moment.
        {error.digest ? (
          <span className="mt-2 block text-xs text-fg-muted">Reference: {error.digest}</span>
        ) : null}
      </EmptyState>
    </div>
  );
}
