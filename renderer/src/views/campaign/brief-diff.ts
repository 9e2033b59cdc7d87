// What changed between two brief versions, field by field, word by word.
import { diffWords, type ChangeObject } from 'diff';
import { BRIEF_FIELDS, type BriefField, type BriefVersion } from '../../../../shared/domain.ts';

export interface FieldChange {
  field: BriefField;
  parts: ChangeObject<string>[];
}

/** The fields whose text differs, with additions and removals; unchanged fields are listed apart. */
export function compareVersions(
  older: BriefVersion,
  newer: BriefVersion,
  language?: string,
): { changed: FieldChange[]; unchanged: BriefField[] } {
  // Words as the language segments them: diff's own tokenizer knows only Latin letters and
  // would cut Cyrillic words into single letters.
  const intlSegmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const changed: FieldChange[] = [];
  const unchanged: BriefField[] = [];
  for (const field of BRIEF_FIELDS) {
    const before = older[field] ?? '';
    const after = newer[field] ?? '';
    if (before === after) unchanged.push(field);
    else changed.push({ field, parts: diffWords(before, after, { intlSegmenter }) });
  }
  return { changed, unchanged };
}
