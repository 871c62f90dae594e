"use server";

import { z } from "zod";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { formObject, runAction } from "@/server/actions";
import { AppError, parseInput } from "@/server/errors";
import { unsubscribeWithToken } from "@/server/notifications/unsubscribe";

const unsubscribeForm = z.object({ token: z.string().min(1).max(200) });

export async function unsubscribeAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const { token } = parseInput(unsubscribeForm, formObject(formData));
    if (!(await unsubscribeWithToken(await getDb(), token))) {
      throw new AppError(
        "not_found",
        "This unsubscribe link is not valid. Sign in and turn e-mails off in Settings.",
      );
    }
    return undefined;
  });
}
