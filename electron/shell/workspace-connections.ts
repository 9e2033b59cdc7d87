// Which workspace the desk is on and the ways to change it: sign in to a team server,
// sign out, or go back to the file on this computer. The choice is remembered
// (workspace-choice.ts), the session token kept encrypted (session-token.ts), and
// every change of connection is announced so the window can show it.
import type { ApiErrorBody } from '../../shared/api.ts';
import type { ConnectOutcome, PeopleOffer, WorkspaceConnection } from '../../shared/bridge.ts';
import { englishMessage, errorResources, type ErrorKey } from '../../shared/i18n/errors.ts';
import { serverAddressSchema, teamSignInSchema } from '../../shared/schemas/team-connection.ts';
import { CurrentWorkspace, type WorkspaceBackend } from './current-workspace.ts';
import { SessionTokenStore } from './session-token.ts';
import { TeamClient, type TeamClientOptions } from './team-client.ts';
import { peopleOffered, signIn } from './team-sign-in.ts';
import { readWorkspaceChoice, saveWorkspaceChoice, type TeamChoice } from './workspace-choice.ts';

export type LocalOpened<C> = { ok: true; client: C } | { ok: false; title: string; message: string };

export interface ConnectionsOptions<C extends WorkspaceBackend> {
  userData: string;
  localFile: string;
  /** Opens the workspace file in a new workspace host. */
  openLocal(): Promise<LocalOpened<C>>;
  /** Timeouts and retry waits of the team client (tests shorten them). */
  team?: Pick<TeamClientOptions, 'timeoutMs' | 'retryMs'>;
}

function isErrorKey(text: string): text is ErrorKey {
  return Object.hasOwn(errorResources.errors.en, text);
}

/** The first thing wrong with what the person typed, worded through its key. */
function invalid(issues: readonly { message: string }[]): ApiErrorBody {
  const first = issues[0]?.message ?? '';
  const key: ErrorKey = isErrorKey(first) ? first : 'desk_address_invalid';
  return { code: 'invalid_input', message: englishMessage(key), key, params: {} };
}

export class WorkspaceConnections<C extends WorkspaceBackend> {
  readonly workspace: CurrentWorkspace;
  private readonly options: ConnectionsOptions<C>;
  private readonly tokens: SessionTokenStore;
  private readonly listeners = new Set<(connection: WorkspaceConnection) => void>();
  private local: C | undefined;
  private team: { client: TeamClient; choice: TeamChoice; unsubscribe: () => void } | undefined;

  private constructor(options: ConnectionsOptions<C>, tokens: SessionTokenStore, first: WorkspaceBackend) {
    this.options = options;
    this.tokens = tokens;
    this.workspace = new CurrentWorkspace(first);
  }

  /** Opens the remembered workspace: the team server, or else the local file (which may fail). */
  static async open<C extends WorkspaceBackend>(
    options: ConnectionsOptions<C>,
  ): Promise<
    { ok: true; connections: WorkspaceConnections<C> } | { ok: false; title: string; message: string }
  > {
    const tokens = new SessionTokenStore(options.userData);
    const choice = readWorkspaceChoice(options.userData);
    if (choice.kind === 'team') {
      const client = new TeamClient({ ...options.team, server: choice.server, tokens });
      const connections = new WorkspaceConnections(options, tokens, client);
      connections.followTeam(client, choice);
      return { ok: true, connections };
    }
    const opened = await options.openLocal();
    if (!opened.ok) return opened;
    const connections = new WorkspaceConnections(options, tokens, opened.client);
    connections.local = opened.client;
    return { ok: true, connections };
  }

  /** The local workspace host, while the desk is on the local file. */
  localClient(): C | undefined {
    return this.local;
  }

  state(): WorkspaceConnection {
    if (!this.team) return { kind: 'local', file: this.options.localFile };
    const { client, choice } = this.team;
    return {
      kind: 'team',
      server: choice.server,
      host: client.host,
      person: choice.person,
      insecure: choice.insecure,
      status: client.status,
      ...(client.status === 'signed-out' && client.reason ? { reason: client.reason } : {}),
      tokenKept: this.tokens.persistent ? 'encrypted' : 'memory',
    };
  }

  onChange(listener: (connection: WorkspaceConnection) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  async teamPeople(input: unknown): Promise<PeopleOffer> {
    const address = serverAddressSchema.safeParse(input);
    if (!address.success) return { ok: false, error: invalid(address.error.issues) };
    return peopleOffered(address.data.server);
  }

  /** Signs in and switches to the server; on any failure nothing changes. */
  async connect(input: unknown): Promise<ConnectOutcome> {
    const parsed = teamSignInSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: invalid(parsed.error.issues) };
    const { server, insecure, person, password } = parsed.data;
    const signed = await signIn(server, person, password);
    if (!signed.ok) return signed;
    // A session on another server (or as someone else) ends first: one session per desk.
    if (this.team) await this.team.client.signOut();
    this.tokens.save(signed.token);
    const choice: TeamChoice = { kind: 'team', server, insecure, person: signed.person };
    saveWorkspaceChoice(this.options.userData, choice);
    const client = new TeamClient({ ...this.options.team, server, tokens: this.tokens });
    await this.replace(client);
    this.followTeam(client, choice);
    this.announce();
    return { ok: true };
  }

  /** Ends the session; the desk stays on the server and shows the sign-in form. */
  async signOut(): Promise<void> {
    await this.team?.client.signOut();
    this.announce();
  }

  /** Back to the file on this computer, ending any team session. */
  async useLocal(): Promise<ConnectOutcome> {
    if (!this.team) return { ok: true };
    const opened = await this.options.openLocal();
    if (!opened.ok)
      return { ok: false, error: { code: 'unavailable', message: `${opened.title}: ${opened.message}` } };
    await this.team.client.signOut();
    saveWorkspaceChoice(this.options.userData, { kind: 'local' });
    await this.replace(opened.client);
    this.local = opened.client;
    this.announce();
    return { ok: true };
  }

  async close(): Promise<void> {
    this.team?.unsubscribe();
    await this.workspace.close();
  }

  private async replace(backend: WorkspaceBackend): Promise<void> {
    const previous = this.workspace.use(backend);
    this.team?.unsubscribe();
    this.team = undefined;
    this.local = undefined;
    await previous.close();
  }

  private followTeam(client: TeamClient, choice: TeamChoice): void {
    const unsubscribe = client.onStatus(() => this.announce());
    this.team = { client, choice, unsubscribe };
  }

  private announce(): void {
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }
}
