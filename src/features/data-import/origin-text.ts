import type { Translate } from '../../i18n/i18n.ts';

/**
 * "Showing: file", and how many of its rows were left out when the user loaded only the valid ones:
 * the same words wherever the loaded file is named (the header, the Load data panel).
 */
export function originText(
  t: Translate,
  origin: string,
  skippedRows: number,
  fmt: (n: number) => string,
): string {
  return skippedRows > 0
    ? t('import.originPartial', { origin, skipped: fmt(skippedRows) })
    : t('import.origin', { origin });
}
