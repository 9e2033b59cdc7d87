// Placeholder: replaced by the view's implementation.
export function InboxView() {
  return <div className="placeholder">InboxView</div>;
}
