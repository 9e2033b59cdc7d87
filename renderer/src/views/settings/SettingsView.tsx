// Placeholder: replaced by the view's implementation.
export function SettingsView() {
  return <div className="placeholder">SettingsView</div>;
}
