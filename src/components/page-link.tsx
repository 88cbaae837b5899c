import type { ReactNode } from 'react';
import { safeHref } from '../domain/safe-href.ts';

/** A link to a fact-sheet page, or its text alone when the address is not a safe http(s) URL. */
export function PageLink({ url, children }: { url: string; children: ReactNode }) {
  const href = safeHref(url);
  return href === null ? (
    children
  ) : (
    <a href={safeHref(url) ?? undefined} rel="noreferrer noopener" target="_blank">
      {children}
    </a>
  );
}
