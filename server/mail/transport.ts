import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { isProductionDeployment, mailSettings, serverless } from "@/env";

// How an e-mail leaves Tally: over SMTP (SMTP_URL), or, with none configured, as an .eml file in the outbox
// (DATA_DIR/outbox/<folder>/<key>.eml) that the outbox page lists, so a person trying Tally can read what would
// have been sent. Both are built by nodemailer, so the file is byte for byte the message SMTP would carry.
// On a serverless host without SMTP_URL there is no disk to write to: e-mail is off (notices stay in the app).

export type OutgoingEmail = {
  /** The idempotency key (a notification id): the outbox file's name. */
  key: string;
  /** Groups the outbox by recipient (their user id), so each reader lists only their own messages. */
  folder: string;
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

export type SendReceipt = { messageId: string; response: string };

export interface Mailer {
  readonly kind: "smtp" | "outbox" | "off";
  send(email: OutgoingEmail): Promise<SendReceipt>;
  /**
   * After a hand-over that was interrupted (the process stopped before the outcome was recorded): true when the
   * message certainly arrived, false when it certainly did not, null when this transport cannot tell (SMTP).
   */
  wasDelivered(email: Pick<OutgoingEmail, "key" | "folder">): Promise<boolean | null>;
}

// Connecting and the server's answers are bounded: a mail server that hangs must fail the attempt (which is
// then retried), not hold a job slot for ever.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    kind: "smtp",
    async send(email) {
      const info = await transport.sendMail(toNodemailer(email));
      return { messageId: info.messageId, response: String(info.response ?? "") };
    },
    async wasDelivered() {
      return null;
    },
  };
}

function outboxMailer(outboxDir: string): Mailer {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const fileOf = (email: Pick<OutgoingEmail, "key" | "folder">) =>
    path.join(outboxDir, safeName(email.folder), `${safeName(email.key)}.eml`);
  return {
    kind: "outbox",
    async send(email) {
      const info = await composer.sendMail(toNodemailer(email));
      const file = fileOf(email);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed into place: the file exists whole or not at all, so its presence is the
      // record that the message went out.
      const partial = `${file}.${process.pid}.partial`;
      await fs.writeFile(partial, info.message as Buffer, { mode: 0o600 });
      await fs.rename(partial, file);
      return { messageId: info.messageId, response: `written to ${path.relative(outboxDir, file)}` };
    },
    async wasDelivered(email) {
      return fs.access(fileOf(email)).then(
        () => true,
        () => false,
      );
    },
  };
}

const offMailer: Mailer = {
  kind: "off",
  async send() {
    throw new Error("E-mail is off: set SMTP_URL to send notification e-mails.");
  },
  async wasDelivered() {
    return false;
  },
};

function toNodemailer(email: OutgoingEmail) {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    headers: email.headers,
  };
}

// Keys and folders are ids Tally made (uuids); anything else is refused rather than allowed to walk the disk.
function safeName(name: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(name)) throw new Error("Not a valid outbox name");
  return name;
}

type Cached = { url: string | undefined; outboxDir: string; mailer: Mailer };
const mailGlobal = globalThis as unknown as { __tallyMailer?: Cached };
let warnedAboutOutbox = false;

/** The configured mailer (one SMTP transport per process, reused across messages). */
export function getMailer(): Mailer {
  const { smtpUrl, outboxDir } = mailSettings();
  const cached = mailGlobal.__tallyMailer;
  if (cached && cached.url === smtpUrl && cached.outboxDir === outboxDir) return cached.mailer;
  if (!smtpUrl && isProductionDeployment && !warnedAboutOutbox) {
    warnedAboutOutbox = true;
    console.warn(
      serverless
        ? "SMTP_URL is not set: notification e-mails are not sent (notices still appear in the app)."
        : `SMTP_URL is not set: notification e-mails are written to ${outboxDir} instead of being sent.`,
    );
  }
  const mailer = smtpUrl ? smtpMailer(smtpUrl) : serverless ? offMailer : outboxMailer(outboxDir);
  mailGlobal.__tallyMailer = { url: smtpUrl, outboxDir, mailer };
  return mailer;
}

const NOT_SENT_SYSTEM_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
const NOT_SENT_MAILER_CODES = new Set(["EDNS", "ETLS", "EAUTH", "ENOAUTH", "ECONFIG", "EENVELOPE"]);

/**
 * Whether a failed send certainly left the message undelivered, so that sending it again cannot make it arrive
 * twice: the server answered with a refusal (4xx/5xx), or no session ever started (no route, no DNS, refused
 * connection, TLS or login failed, addresses refused). A connection lost or timed out mid-conversation could
 * have been after the server took the message, and is not counted as certain.
 */
export function certainlyNotSent(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { responseCode, code, originalCode } = error as {
    responseCode?: unknown;
    code?: unknown;
    originalCode?: unknown;
  };
  if (typeof responseCode === "number" && responseCode >= 400) return true;
  if (typeof code === "string" && NOT_SENT_MAILER_CODES.has(code)) return true;
  return typeof originalCode === "string" && NOT_SENT_SYSTEM_CODES.has(originalCode);
}
