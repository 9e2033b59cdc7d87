/** The bottom of a form dialog: the error from the last attempt, then Cancel and the submit button. */
export function DialogFooter({
  error,
  cancelLabel,
  onCancel,
  submitLabel,
  busy,
  submitTestId,
}: {
  error: string | null | undefined;
  cancelLabel: string;
  onCancel: () => void;
  submitLabel: string;
  busy: boolean;
  submitTestId?: string;
}) {
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid={submitTestId}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
