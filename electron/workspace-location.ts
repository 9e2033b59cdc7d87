import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Campaign Desk';
export const WORKSPACE_FILE = 'workspace.sqlite';

/** The same folder Electron's app.getPath('userData') gives for the product, so CLI and app share a workspace. */
function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CAMPAIGN_DESK_WORKSPACE ?? path.join(userDataDir(env), WORKSPACE_FILE);
}
