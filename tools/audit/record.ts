/**
 * The public record (`public-record.md`) as the audit reads it: the text of each item (A1–A10, the
 * rows of section B by their first cell, C1–C20, D1–D8), the sentences within it, and its flags.
 * ⚠ marks a disagreement between pages; ✖ something the sheet could not confirm.
 */

export interface RecordSheet {
  /** The whole sheet, for addresses cited "as above" or "(URL in A1)". */
  all: string;
  /** Item text by id; section B's rows as `B/<first cell>`. */
  items: ReadonlyMap<string, string>;
  /** The item's own text without the A-summary table, which repeats its flags in short. */
  flagged: ReadonlyMap<string, string>;
}

const ROW = /^\|\s*(?:\*\*)?([ACD]\d{1,2})\b/;

/** Split the sheet into items. Lines that belong to several items (A7–A10's shared lines) go to each. */
export function parseRecord(markdown: string): RecordSheet {
  const items = new Map<string, string[]>();
  const summaries = new Set<string>();
  const add = (id: string, line: string) => {
    const lines = items.get(id) ?? [];
    lines.push(line);
    items.set(id, lines);
  };
  let section = '';
  let heading: string[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const h2 = /^## ([A-D])\./.exec(line);
    if (h2) {
      section = h2[1]!;
      heading = [];
      continue;
    }
    if (/^## /.test(line)) {
      section = '';
      continue;
    }
    if (/^---/.test(line)) {
      heading = [];
      continue;
    }
    const h3 = /^### (A\d+)(?:[–-]A(\d+))?\./.exec(line);
    if (h3) {
      const from = Number(h3[1]!.slice(1));
      const to = h3[2] === undefined ? from : Number(h3[2]);
      heading = Array.from({ length: to - from + 1 }, (_, k) => `A${from + k}`);
      heading.forEach((id) => add(id, line));
      continue;
    }
    if (/^### /.test(line)) {
      heading = [];
      continue;
    }
    if (line.trim() === '') continue;
    if (section === 'A') {
      // The summary table: "| 4 | CG Power …" belongs to A4.
      const summary = /^\|\s*(\d{1,2})\s*\|/.exec(line);
      if (summary) {
        add(`A${summary[1]}`, line);
        summaries.add(line);
        continue;
      }
      const own = ROW.exec(line);
      if (own && heading.includes(own[1]!)) {
        add(own[1]!, line);
        continue;
      }
      // Within A7–A10, a caveat naming one unit belongs to it; the rest is shared.
      const named = heading.filter((id) => line.includes(`**${id} `));
      if (heading.length > 1 && /ASIP/.test(line) && !/^\|/.test(line)) add('A10', line);
      else if (named.length > 0) named.forEach((id) => add(id, line));
      else heading.forEach((id) => add(id, line));
      continue;
    }
    if (section === 'B') {
      const cell = /^\|\s*([^|]+?)\s*\|/.exec(line);
      if (cell && !/^(Fact|-+)$/.test(cell[1]!)) add(`B/${cell[1]}`, line);
      continue;
    }
    if (section === 'C' || section === 'D') {
      const own = ROW.exec(line);
      if (own) add(own[1]!, line);
    }
  }
  return {
    all: markdown,
    items: new Map([...items].map(([id, lines]) => [id, lines.join('\n')])),
    flagged: new Map(
      [...items].map(([id, lines]) => [id, lines.filter((l) => !summaries.has(l)).join('\n')]),
    ),
  };
}

/** The key of a citation's item: `A4`, or `B/<row>` for section B. */
export function itemKey(item: string, row?: string): string {
  return item === 'B' ? `B/${row ?? ''}` : item;
}

/**
 * The sentences of an item: table cells and prose split at sentence ends, so a flag marks only the
 * clause it stands in ("⚠ mirrors give 26.11 … . Morigaon town: 26.25, 92.34" is two sentences).
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n|\s\|\s|(?<=[.;])\s+(?=[A-Z✖⚠*"(])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '|');
}

/** Every ⚠ line of an item, each a caveat the dataset must answer. */
export function warningLines(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    // A table row may carry its ⚠ in a cell: the cell is the flagged text.
    if (/^\|/.test(line)) return line.split('|').filter((cell) => cell.includes('⚠'));
    return line.includes('⚠') ? [line] : [];
  });
}
