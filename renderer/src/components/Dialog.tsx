import { useEffect, useRef, type ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus.ts';

/** A modal dialog: opens on mount, Esc or the backdrop's cancel closes it through `onClose`. */
export function Dialog({
  label,
  onClose,
  children,
  wide = false,
  testId,
}: {
  label: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={wide ? 'dialog-wide' : undefined}
      data-testid={testId}
      onCancel={(e) => {
        // Esc: let React unmount the dialog instead of the browser closing it behind our back.
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
