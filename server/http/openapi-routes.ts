import "server-only";
import { z } from "zod";
import {
  connectionPasswordInput,
  connectionResponse,
  linkConnectionInput,
  manualAccountInput,
  syncResponse,
  transactionCategoryInput,
  transactionResponse,
} from "@/server/accounts/schemas";
import { budgetMonthResponse, budgetRowResponse } from "@/server/budgets/api";
import { budgetPutInput, budgetsQuery } from "@/server/budgets/inputs";
import { accountDeletionInput, profileInput, signupInput, tokenCreateInput } from "@/server/identity/schemas";
import { transactionFilterParameters } from "@/server/transactions/inputs";
import {
  uncategorizedSellersQuery,
  uncategorizedSellersResponse,
} from "@/server/transactions/uncategorized-sellers";

// Every route of the API, described for the OpenAPI document (./openapi.ts builds it). To describe a route, add
// an entry: `body` (the schema its handler passes to readJson), `query` (the z.object it passes to readQuery),
// and for each response either a description or `json(description, schema)` with the zod schema its serializer
// is typed by. Entries with plain descriptions still work (older routes).

export type Response = string | { description: string; schema: z.ZodType };

export type Operation = {
  summary: string;
  body?: z.ZodType;
  /** Query parameters, one per key of the object, with its schema, description and whether it is required. */
  query?: z.ZodObject;
  security?: boolean;
  responses: Record<string, Response>;
  /** Path parameters (and, for older entries, untyped query parameters). */
  parameters?: Array<{ name: string; in: "path" | "query"; required?: boolean; description?: string }>;
};

/** A JSON response described by the zod schema its body is built to. */
const json = (description: string, schema: z.ZodType): Response => ({ description, schema });

const idParam = (what: string, name = "id") => [
  { name, in: "path" as const, required: true, description: `The ${what} id` },
];
const filterQuery = transactionFilterParameters.map((parameter) => ({ ...parameter, in: "query" as const }));
const listQuery = [
  { name: "limit", in: "query" as const, description: "1 to 500, default 50" },
  { name: "cursor", in: "query" as const, description: "next_cursor from the previous page" },
];

