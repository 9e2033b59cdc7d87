// Links that may leave the app for the system browser: https on a short list of
// hosts. Everything else is refused, so a crafted link in a brief cannot launch
// file://, custom protocol handlers or arbitrary sites from the desktop app.

export const EXTERNAL_HOSTS: readonly string[] = ['campaigndesk.app', 'docs.campaigndesk.app', 'github.com'];

export function isAllowedExternal(url: unknown, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    hosts.includes(u.hostname.toLowerCase())
  );
}
