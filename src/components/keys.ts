/** Small input rules shared by every view, so each gesture means the same everywhere. */

/** Shift, Ctrl or ⌘ with a click adds to a view's selection instead of replacing it. */
export const isAdditive = (e: { shiftKey: boolean; metaKey: boolean; ctrlKey: boolean }): boolean =>
  e.shiftKey || e.metaKey || e.ctrlKey;

/**
 * A key pressed where the user is typing belongs to the field (its own undo, its own arrows).
 * Radios, checkboxes and buttons are not text entry: shortcuts still work there.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(
      'input:not([type="radio"]):not([type="checkbox"]):not([type="button"]), textarea, select, [contenteditable]:not([contenteditable="false"])',
    ) !== null
  );
}
