import "server-only";
import { z } from "zod";
import { linkConnectionInput, manualAccountInput } from "@/server/accounts/schemas";
import { profileInput, signupInput, tokenCreateInput } from "@/server/identity/schemas";

// The machine-readable form of ../shared/API.md. Request bodies come from the same zod schemas the handlers use,
// so the description cannot drift from what is validated.

type Operation = {
  summary: string;
  body?: z.ZodType;
  security?: boolean;
  responses: Record<string, string>;
  parameters?: Array<{ name: string; in: "path" | "query"; required?: boolean; description?: string }>;
};

const idParam = (what: string) => [
  { name: "id", in: "path" as const, required: true, description: `The ${what} id` },
];
const listQuery = [
  { name: "limit", in: "query" as const, description: "1 to 500, default 50" },
  { name: "cursor", in: "query" as const, description: "next_cursor from the previous page" },
];

const bodySchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" } },
      },
    },
  },
};

const operations: Record<string, Record<string, Operation>> = {
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
      summary: "A new bank password ({ account_password }): checked with the bank, then a sync starts",
      security: true,
      parameters: idParam("connection"),
      responses: {
        200: "The connection and its new sync",
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
        'Upload an OFX, QFX, QIF or CSV statement (multipart field file; optional csv_mapping JSON, whole or corrections such as {"signConvention":"positive_is_out"}; qif_date_order; file_account for a file with several accounts)',
      security: true,
      parameters: idParam("account"),
      responses: {
        202: "Import queued",
        400: "Invalid input",
        401: "Not signed in",
        404: "Not found",
        413: "Over 10 MB",
        415: "Not a supported format",
        422: "The file could not be read",
      },
    },
  },
  "/api/v1/syncs/{id}": {
    get: {
      summary: "A sync's status and counts",
      security: true,
      parameters: idParam("sync"),
      responses: { 200: "Sync", 401: "Not signed in", 404: "Not found" },
    },
  },
  "/api/v1/transactions": {
    get: {
      summary: "Your transactions, newest first",
      security: true,
      parameters: [
        { name: "account_id", in: "query" },
        { name: "category_id", in: "query" },
        { name: "month", in: "query", description: "YYYY-MM" },
        { name: "q", in: "query", description: "Seller search" },
        ...listQuery,
      ],
      responses: { 200: "A page of transactions", 400: "Invalid query", 401: "Not signed in" },
    },
  },
  "/api/v1/transactions/{id}": {
    patch: {
      summary: "Set a transaction's category (apply_to_seller: also past and future ones from the seller)",
      security: true,
      parameters: idParam("transaction"),
      responses: { 200: "The transaction", 400: "Invalid input", 401: "Not signed in", 404: "Not found" },
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
      summary: "A month's spending by category",
      security: true,
      parameters: [{ name: "month", in: "query", description: "YYYY-MM, default this month" }],
      responses: { 200: "Spending", 400: "Invalid month", 401: "Not signed in" },
    },
  },
  "/api/v1/spending/trend": {
    get: {
      summary: "Spending and income for the last N months",
      security: true,
      parameters: [{ name: "months", in: "query", description: "1 to 36, default 12" }],
      responses: { 200: "Trend", 400: "Invalid input", 401: "Not signed in" },
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
  },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(operations)) {
    paths[path] = {};
    for (const [method, operation] of Object.entries(methods)) {
      paths[path][method] = {
        summary: operation.summary,
        ...(operation.security ? { security: [{ bearer: [] }, { session: [] }] } : {}),
        ...(operation.parameters
          ? { parameters: operation.parameters.map((p) => ({ ...p, schema: { type: "string" } })) }
          : {}),
        ...(operation.body
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: bodySchema(operation.body) } },
              },
            }
          : {}),
        responses: Object.fromEntries(
          Object.entries(operation.responses).map(([status, description]) => [
            status,
            Number(status) >= 400
              ? {
                  description,
                  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
                }
              : { description },
          ]),
        ),
      };
    }
  }
  return {
    openapi: "3.1.0",
    info: { title: "Tally API", version: "1.0.0", description: "Link accounts, read transactions, budget." },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal access token from Settings" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
    },
  };
}
