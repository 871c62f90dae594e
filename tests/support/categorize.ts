import { expect } from "vitest";
import { PATCH as patchTransactionRoute } from "@/app/api/v1/transactions/[id]/route";
import { call } from "./api";

/** The user files a transaction under a category through the REST API, as the app does; returns the row. */
export async function chooseCategory(token: string, id: string, categoryId: string, applyToSeller = false) {
  const response = await call(patchTransactionRoute, {
    method: "PATCH",
    token,
    params: { id },
    body: { category_id: categoryId, apply_to_seller: applyToSeller },
  });
  expect(response.status).toBe(200);
  return response.body;
}
