/**
 * Links built from data: only absolute http(s) URLs become an href. Anything else (javascript:,
 * data:, vbscript:, a relative path, a URL with a user name, text that is not a URL) gives null,
 * and the caller shows the text without a link. The URL is parsed the way the browser will parse
 * the href (WHATWG URL), so tabs, newlines and leading control characters cannot disguise a scheme.
 */

const MAX_LENGTH = 2048;

/** The normalised href for an absolute http: or https: URL without credentials, else null. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // A user name before "@" makes a link read as one host ("trusted@…") while it goes to another.
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}
