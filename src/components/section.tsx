import type { ReactNode } from 'react';

/** A page section with its heading and one-line lede: the shape every top-level section shares. */
export function Section({
  id,
  title,
  lede,
  children,
}: {
  id: string;
  title: string;
  lede: string;
  children: ReactNode;
}) {
  const headingId = `${id}-title`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{title}</h2>
        <p className="lede">{lede}</p>
      </div>
      {children}
    </section>
  );
}
