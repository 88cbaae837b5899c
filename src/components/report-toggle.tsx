import { useId, useState, type ReactNode } from 'react';

/**
 * A button that opens a dialog right after it (a ReportDialog): `dialog` renders it, and is called
 * only while it is open, so its text is built from what the page shows then. Closing gives the
 * button focus back.
 */
export function ReportToggle({
  label,
  accessibleName,
  buttonClassName,
  testId,
  dialog,
}: {
  /** The button's visible text; `accessibleName` must contain it. */
  label: string;
  accessibleName: string;
  buttonClassName: string;
  testId?: string;
  dialog: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // Found by id when closing: the dialog is rendered by a callback, which may not close over a ref.
  const buttonId = useId();
  const close = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };
  return (
    <>
      <button
        id={buttonId}
        type="button"
        className={buttonClassName}
        aria-expanded={open}
        aria-label={accessibleName}
        data-testid={testId}
        onClick={() => setOpen((v) => !v)}
      >
        {label}
      </button>
      {open && dialog(close)}
    </>
  );
}
