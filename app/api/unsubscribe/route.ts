// POST /api/unsubscribe?token=… — one-click unsubscribe (RFC 8058): the address in a notification e-mail's
// List-Unsubscribe header, POSTed by the mail client with "List-Unsubscribe=One-Click". Needs no sign-in: the
// token is signed. Turns notification e-mails off.
// GET /api/unsubscribe?token=… — a person who opened that address: the confirmation page (a GET changes nothing,
// since link scanners fetch every URL in a message).

import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { appUrl } from "@/env";
import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api";
import { unsubscribeWithToken } from "@/server/notifications/unsubscribe";

export const POST = apiRoute(async (request) => {
  const token = new URL(request.url).searchParams.get("token");
  const done = await unsubscribeWithToken(await getDb(), token);
  if (!done) {
    throw new AppError(
      "not_found",
      "This unsubscribe link is not valid. Turn e-mails off in Tally's Settings instead.",
    );
  }
  return new NextResponse("You will no longer get notification e-mails from Tally.\n", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
});

export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const page = new URL("/unsubscribe", appUrl);
  const token = url.searchParams.get("token");
  if (token) page.searchParams.set("token", token);
  return NextResponse.redirect(page, 303);
});
