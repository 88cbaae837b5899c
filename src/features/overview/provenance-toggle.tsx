import type { ReactNode } from 'react';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';

/** A disclosure button and panel; which card is open lives in the store's UI slice. */
export function ProvenanceToggle({
  cardId,
  label,
  children,
}: {
  cardId: string;
  label: string;
  children: ReactNode;
}) {
  const { t } = useT();
  const panel = `provenance:${cardId}`;
  const open = useDashboard((s) => s.panel === panel);
  const toggle = useDashboard((s) => s.togglePanel);
  const panelId = `provenance-${cardId}`;
  return (
    <>
      <button
        type="button"
        className="provenance-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t(open ? 'card.hideProvenance' : 'card.showProvenance') + ': ' + label}
        onClick={() => toggle(panel)}
      >
        {t(open ? 'card.hideProvenance' : 'card.showProvenance')}
      </button>
      <div
        id={panelId}
        className="provenance"
        role="region"
        aria-label={t('card.provenanceFor', { label })}
        hidden={!open}
      >
        {children}
      </div>
    </>
  );
}
