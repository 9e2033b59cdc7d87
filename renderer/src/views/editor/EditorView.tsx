// Placeholder: replaced by the view's implementation.
export function EditorView() {
  return <div className="placeholder">EditorView</div>;
}
