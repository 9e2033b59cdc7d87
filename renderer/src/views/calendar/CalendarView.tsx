// Placeholder: replaced by the view's implementation.
export function CalendarView() {
  return <div className="placeholder">CalendarView</div>;
}