export const operations: Record<string, Record<string, Operation>> = {
  "/api/health": {
    get: {
      summary: "Health of the app, its database and job runner",
      responses: { 200: "Healthy", 503: "A dependency is down" },
    },
  },
  "/api/v1/signup": {
    post: {
      summary: "Create an account",
      body: signupInput,
      responses: { 201: "Created", 400: "Invalid input", 409: "Email taken" },
    },
  },
  "/api/v1/tokens": {
    post: {
      summary: "Create a personal access token (shown once)",
      body: tokenCreateInput,
      responses: {
        201: "Created",
        400: "Invalid input",
        401: "Wrong email or password",
        429: "Too many failures",
      },
    },
    get: { summary: "List your tokens", security: true, responses: { 200: "Tokens", 401: "Not signed in" } },
  },
  "/api/v1/tokens/{id}": {
    delete: {
      summary: "Revoke a token",
      security: true,
      parameters: [{ name: "id", in: "path", required: true }],
      responses: { 204: "Revoked", 401: "Not signed in", 404: "Not found" },
    },
  },
  "/api/v1/institutions": {
    get: {
      summary: "Institutions Tally knows (the Demo Bank among them)",
      security: true,
      responses: { 200: "Institutions", 401: "Not signed in" },
    },
  },
  "/api/v1/connections": {
    post: {
      summary: "Link an institution login; the bank checks the credentials first, then the first sync starts",
      security: true,
      body: linkConnectionInput,
      responses: {
        201: "Linked",
        400: "Invalid input",
        401: "Not signed in",
        409: "Already linked",
        422: "The bank refused or could not be reached",
      },
    },
    get: {
      summary: "Your connections and their accounts",
      security: true,
      responses: { 200: "Connections", 401: "Not signed in" },
    },
  },
  "/api/v1/connections/{id}": {
    get: {
      summary: "One connection",
      security: true,
      parameters: idParam("connection"),
      responses: { 200: "Connection", 401: "Not signed in", 404: "Not found" },
    },
    patch: {
      summary: "A new bank password: checked with the bank, then a sync starts",
      security: true,
      parameters: idParam("connection"),
      body: connectionPasswordInput,
      responses: {
        200: json(
          "The connection and its new sync",
          z.object({ connection: connectionResponse, sync: syncResponse }),
        ),
        400: "Invalid input",
        401: "Not signed in",
        404: "Not found",
        422: "The bank refused the password or could not be reached",
      },
    },
    delete: {
      summary: "Remove a connection, its accounts and transactions",
      security: true,
      parameters: idParam("connection"),
      responses: { 204: "Removed", 401: "Not signed in", 404: "Not found" },
    },
  },
  "/api/v1/connections/{id}/refresh": {
    post: {
      summary: "Sync now",
      security: true,
      parameters: idParam("connection"),
      responses: { 202: "Sync queued", 401: "Not signed in", 404: "Not found" },
    },
  },
  "/api/v1/accounts": {
    get: { summary: "Your accounts", security: true, responses: { 200: "Accounts", 401: "Not signed in" } },
    post: {
      summary: "Create a manual account for statement files",
      security: true,
      body: manualAccountInput,
      responses: { 201: "Created", 400: "Invalid input", 401: "Not signed in" },
    },
  },
  "/api/v1/accounts/{id}/statements": {
    post: {
      summary:
        'Upload an OFX, QFX, QIF, CAMT.053 (or camt.052/054), MT940 or CSV statement (multipart field file; optional csv_mapping JSON, whole or corrections such as {"signConvention":"positive_is_out"}; qif_date_order; file_account for a file with several accounts). The answer is { sync, warnings }: rows the file holds but Tally did not import, and why',
      security: true,
      parameters: idParam("account"),
      responses: {
        202: "Import queued",
        400: "Invalid input",
        401: "Not signed in",
        404: "Not found",
        409: "The account is kept up to date by a bank connection",
        413: "Over 10 MB",
        415: "Not a supported format",
        422: "The file could not be read",
      },
    },
  },
  "/api/v1/syncs/{id}": {
    get: {
      summary:
        "A sync's status and counts (imported, duplicates, pending, settled, removed) and a summary sentence",
      security: true,
      parameters: idParam("sync"),
      responses: { 200: "Sync", 401: "Not signed in", 404: "Not found" },
    },
  },
  "/api/v1/transactions": {
    get: {
      summary: "Your transactions, newest first unless sorted otherwise",
      security: true,
      parameters: [
        ...filterQuery,
        { name: "sort", in: "query", description: "newest (default), oldest, largest or smallest amount" },
        ...listQuery,
      ],
      responses: {
        200:
          "A page of transactions. category_source says who chose the category: " +
          '"user" (you, by hand), "rule" (your rule for the seller), "dictionary" (a known seller, or bank words ' +
          'such as a fee or a transfer), "crowd" (what most verified users chose for the seller), "business_words" ' +
          "(the name says what kind of business it is), \"bank_category\" (your bank's or file's own category), " +
          '"history" (like your earlier choices) or null (uncategorized). category_reason is the same in words ' +
          '("The name says “pub”"), or on an uncategorized row why Tally left it so; has_seller is false for checks, transfers and fees, where apply_to_seller does nothing.',
        400: "Invalid query",
        401: "Not signed in",
        404: "account_id or category_id is not one of yours",
      },
    },
  },
  "/api/v1/transactions/summary": {
    get: {
      summary: "How many transactions match the filters, and their money out, money in and net per currency",
      security: true,
      parameters: filterQuery,
      responses: {
        200: "Count and totals",
        400: "Invalid query",
        401: "Not signed in",
        404: "account_id or category_id is not one of yours",
      },
    },
  },
  "/api/v1/transactions/uncategorized-sellers": {
    get: {
      summary:
        "Your uncategorized transactions grouped by seller, the sellers with the most first: each with its latest text, a transaction_id to file all of it through (PATCH /api/v1/transactions/{id} with apply_to_seller), its count and its totals per currency. Rows you filed under Uncategorized yourself are left out; rows that name no seller (checks, payments to people) are only counted",
      security: true,
      query: uncategorizedSellersQuery,
      responses: {
        200: json("The sellers waiting for a category", uncategorizedSellersResponse),
        400: "Invalid limit",
        401: "Not signed in",
      },
    },
  },
  "/api/v1/transactions/export": {
    get: {
      summary:
        "Every transaction matching the filters as CSV (Mint's columns: Date, Description, Original Description, Amount, Transaction Type, Category, Account Name, Labels, Notes; then Currency, the amount's ISO 4217 code), streamed",
      security: true,
      parameters: filterQuery,
      responses: {
        200: "text/csv",
        400: "Invalid query",
        401: "Not signed in",
        404: "account_id or category_id is not one of yours",
      },
    },
  },
  "/api/v1/transactions/{id}": {
    patch: {
      summary:
        "Set a transaction's category (apply_to_seller: also the seller's past ones you did not set by hand, and future ones)",
      security: true,
      parameters: idParam("transaction"),
      body: transactionCategoryInput,
      responses: {
        200: json(
          "The transaction, and how many of the seller's transactions moved or kept their hand-picked category",
          transactionResponse.extend({
            recategorized: z.object({ changed: z.number().int(), kept: z.number().int() }),
          }),
        ),
        400: "Invalid input",
        401: "Not signed in",
        404: "Not found",
      },
    },
  },
  "/api/v1/categories": {
    get: {
      summary: "Categories: the defaults and your own",
      security: true,
      responses: { 200: "Categories", 401: "Not signed in" },
    },
  },
  "/api/v1/spending": {
    get: {
      summary: "A month's spending by category, in one currency",
      security: true,
      parameters: [
        { name: "month", in: "query", description: "YYYY-MM, default this month in your time zone" },
        { name: "currency", in: "query", description: "ISO 4217 code, default your main currency" },
      ],
      responses: { 200: "Spending", 400: "Invalid month", 401: "Not signed in" },
    },
  },
  "/api/v1/spending/trend": {
    get: {
      summary: "Spending and income for the last N months",
      security: true,
      parameters: [
        { name: "months", in: "query", description: "1 to 36, default 12" },
        { name: "currency", in: "query", description: "ISO 4217 code, default your main currency" },
      ],
      responses: { 200: "Trend", 400: "Invalid input", 401: "Not signed in" },
    },
  },
  "/api/v1/budgets": {
    get: {
      summary:
        "A month's budgets: every budgeted category and group with its status, totals, and unbudgeted spending",
      security: true,
      query: budgetsQuery,
      responses: {
        200: json("The month's budgets", budgetMonthResponse),
        400: "Invalid month",
        401: "Not signed in",
      },
    },
  },
  "/api/v1/budgets/{category_id}": {
    put: {
      summary:
        "Set a category's or group's budget from a month on (until changed; earlier months keep theirs)",
      security: true,
      parameters: idParam("category", "category_id"),
      body: budgetPutInput,
      responses: {
        200: json("The category's budget row for that month", budgetRowResponse),
        400: "Invalid amount, or not a spending category",
        401: "Not signed in",
        404: "Not found",
      },
    },
    delete: {
      summary: "Back to the recommended amount from a month on (rollover stays as set)",
      security: true,
      parameters: idParam("category", "category_id"),
      query: budgetsQuery,
      responses: { 204: "Reset", 400: "Invalid month", 401: "Not signed in", 404: "Not found" },
    },
  },
  "/api/v1/notifications": {
    get: {
      summary:
        "Your notifications, newest first: { data: [{ id, kind, title, body, category_id, month, created_at, read_at, link }], next_cursor }",
      security: true,
      parameters: [{ name: "unread", in: "query", description: "true: unread ones only" }, ...listQuery],
      responses: { 200: "A page of notifications", 400: "Invalid query", 401: "Not signed in" },
    },
  },
  "/api/v1/notifications/{id}/read": {
    post: {
      summary: "Mark a notification read",
      security: true,
      parameters: idParam("notification"),
      responses: { 200: "The notification", 401: "Not signed in", 404: "Not found" },
    },
  },
  "/api/v1/notifications/read-all": {
    post: {
      summary: "Mark every notification read",
      security: true,
      responses: { 204: "All read", 401: "Not signed in" },
    },
  },
  "/api/v1/notifications/unread-count": {
    get: {
      summary: "How many notifications are unread: { unread }",
      security: true,
      responses: { 200: "The count", 401: "Not signed in" },
    },
  },
  "/api/v1/me": {
    get: { summary: "Your profile", security: true, responses: { 200: "Profile", 401: "Not signed in" } },
    patch: {
      summary: "Change your profile",
      security: true,
      body: profileInput,
      responses: { 200: "Updated profile", 400: "Invalid input", 401: "Not signed in" },
    },
    delete: {
      summary:
        "Delete your account and everything Tally keeps of it, confirmed with your password (or, without one, your e-mail address)",
      security: true,
      body: accountDeletionInput,
      responses: {
        204: "Deleted",
        400: "Wrong password or e-mail address; nothing was deleted",
        401: "Not signed in",
        429: "Too many wrong passwords",
      },
    },
  },
};
