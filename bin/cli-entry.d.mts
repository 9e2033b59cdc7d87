/** The path of the module exporting the CLI's `main` under the checkout or package at `root`. */
export function cliEntry(root: string): string;
