import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { type AddressObject, simpleParser } from "mailparser";
import { isProductionDeployment, mailSettings } from "@/env";

// Reading the file outbox (DATA_DIR/outbox/<user id>/<message key>.eml) for the outbox page: what Tally would
// have e-mailed, for a person trying it without an SMTP server. Each reader sees only the folder of their own
// user id.

/** The outbox page exists when e-mail goes to files and this is not a production deployment. */
export function outboxAvailable(): boolean {
  return !isProductionDeployment && !mailSettings().smtpUrl;
}

export type OutboxSummary = { key: string; subject: string; to: string; date: string };

export type OutboxMessage = OutboxSummary & {
  from: string;
  text: string;
  html: string | null;
  headers: Array<{ name: string; value: string }>;
};

const KEY = /^[A-Za-z0-9-]{1,64}$/;
const LIST_LIMIT = 100;

function folderOf(userId: string): string {
  if (!KEY.test(userId)) throw new Error("Not a valid outbox folder");
  return path.join(mailSettings().outboxDir, userId);
}

const addressText = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((address) => address.text).join(", ");

/** The user's messages, newest first (at most 100). */
export async function listOutbox(userId: string): Promise<OutboxSummary[]> {
  const folder = folderOf(userId);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((name) => name.endsWith(".eml") && KEY.test(name.slice(0, -4)))
      .map(async (name) => ({ name, modified: (await fs.stat(path.join(folder, name))).mtimeMs })),
  );
  files.sort((a, b) => b.modified - a.modified);
  return Promise.all(
    files.slice(0, LIST_LIMIT).map(async ({ name }) => {
      const message = await readOutboxMessage(userId, name.slice(0, -4));
      return { key: message!.key, subject: message!.subject, to: message!.to, date: message!.date };
    }),
  );
}

/** One message, parsed; null when the user has no message with that key. */
export async function readOutboxMessage(userId: string, key: string): Promise<OutboxMessage | null> {
  if (!KEY.test(key)) return null;
  const raw = await fs.readFile(path.join(folderOf(userId), `${key}.eml`)).catch(() => null);
  if (!raw) return null;
  const parsed = await simpleParser(raw);
  return {
    key,
    subject: parsed.subject ?? "(no subject)",
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    date: (parsed.date ?? new Date(0)).toISOString(),
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    headers: parsed.headerLines.map((line) => ({
      name: line.key,
      value: line.line.slice(line.line.indexOf(":") + 1).trim(),
    })),
  };
}
