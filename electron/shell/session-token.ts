// The team session's token, kept with Electron's safeStorage: encrypted by the OS
// (Keychain, DPAPI, libsecret) into a file in userData, never written in plain text.
// Where the OS offers no encryption the token lives in memory only, and the person
// is told they will sign in again after a restart.
import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';

export const SESSION_TOKEN_FILE = 'team-session.bin';

export class SessionTokenStore {
  private readonly file: string;
  private memory: string | undefined;

  constructor(userData: string) {
    this.file = path.join(userData, SESSION_TOKEN_FILE);
  }

  /**
   * Whether a saved token survives a restart: the OS can encrypt it. On Linux without a
   * keyring Electron falls back to `basic_text`, a key written in its own source: that is no
   * encryption, so the token stays in memory.
   */
  get persistent(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  }

  save(token: string): void {
    this.memory = token;
    if (!this.persistent) {
      fs.rmSync(this.file, { force: true });
      return;
    }
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, safeStorage.encryptString(token), { mode: 0o600 });
  }

  load(): string | undefined {
    if (this.memory !== undefined) return this.memory;
    if (!this.persistent) return undefined;
    try {
      this.memory = safeStorage.decryptString(fs.readFileSync(this.file));
      return this.memory;
    } catch {
      // No file, or one this user's keyring cannot decrypt: sign in again.
      return undefined;
    }
  }

  clear(): void {
    this.memory = undefined;
    fs.rmSync(this.file, { force: true });
  }
}
