// A real SMTP server on 127.0.0.1 for the test to send to, keeping every message it accepts (raw, to be parsed
// with mailparser) and able to refuse the next ones the way a busy server does.

import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll } from "vitest";

export type TestSmtpServer = {
  url: string;
  received: Buffer[];
  /** Answer the next `count` messages with `code` (451: try again later) after reading them whole. */
  refuseNext: (count: number, code?: number) => void;
};

export async function startSmtpServer(): Promise<TestSmtpServer> {
  let refusals = 0;
  let refusalCode = 451;
  const received: Buffer[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate for the client to distrust.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: refusalCode }));
          return;
        }
        received.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count, code = 451) => {
      refusals = count;
      refusalCode = code;
    },
  };
}
