// Uploads a statement through the REST route the way a client would: multipart, with a bearer token.

import { POST as uploadRoute } from "@/app/api/v1/accounts/[id]/statements/route";

export function uploadStatement(
  token: string,
  accountId: string,
  file: { name: string; bytes: Uint8Array },
  extra: Record<string, string> = {},
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in each test.
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(file.bytes)], file.name));
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  const request = new Request(`http://localhost/api/v1/accounts/${accountId}/statements`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return uploadRoute(request, { params: Promise.resolve({ id: accountId }) }).then(async (response) => ({
    status: response.status,
    body: await response.json(),
  }));
}
