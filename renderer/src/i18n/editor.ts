// The campaign editor: fields, hints, saving and publishing.
import en from './locales/en/editor.json' with { type: 'json' };
export type Strings = typeof en;

// The strings are in locales/<lng>/editor.json; the other languages load one lazy chunk each in the renderer.
export const editorResources = { editor: { en } };
