/** Where the command line writes: stdout and stderr, or a test's collector. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}
