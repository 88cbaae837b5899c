/**
 * Display helpers for text that comes from outside (file names, data): they only shorten what is
 * shown; the full text stays available to the caller (a title attribute, an export).
 */

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * At most `max` UTF-16 units: the start and the end of `text` with "…" between, so a long file name
 * keeps its extension ("Very long na…2024.csv"). Never splits a surrogate pair.
 */
export function ellipsizeMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  const keep = max - 1;
  let head = Math.ceil(keep / 2);
  let tail = keep - head;
  // Do not end the head on a high surrogate, nor start the tail on a low one.
  if (head > 0 && isHigh(text.charCodeAt(head - 1)) && isLow(text.charCodeAt(head))) head--;
  const tailStart = text.length - tail;
  if (tail > 0 && isLow(text.charCodeAt(tailStart)) && isHigh(text.charCodeAt(tailStart - 1)))
    tail--;
  return `${text.slice(0, head)}…${tail > 0 ? text.slice(text.length - tail) : ''}`;
}
