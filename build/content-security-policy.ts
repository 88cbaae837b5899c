/**
 * The production build's security headers, from one place: the Content-Security-Policy goes into
 * index.html as a <meta> tag (hosts that cannot set headers still get it) and, with the headers a
 * <meta> tag cannot carry, into `_headers` at the root of the build, the file static hosts such as
 * Netlify and Cloudflare Pages read. Both come from CONTENT_SECURITY_POLICY, so they cannot drift.
 *
 * The dev server injects inline styles for hot reload, so the plugin applies at build time only.
 * Exceptions to 'self', each for one reason:
 *   img-src data: — the empty favicon; blob: — drawing a chart to PNG for export;
 *   img-src https: — the optional online tile layer, off unless the user sets one;
 *   worker-src 'self' — the import and the map's clusters run in Web Workers from this origin.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * What `_headers` sends with every path. Framing is refused with X-Frame-Options rather than the
 * policy's frame-ancestors, which browsers ignore (with a console error) in a <meta> tag: the policy
 * stays one string for both.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The `_headers` file (Netlify / Cloudflare Pages format): one rule for every path. */
export function headersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/** Adds the policy to index.html as a <meta> tag and emits `_headers` into the build. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
