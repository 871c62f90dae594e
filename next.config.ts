import type { NextConfig } from "next";
import { env } from "./env";
import { API_CONTENT_SECURITY_POLICY } from "./lib/content-security-policy";

const isProduction = env.NODE_ENV === "production";

// Pages get their Content-Security-Policy, with a nonce per response, from proxy.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Browsers honour it only over https; a production server is reached that way.
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // PGlite loads its WASM via import.meta.url and argon2 is a native addon: both must stay unbundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` as their own gate; the build does not check them a second time.
  typescript: { ignoreBuildErrors: true },
  // Statement files up to 10 MB are uploaded through a server action (default limit 1 MB).
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders,
      },
      {
        // API answers hold a person's finances: never cached, and nothing in them runs.
        source: "/api/:path*",
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
