// The pages' Content-Security-Policy. Scripts run only with this response's nonce (Next.js puts it on its own
// bootstrap scripts when it finds the policy on the request, set by proxy.ts) and what those load
// ('strict-dynamic'): no 'unsafe-inline' for scripts, so injected markup cannot run code. Styles keep
// 'unsafe-inline': React's style attributes (charts, progress bars) need it, and styles cannot run code.

export function pageContentSecurityPolicy(options: {
  nonce: string;
  development: boolean;
  formActionHosts: string[];
}): string {
  const { nonce, development } = options;
  return [
    "default-src 'self'",
    // Development mode evaluates code for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    // OAuth sign-in submits a form that redirects to the provider.
    `form-action 'self' ${options.formActionHosts.join(" ")}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** API answers are JSON: nothing in them may load or run anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
