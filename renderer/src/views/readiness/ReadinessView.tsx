// Placeholder: replaced by the view's implementation.
export function ReadinessView() {
  return <div className="placeholder">ReadinessView</div>;
}
