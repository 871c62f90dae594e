"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { isValidTimeZone } from "@/lib/months";
import { runAction } from "@/server/actions";
import { requireUser } from "@/server/auth";
import { parseInput } from "@/server/errors";
import { adoptBrowserTimeZone } from "@/server/identity/time-zone";

const browserTimeZone = z.object({ zone: z.string().max(64).refine(isValidTimeZone, "is not a time zone") });

/** Stores the browser's time zone for a user who has none yet; `changed` says whether the page should reload. */
export async function adoptBrowserTimeZoneAction(
  input: unknown,
): Promise<ActionResult<{ changed: boolean }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { zone } = parseInput(browserTimeZone, input);
    const changed = await adoptBrowserTimeZone(await getDb(), user.id, zone);
    if (changed) revalidatePath("/", "layout");
    return { changed };
  });
}
