import "server-only";

// What can go wrong talking to a bank's OFX server, sorted by what the caller should do next:
// unreachable → try again later; sign-on → the user must act (and retrying can lock the account);
// statement → the bank refused one account. Messages are written for the user and never carry the
// request body, which holds the password.

export class OfxError extends Error {
  readonly retryable: boolean = false;
}

export type OfxUnreachableReason =
  | "network"
  | "timeout"
  | "http_status"
  | "not_ofx"
  // Refused by Tally itself (server/ofx/bank-transport.ts): not a public https address, a redirect elsewhere,
  // or an answer over the size cap.
  | "refused_destination"
  | "redirect_refused"
  | "too_large";

export class OfxUnreachableError extends OfxError {
  override readonly retryable = true;
  constructor(
    message: string,
    readonly reason: OfxUnreachableReason,
    readonly httpStatus?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "OfxUnreachableError";
  }
}

export type OfxSignonErrorKind =
  | "invalid_credentials"
  | "must_change_password"
  | "client_needs_approval"
  | "bank_error";

const SIGNON_KINDS: Record<number, OfxSignonErrorKind> = {
  15500: "invalid_credentials",
  15000: "must_change_password",
  15510: "client_needs_approval",
};

const SIGNON_MESSAGES: Record<OfxSignonErrorKind, string> = {
  invalid_credentials: "The bank did not accept that user id and password.",
  must_change_password:
    "The bank requires you to change your password. Sign in on the bank's website to change it.",
  client_needs_approval:
    "The bank wants you to approve Tally as a new device. Approve it on the bank's website or in its secure messages, then try again.",
  bank_error: "The bank could not sign you in right now.",
};

export class OfxSignonError extends OfxError {
  override readonly retryable = false;
  readonly kind: OfxSignonErrorKind;
  constructor(
    readonly code: number,
    readonly bankMessage?: string,
  ) {
    const kind = SIGNON_KINDS[code] ?? "bank_error";
    // The OFX code stays on the error (`code`) for logs and support; people read words, and the bank's own
    // explanation when it gives one.
    const detail = kind === "bank_error" && bankMessage ? ` The bank said: ${sentence(bankMessage)}` : "";
    super(`${SIGNON_MESSAGES[kind]}${detail}`);
    this.name = "OfxSignonError";
    this.kind = kind;
  }
}

export class OfxStatementError extends OfxError {
  override readonly retryable = false;
  constructor(
    readonly code: number,
    readonly bankMessage?: string,
    readonly accountNumber?: string,
  ) {
    super(
      `The bank could not send this account's statement.${bankMessage ? ` The bank said: ${sentence(bankMessage)}` : " Try again later."}`,
    );
    this.name = "OfxStatementError";
  }
}

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Banks sometimes echo what they were sent; a password must never reach a message or a log. */
export function redact(text: string, secret: string): string {
  return secret === "" ? text : text.split(secret).join("***");
}
