"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { adoptBrowserTimeZoneAction } from "../actions";

/**
 * Rendered while the user has no time zone: tells Tally the browser's, so "this month" turns over at the
 * user's midnight instead of UTC's. Settings can change it later.
 */
export function AdoptTimeZone() {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    void adoptBrowserTimeZoneAction({ zone }).then((result) => {
      if (result.ok && result.data.changed) router.refresh();
    });
  }, [router]);
  return null;
}
