import "server-only";

import http from "node:http";
import type { AddressInfo } from "node:net";
import { demoBankDeps } from "@/server/demo-bank/deps";
import { handleDemoBankRequest } from "@/server/ofx/demo-bank-server";

// The Demo Bank over real HTTP on 127.0.0.1, with a clock its owner controls (so "new transactions appear
// tomorrow" can happen on demand) and a switch to make it fail like a real bank's server would. For tests and
// benchmarks, which run without the app's own /api/demo-bank/ofx route; they point DEMO_BANK_URL at `url`.

export type LocalDemoBank = {
  url: string;
  today: Date;
  /** Answer the next N requests with HTTP 503. */
  failNext: (count: number) => void;
  requests: number;
  /** Milliseconds spent generating answers: the bank's own share of a run that shares its process. */
  busyMs: number;
  close: () => Promise<void>;
};

export async function startLocalDemoBank(today = new Date()): Promise<LocalDemoBank> {
  let failures = 0;
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
      const started = performance.now();
      const reply = handleDemoBankRequest(body, demoBankDeps(bank.today));
      bank.busyMs += performance.now() - started;
      response.writeHead(200, { "Content-Type": "application/x-ofx" });
      response.end(reply);
    });
  });
  const bank: LocalDemoBank = {
    url: "",
    today,
    failNext: (count) => {
      failures = count;
    },
    requests: 0,
    busyMs: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  bank.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ofx`;
  return bank;
}
