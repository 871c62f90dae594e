// The Demo Bank over real HTTP on 127.0.0.1, with a clock the test controls (so "new transactions appear
// tomorrow" can be tested) and a switch to make it fail like a real bank's server would.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";
import { demoBankDeps } from "@/server/demo-bank/deps";
import { handleDemoBankRequest } from "@/server/ofx/demo-bank-server";

export type TestDemoBank = {
  url: string;
  today: Date;
  /** Answer the next N requests with HTTP 503. */
  failNext: (count: number) => void;
  requests: number;
};

export async function startDemoBank(today = new Date()): Promise<TestDemoBank> {
  let failures = 0;
  const bank: TestDemoBank = {
    url: "",
    today,
    failNext: (count) => {
      failures = count;
    },
    requests: 0,
  };
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      bank.requests++;
      if (failures > 0) {
        failures--;
        response.writeHead(503).end("Service Unavailable");
        return;
      }
      response.writeHead(200, { "Content-Type": "application/x-ofx" });
      response.end(handleDemoBankRequest(body, demoBankDeps(bank.today)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  bank.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ofx`;
  process.env.DEMO_BANK_URL = bank.url;
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return bank;
}
