// Placeholder: replaced by the view's implementation.
export function CampaignView() {
  return <div className="placeholder">CampaignView</div>;
}
