// What the desktop shell itself shows: the native menu, OS notifications and the
// error dialogs before any window exists. The views' words are in the renderer.
import en from './locales/en/shell.json' with { type: 'json' };
import uk from './locales/uk/shell.json' with { type: 'json' };
import ru from './locales/ru/shell.json' with { type: 'json' };
import sv from './locales/sv/shell.json' with { type: 'json' };
import sr from './locales/sr/shell.json' with { type: 'json' };
import { cyrillicBundle } from './serbian-cyrillic.ts';

export type ShellStrings = typeof en;

export const shellResources = {
  shell: {
    en,
    uk: uk satisfies ShellStrings,
    ru: ru satisfies ShellStrings,
    sv: sv satisfies ShellStrings,
    sr: sr satisfies ShellStrings,
    'sr-Cyrl': cyrillicBundle(sr satisfies ShellStrings),
  },
};
