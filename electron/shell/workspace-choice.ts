// Which workspace the desk opens: the file on this computer (the default) or a team
// workspace server, remembered in userData between starts. Only the address and the
// person are saved here; the session token is kept apart, encrypted (session-token.ts).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { serverAddressSchema } from '../../shared/schemas/team-connection.ts';

export const WORKSPACE_CHOICE_FILE = 'workspace-connection.json';

const teamChoice = z.object({
  kind: z.literal('team'),
  server: z.string(),
  insecure: z.boolean(),
  person: z.string().min(1),
});
export type TeamChoice = z.infer<typeof teamChoice>;
export type WorkspaceChoice = { kind: 'local' } | TeamChoice;

export function readWorkspaceChoice(userData: string): WorkspaceChoice {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(userData, WORKSPACE_CHOICE_FILE), 'utf8'));
    const choice = teamChoice.parse(raw);
    // A hand-edited file must not turn the https rule off.
    const address = serverAddressSchema.parse({ server: choice.server, insecure: choice.insecure });
    return { ...choice, server: address.server };
  } catch {
    return { kind: 'local' };
  }
}

export function saveWorkspaceChoice(userData: string, choice: WorkspaceChoice): void {
  const file = path.join(userData, WORKSPACE_CHOICE_FILE);
  if (choice.kind === 'local') {
    fs.rmSync(file, { force: true });
    return;
  }
  fs.mkdirSync(userData, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(choice, null, 2)}\n`);
}
