/**
 * A Leaflet div icon whose text and attributes are set through DOM APIs, never as HTML: the count
 * inside a cluster is text, and the accessible name is an attribute.
 */
import { DivIcon } from 'leaflet';

export interface TextIconOptions {
  className: string;
  /** Diameter in pixels. */
  size: number;
  /** Drawn inside the icon; empty for none. */
  text: string;
  attributes: Readonly<Record<string, string>>;
}

export class TextIcon extends DivIcon {
  private readonly text: string;
  private readonly attributes: Readonly<Record<string, string>>;

  constructor({ className, size, text, attributes }: TextIconOptions) {
    // html: false makes Leaflet leave the element empty; the content is added below as text.
    super({ className, iconSize: [size, size], html: false });
    this.text = text;
    this.attributes = attributes;
  }

  // Leaflet reuses the old element when a marker's icon changes, so focus survives an update.
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon);
    if (this.text) {
      const span = document.createElement('span');
      span.className = 'site-cluster-count';
      span.textContent = this.text;
      div.replaceChildren(span);
    } else div.replaceChildren();
    for (const [name, value] of Object.entries(this.attributes)) div.setAttribute(name, value);
    return div;
  }
}
