// The real team server (`serve --team`'s startHttpServer) on a copy of the signage-company
// fixture, in this process: what the desktop signs in to in the shell tests. It can stop
// and start again on the same port, as a server that goes away and comes back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHttpServer, type RunningServer } from '../../../electron/transports/http-server.ts';
import { openWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

export const TARAS_PASSWORD = 'taras-long-password';

export class TeamServer {
  readonly workspace: TestWorkspace;
  private readonly dir: string;
  private server: RunningServer | undefined;
  port = 0;

  private constructor(workspace: TestWorkspace, dir: string) {
    this.workspace = workspace;
    this.dir = dir;
  }

  /** `fixture` is a workspace file holding the fixture; it is copied. */
  static async open(fixture: string): Promise<TeamServer> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-team-'));
    const file = path.join(dir, 'team.sqlite');
    fs.copyFileSync(fixture, file);
    const workspace = openWorkspace(file);
    await workspace.call('people.setPassword', { person: 'taras', password: TARAS_PASSWORD });
    const team = new TeamServer(workspace, dir);
    await team.start();
    return team;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = await startHttpServer(this.workspace.services, {
      port: this.port,
      team: true,
      staticDir: this.dir,
    });
    this.port = this.server.port;
  }

  /** Goes away at once: open streams and connections are cut. */
  async stop(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  /** Who the server takes `token` for; undefined when it refuses it. */
  async sessionOf(token: string): Promise<string | undefined> {
    const res = await fetch(`${this.url}/api/auth/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) return undefined;
    return ((await res.json()) as { person: { key: string } }).person.key;
  }

  async endSession(token: string): Promise<void> {
    await fetch(`${this.url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
  }

  async close(): Promise<void> {
    await this.stop();
    await this.workspace.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
