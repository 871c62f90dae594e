import "server-only";
import { z } from "zod";
import { accountTypes, categorySources, connectionStatuses, syncStatuses } from "@/db/schema";
import { env } from "@/env";
import { text } from "@/lib/fields";
import { ipLiteral, isPublicAddress } from "@/server/security/public-address";

const login = text({ required: "is required" })
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters");
const password = z.string("is required").min(1, "is required").max(200, "must be at most 200 characters");

/**
 * The bank's OFX server. Tally POSTs to it from the server, so it must be a public https address: otherwise any
 * user could make the server call into its own private network. This is the early, friendly check on how the
 * URL is written; the binding one runs on the resolved address of every connection (server/ofx/bank-transport.ts).
 */
export const ofxServerUrl = z
  .url("must be a URL like https://ofx.yourbank.com/")
  .refine((value) => new URL(value).protocol === "https:", "must start with https://")
  .refine(
    (value) => env.ALLOW_PRIVATE_BANK_URLS || looksPublic(new URL(value).hostname),
    "must be the bank's public address",
  );

function looksPublic(hostname: string): boolean {
  const literal = ipLiteral(hostname);
  if (literal) return isPublicAddress(literal);
  const name = hostname.toLowerCase().replace(/\.$/, "");
  // A public name has a dot; "localhost", "metadata" and other single labels only mean something inside a network.
  return name.includes(".") && !/(^|\.)(localhost|local|internal|home\.arpa)$/.test(name);
}

export const linkConnectionInput = z.union([
  z
    .object({
      institution_id: text({ required: "is required" })
        .trim()
        .min(1, "is required")
        .max(100, "must be at most 100 characters"),
      account_login: login,
      account_password: password,
    })
    .strict(),
  z
    .object({
      account_url: ofxServerUrl,
      org: text({ required: "is required" }).trim().min(1, "is required").max(32),
      fid: text({ required: "is required" }).trim().min(1, "is required").max(32),
      account_login: login,
      account_password: password,
    })
    .strict(),
]);

export const manualAccountInput = z.object({
  name: text({ required: "is required" })
    .trim()
    .min(1, "is required")
    .max(100, "must be at most 100 characters"),
  type: z.enum(accountTypes, "must be checking, savings, credit_card or other"),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "must be a three-letter currency code like USD")
    .default("USD"),
});

/** PATCH /connections/:id: a new bank password, checked with the bank before it is kept. */
export const connectionPasswordInput = z
  .object({
    account_password: z
      .string("is required")
      .min(1, "is required")
      .max(200, "must be at most 200 characters"),
  })
  .strict();

/** PATCH /transactions/:id: the user's category for a transaction (and, optionally, its seller). */
export const transactionCategoryInput = z
  .object({
    category_id: z.uuid("must be a category id"),
    apply_to_seller: z
      .boolean("must be true or false")
      .optional()
      .meta({ description: "Also recategorize past transactions from the same seller, and future ones" }),
  })
  .strict();

// The REST shapes (app/api/v1/_lib/serializers.ts returns exactly these types), for the OpenAPI document.

const timestamp = z.string().nullable().meta({ description: "ISO 8601, UTC" });
const money = z.string().meta({ description: "Decimal string with two places; negative is money out" });

export const accountResponse = z.object({
  id: z.string(),
  connection_id: z.string().nullable(),
  name: z.string(),
  type: z.enum(accountTypes),
  mask: z.string().nullable().meta({ description: "The account number's last four digits" }),
  currency: z.string(),
  balance: money.nullable(),
  last_synced_at: timestamp,
});

export const connectionResponse = z.object({
  id: z.string(),
  institution: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(connectionStatuses),
  last_synced_at: timestamp,
  last_error: z.string().nullable(),
  accounts: z.array(accountResponse),
});

export const syncResponse = z.object({
  id: z.string(),
  status: z.enum(syncStatuses),
  imported: z.number().int(),
  duplicates: z.number().int(),
  pending: z.number().int().meta({ description: "New rows the bank marks as pending" }),
  settled: z.number().int().meta({ description: "Pending rows that posted" }),
  removed: z.number().int().meta({ description: "Pending rows the bank no longer lists" }),
  summary: z
    .string()
    .nullable()
    .meta({ description: 'What happened, in words ("412 transactions imported, …"); null while under way' }),
  error: z.string().nullable(),
  started_at: timestamp,
  finished_at: timestamp,
});

export const transactionResponse = z.object({
  id: z.string(),
  account_id: z.string(),
  posted_on: z.string().meta({ description: "YYYY-MM-DD" }),
  seller: z.string().meta({ description: "The bank's text" }),
  merchant: z.string(),
  memo: z.string().nullable().meta({ description: "The bank's memo line, when it gives one" }),
  amount: money,
  currency: z.string(),
  pending: z.boolean(),
  category: z.object({ id: z.string(), name: z.string() }).nullable(),
  category_source: z.enum(categorySources).nullable(),
  category_reason: z
    .string()
    .nullable()
    .meta({
      description:
        'Who or what chose the category, in words ("The name says “pub”"); on an uncategorized row, null or why ' +
        'Tally left it so ("a payment between people, so only you know what it was for")',
    }),
  has_seller: z.boolean().meta({
    description: "false for checks, transfers and fees: apply_to_seller has no seller to apply to",
  }),
});
