/**
 * Reading a file as UTF-8 text, slice by slice: a 200 MB file never has to sit in memory as bytes,
 * a character cut between slices is decoded whole, and invalid bytes are reported by offset and line
 * rather than turned into U+FFFD.
 */
import { formatCount } from './limits.ts';

/** What the import needs of a File: a Blob has all of it. */
export interface FileLike {
  name: string;
  size: number;
  type?: string;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** The file is not UTF-8; the message says where and what to do. */
export class Utf8Error extends Error {
  override readonly name = 'Utf8Error';
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. A sequence cut at the end is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return -1;
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function countNewlines(text: string): number {
  let count = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    count++;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}

/**
 * Reads `file` in slices of `sliceBytes` and hands each decoded piece of text to `consume`, with the
 * number of bytes read so far. A byte-order mark at the start is dropped by the decoder.
 * Throws Utf8Error (naming the file as `name`) at the first invalid byte.
 */
export async function readUtf8(
  file: FileLike,
  name: string,
  sliceBytes: number,
  consume: (text: string, bytesRead: number) => void,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const total = file.size;
  let lines = 0;
  for (let start = 0; start < total; start += sliceBytes) {
    const bytes = new Uint8Array(
      await file.slice(start, Math.min(total, start + sliceBytes)).arrayBuffer(),
    );
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const at = Math.max(0, firstInvalidUtf8(bytes));
      let line = lines + 1;
      for (let k = 0; k < at; k++) if (bytes[k] === 10) line++;
      const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      throw new Utf8Error(
        `${name} is not valid UTF-8 text: byte ${formatCount(start + at + 1)} (line ${formatCount(line)}) is 0x${hex}. Save the file as UTF-8 (in Excel: "CSV UTF-8") and import it again.`,
      );
    }
    lines += countNewlines(text);
    consume(text, start + bytes.length);
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new Utf8Error(
      `${name} is not valid UTF-8 text: it ends in the middle of a character (line ${formatCount(lines + 1)}). Save it as UTF-8 and import it again.`,
    );
  }
  if (tail !== '') consume(tail, total);
}
