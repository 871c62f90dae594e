import "server-only";
import { z } from "zod";
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
