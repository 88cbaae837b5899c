import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/domain/safe-href.ts';

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['  https://example.org/  ', 'https://example.org/'],
    ['https://example.org/<script>', 'https://example.org/%3Cscript%3E'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
  ])('keeps %j as %j', (input, href) => {
    expect(safeHref(input)).toBe(href);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['javascript&colon;alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['blob:https://example.org/uuid'],
    ['mailto:a@example.org'],
    ['//evil.example/x'],
    ['/relative/path'],
    ['example.org'],
    ['https://trusted.example@evil.example/'],
    ['https://user:pass@example.org/'],
    [''],
    ['https://'],
    [`https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });

  it('refuses what is not a string', () => {
    for (const v of [null, undefined, 42, {}, ['https://example.org/'], new URL('https://a.b/')])
      expect(safeHref(v)).toBeNull();
  });

  it('only ever returns http(s) URLs, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `javascript:${s}`),
          fc
            .tuple(fc.constantFrom(' ', '\t', '\n', '\u0000', '\u001f'), fc.string())
            .map(([c, s]) => `${c}java${c}script:${s}`),
        ),
        (input) => {
          const href = safeHref(input);
          if (href === null) return;
          const url = new URL(href);
          expect(['http:', 'https:']).toContain(url.protocol);
          expect(url.username + url.password).toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });
});
