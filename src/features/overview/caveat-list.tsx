import type { Caveat } from '../../domain/schema.ts';
import { formatPartialDate } from '../../domain/format.ts';
import { PageLink } from '../../components/page-link.tsx';
import { useT } from '../../i18n/use-t.ts';
import { EnglishText } from '../../components/local-text.tsx';

/**
 * The fact sheet's ⚠ caveats on a value: the other value where one is stated, our choice and why,
 * and the page the other value comes from.
 */
export function CaveatList({ caveats }: { caveats: readonly Caveat[] }) {
  const { t, locale } = useT();
  if (caveats.length === 0) return null;
  return (
    <ul className="caveats" data-testid="caveats">
      {caveats.map((c, i) => (
        <li key={i}>
          <span className="caveat-head">{t('caveat.head', { item: c.item })}</span>{' '}
          {c.other !== undefined && (
            <span className="caveat-other">{t('caveat.other', { value: c.other })} </span>
          )}
          <EnglishText>{c.note}</EnglishText>
          {c.page && (
            <span className="caveat-page">
              {' '}
              (<PageLink url={c.page.url}>{c.page.publisher}</PageLink>
              {c.page.date && `, ${formatPartialDate(c.page.date, locale)}`})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
