import type { NextConfig } from "next";
import { env } from "./env";

const isDev = env.NODE_ENV === "development";

// OAuth sign-in submits a form that redirects to the provider, which form-action must allow.
const oauthHosts = [
  env.AUTH_GITHUB_ID ? "https://github.com" : "",
  env.AUTH_GOOGLE_ID ? "https://accounts.google.com" : "",
].filter(Boolean);

const contentSecurityPolicy = [
  "default-src 'self'",
  // Next.js inlines its bootstrap scripts; dev mode also evaluates code for fast refresh.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  `form-action 'self' ${oauthHosts.join(" ")}`.trim(),
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

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
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
