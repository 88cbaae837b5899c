import { useT } from '../i18n/use-t.ts';
import './contested.css';

/** "Contested": two sources state this figure differently; both are shown. */
export function ContestedBadge() {
  const { t } = useT();
  return (
    <span className="badge-contested" data-testid="contested-badge">
      {t('card.contested')}
    </span>
  );
}
