// The desktop's workspace connection: connecting to a team workspace server, the
// top bar's connection state, the offline banner, signing out and switching.
const en = {
  connect: {
    title: 'Connect to a team workspace',
    lead: 'Sign in to the workspace your company shares: everyone sees the same calendar, and changes reach every desk at once.',
    choose: 'Connect to a team workspace',
    chooseHint:
      'Your company runs a Campaign Desk server: sign in with the person key and password an admin gave you.',
    server: 'Server address',
    serverPlaceholder: 'e.g. https://desk.example.com',
    insecure: 'Allow an unencrypted connection (http://)',
    insecureHint: 'Only on a trusted network: your password and the workspace travel unencrypted.',
    person: 'Your person key',
    personPlaceholder: 'e.g. maria',
    choosePerson: 'Choose yourself',
    password: 'Password',
    submit: 'Sign in',
    signingIn: 'Signing in…',
    back: 'Back',
  },
  signIn: {
    title: 'Sign in to {{host}}',
    ended: 'Your session on {{host}} has ended: sign in again.',
    signedOut: 'You signed out of {{host}}.',
    useLocal: 'Use the workspace on this computer instead',
  },
  status: {
    connected: 'Connected',
    offline: 'Offline',
    signedOut: 'Signed out',
    server: 'Team workspace {{host}} · {{status}}',
  },
  offline: {
    banner:
      'The team workspace at {{host}} cannot be reached. What is on screen is as it was last loaded; changes cannot be saved until the connection is back.',
  },
  settings: {
    title: 'Team workspace',
    local: 'This desk uses the workspace file on this computer.',
    server: 'Server',
    signedInAs: 'Signed in as',
    connection: 'Connection',
    tokenMemory:
      'This computer cannot encrypt the session, so it is kept only until Campaign Desk quits: you will sign in again after a restart.',
    tokenEncrypted: 'The session is kept encrypted by the operating system.',
    signOut: 'Sign out',
    useLocal: 'Use the workspace on this computer',
    switchServer: 'Connect to another team workspace',
  },
};
export type Strings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const deskResources = { desk: { en } };
