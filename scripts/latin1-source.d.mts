/** `code` with each character past U+00FF in a comment or a regular expression written `\uXXXX`. */
export function latin1Source(code: string): string;
/** Whether V8 can hold `code` one byte a character. */
export function isLatin1(code: string): boolean;
