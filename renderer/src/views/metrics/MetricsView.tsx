// Placeholder: replaced by the view's implementation.
export function MetricsView() {
  return <div className="placeholder">MetricsView</div>;
}
