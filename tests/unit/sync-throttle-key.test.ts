// Which bucket of the per-bank sync throttle a connection's syncs fall in.

import { describe, expect, it } from "vitest";
import { syncThrottleKey } from "@/server/accounts/institutions";

const connection = (id: string, institutionId: string, ofxUrl: string) => ({ id, institutionId, ofxUrl });

describe("the sync throttle key", () => {
  it("gives each bank server linked by URL a bucket of its own, shared by everyone who banks there", () => {
    const alice = syncThrottleKey(connection("c1", "ofx", "https://ofx.chase.com/ofx/process"));
    const bob = syncThrottleKey(connection("c2", "ofx", "https://OFX.Chase.com/other-path"));
    const carol = syncThrottleKey(connection("c3", "ofx", "https://ofx.usbank.com/ofx"));
    expect(alice).toBe(bob);
    expect(carol).not.toBe(alice);
  });

  it("shares a known institution's bucket among its connections", () => {
    expect(syncThrottleKey(connection("c1", "first-bank", "https://a.example/ofx"))).toBe(
      syncThrottleKey(connection("c2", "first-bank", "https://a.example/ofx")),
    );
  });

  it("holds back no Demo Bank connection for another's sake", () => {
    expect(syncThrottleKey(connection("c1", "demo", "demo"))).not.toBe(
      syncThrottleKey(connection("c2", "demo", "demo")),
    );
  });
});
