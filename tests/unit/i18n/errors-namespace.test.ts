// The `errors` namespace: every language says every error, with the same {{params}},
// and the renderer's errorText shows it in the user's language.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.ts';
import { createI18n } from '../../../shared/i18n/i18n.ts';
import { englishMessage } from '../../../shared/i18n/errors.ts';
import { sharedResources } from '../../../shared/i18n/i18n.ts';
import { parseSamplesCsv } from '../../../shared/schemas/csv-samples.ts';
import { errorText } from '../../../renderer/src/components/error-text.ts';

/** Every leaf as "path" -> its sorted {{params}}. */
function shape(strings: object, prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(strings)) {
    const path = prefix + name;
    if (typeof value === 'string') {
      out[path] = [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
    } else Object.assign(out, shape(value as object, `${path}.`));
  }
  return out;
}

describe('errors namespace', () => {
  const { en, ...others } = sharedResources.errors;
  it.each(Object.entries(others))('%s has every English key with the same params', (_lng, strings) => {
    expect(shape(strings)).toEqual(shape(en));
  });

  it('builds the English messages the services always gave', () => {
    expect(englishMessage('not_found_campaign', { id: 'x' })).toBe('There is no campaign "x".');
    expect(
      englishMessage('forbidden_role_either', {
        name: 'Ann',
        doing: 'change_settings',
        role: 'leadership',
        other: 'admin',
      }),
    ).toBe('Ann cannot change the readiness settings: that needs the leadership or admin role.');
  });

  it('errorText shows a keyed error in Ukrainian, and an unkeyed one as its message', async () => {
    const { t } = await createI18n('uk');
    const err = new ApiError('forbidden', 'English', undefined, 'forbidden_role', {
      name: 'Тарас',
      doing: 'create_campaigns',
      role: 'marketing',
    });
    expect(errorText(t, err)).toBe('Тарас не може створювати кампанії: для цього потрібна роль «маркетинг».');
    expect(errorText(t, new ApiError('internal', 'Plain English'))).toBe('Plain English');
    expect(errorText(t, ApiError.fromBody(err.toBody()))).toBe(errorText(t, err));
  });

  it('errorText shows a conflict in the user’s language, with the instant as a date, not ISO text', async () => {
    const { t } = await createI18n('uk');
    const err = new ApiError('conflict', 'English', undefined, 'campaign_changed', {
      title: 'Чорна п’ятниця',
      name: 'Марія Коваленко',
      at: '2026-11-22T10:00:00.000Z',
      revision: 4,
    });
    const text = errorText(t, err);
    expect(text).toMatch(/^«Чорна п’ятниця» змінив\(ла\) Марія Коваленко о .*2026.*оновіть сторінку/);
    expect(text).not.toContain('T10:00:00.000Z');
    const stale = new ApiError('conflict', 'English', undefined, 'ack_version_stale', {
      title: 'Black Friday',
      version: 3,
      read: 2,
    });
    const { t: sv } = await createI18n('sv');
    expect(errorText(sv, stale)).toBe(
      'Version 3 av ”Black Friday” har publicerats sedan du läste version 2: ladda om och läs den, kvittera sedan.',
    );
  });

  it('errorText joins a CSV line’s reasons in the user’s language', async () => {
    const { t } = await createI18n('sv');
    const [line] = parseSamplesCsv('metric,at,value\nnope,never,1\n', new Set()).errors;
    expect(line?.message).toBe(
      'unknown metric "nope"; "never" is not a date and time (e.g. 2026-11-27T08:00:00Z, or 27.11.2026 08:00 in the workspace time zone)',
    );
    expect(errorText(t, line)).toBe(
      'okänt mått ”nope”; ”never” är inte ett datum och en tid (t.ex. 2026-11-27T08:00:00Z, eller 27.11.2026 08:00 i arbetsytans tidszon)',
    );
  });
});
