"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/actions";
import { requireUser } from "@/server/auth";
import { parseId } from "@/server/http/ids";
import { markAllNotificationsRead, markNotificationRead } from "@/server/notifications/store";

export async function markNotificationReadAction(notificationId: string): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await markNotificationRead(await getDb(), user.id, parseId(notificationId, "That notification"));
    // The layout holds the bell's count.
    revalidatePath("/", "layout");
    return undefined;
  });
}

export async function markAllNotificationsReadAction(): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await markAllNotificationsRead(await getDb(), user.id);
    revalidatePath("/", "layout");
    return undefined;
  });
}
