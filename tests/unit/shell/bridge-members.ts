// The members the preload bridge exposes, for the tests of the preload source and of its bundle.
// Keyed by the bridge's type, so a member added to the interface but not here fails to compile.
import type { CampaignDeskBridge } from '../../../shared/bridge.ts';

const MEMBERS: Record<keyof CampaignDeskBridge, true> = {
  call: true,
  listBackups: true,
  onChange: true,
  onCommand: true,
  openExternal: true,
  platform: true,
  printToPdf: true,
  restoreBackup: true,
  setActingPerson: true,
  connection: true,
  onConnection: true,
  connectTeam: true,
  teamPeople: true,
  signOut: true,
  useLocal: true,
};

export const BRIDGE_MEMBERS: readonly string[] = Object.keys(MEMBERS).sort();
