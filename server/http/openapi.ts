import "server-only";
import { z } from "zod";
import { operations, type Response } from "./openapi-routes";

// The machine-readable form of ../shared/API.md, built from ./openapi-routes.ts. Request bodies, query
// parameters and response bodies come from the same zod schemas the handlers use (z.toJSONSchema), so the
// description cannot drift from what is validated and returned.

// What a request must look like (before transforms) and what a response is; the embedded JSON Schema dialect
// marker is dropped, as OpenAPI 3.1 already implies it.
const inputSchema = (schema: z.ZodType) =>
  withoutDialect(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
const outputSchema = (schema: z.ZodType) =>
  withoutDialect(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }));

function withoutDialect(schema: Record<string, unknown>) {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

/** A z.object's keys as OpenAPI query parameters. */
function queryParameters(query: z.ZodObject) {
  const schema = inputSchema(query) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: schema.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

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

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(operations)) {
    paths[path] = {};
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = [
        ...(operation.parameters ?? []).map((p) => ({ ...p, schema: { type: "string" } })),
        ...(operation.query ? queryParameters(operation.query) : []),
      ];
      paths[path][method] = {
        summary: operation.summary,
        ...(operation.security ? { security: [{ bearer: [] }, { session: [] }] } : {}),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(operation.body
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: inputSchema(operation.body) } },
              },
            }
          : {}),
        responses: Object.fromEntries(
          Object.entries(operation.responses).map(([status, response]) => [
            status,
            responseObject(status, response),
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

function responseObject(status: string, response: Response) {
  if (typeof response !== "string")
    return {
      description: response.description,
      content: { "application/json": { schema: outputSchema(response.schema) } },
    };
  return Number(status) >= 400
    ? {
        description: response,
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      }
    : { description: response };
}
