/**
 * One policy, two carriers: the <meta> tag in index.html and the `_headers` file the build emits for
 * static hosts (build/content-security-policy.ts) must carry the same Content-Security-Policy.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config.ts';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  contentSecurityPolicy,
  headersFile,
} from '../../build/content-security-policy.ts';

/** Netlify / Cloudflare Pages `_headers`: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current === null || colon === -1) throw new Error(`not a header line: ${line}`);
    current.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** What the plugin puts into index.html and into the build, run outside Vite. */
function runPlugin(plugin: Plugin) {
  const transform = plugin.transformIndexHtml as () => HtmlTagDescriptor[];
  const tags = transform();
  const emitted: { fileName?: string; source?: unknown }[] = [];
  const generate = plugin.generateBundle as (this: unknown) => void;
  generate.call({ emitFile: (file: (typeof emitted)[number]) => emitted.push(file) });
  return { tags, emitted };
}

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d !== '')
    .sort();

describe('Content-Security-Policy: the <meta> tag and _headers', () => {
  const { tags, emitted } = runPlugin(contentSecurityPolicy());
  const meta = tags.find((t) => t.attrs?.['http-equiv'] === 'Content-Security-Policy');
  const headers = emitted.find((f) => f.fileName === '_headers');

  it('puts the policy into index.html, first in <head>', () => {
    expect(meta?.tag).toBe('meta');
    expect(meta?.injectTo).toBe('head-prepend');
    expect(meta?.attrs?.['content']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('emits _headers for every path with the very same policy', () => {
    expect(typeof headers?.source).toBe('string');
    const rules = parseHeaders(String(headers?.source));
    expect([...rules.keys()]).toEqual(['/*']);
    const sent = rules.get('/*')!;
    expect(sent.get('Content-Security-Policy')).toBe(String(meta?.attrs?.['content']));
    expect(directives(sent.get('Content-Security-Policy')!)).toEqual(
      directives(CONTENT_SECURITY_POLICY),
    );
    expect(Object.fromEntries(sent)).toEqual(SECURITY_HEADERS);
    expect(String(headers?.source)).toBe(headersFile());
  });

  it('is strict: no inline or eval script, no plugins, no base or form targets', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval|hashes)|strict-dynamic/);
    // Directives a <meta> tag cannot carry would make browsers log an error: headers only.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it('is the plugin vite.config.ts builds with', () => {
    const names = (viteConfig.plugins ?? [])
      .flat()
      .map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : null));
    expect(names).toContain('content-security-policy');
  });
});
