/**
 * The optional online tile layer. Off by default: the offline base map always draws.
 * A template is accepted only if it is https and uses no placeholder but {s}, {z}, {x}, {y}, {r}.
 */

export type TileCheck = { ok: true; template: string } | { ok: false; reason: string };

const ALLOWED = new Set(['s', 'z', 'x', 'y', 'r']);
const MAX_LENGTH = 500;

export function checkTileTemplate(raw: string): TileCheck {
  const template = raw.trim();
  if (template === '') return { ok: false, reason: 'the template is empty' };
  if (template.length > MAX_LENGTH)
    return { ok: false, reason: `the template is longer than ${MAX_LENGTH} characters` };
  if (/[\s"'<>\\`]/.test(template))
    return {
      ok: false,
      reason: 'the template contains spaces, quotes, angle brackets or backslashes',
    };
  if (!/^https:\/\//i.test(template)) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(template)?.[1]?.toLowerCase();
    let reason = 'the template is not a URL starting with https://';
    if (scheme === 'https') reason = 'the template must start with https:// (two slashes)';
    else if (scheme) reason = `only https is allowed, not ${scheme}`;
    return { ok: false, reason };
  }
  // Check the URL as Leaflet will fill it, with both values {r} takes ('' and '@2x'): a placeholder
  // must not be able to move the host or smuggle in a user name.
  for (const retina of ['', '@2x']) {
    let url: URL;
    try {
      url = new URL(template.replace(/\{r\}/g, retina).replace(/\{([a-z])\}/g, 'x'));
    } catch {
      return { ok: false, reason: 'the template is not a URL' };
    }
    if (url.protocol !== 'https:') return { ok: false, reason: 'only https:// is allowed' };
    if (url.username !== '' || url.password !== '')
      return {
        ok: false,
        reason: 'the template may not carry a user name or password (or {r} before the path)',
      };
  }
  const placeholders = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const unknown = placeholders.filter((p) => !ALLOWED.has(p));
  if (unknown.length > 0)
    return {
      ok: false,
      reason: `unknown placeholder {${unknown[0]}}: only {s}, {z}, {x}, {y} and {r} are allowed`,
    };
  if (/[{}]/.test(template.replace(/\{[szxyr]\}/g, '')))
    return { ok: false, reason: 'the template has an unmatched brace' };
  for (const needed of ['z', 'x', 'y']) {
    if (!placeholders.includes(needed))
      return { ok: false, reason: `the template must contain {${needed}}` };
  }
  return { ok: true, template };
}
