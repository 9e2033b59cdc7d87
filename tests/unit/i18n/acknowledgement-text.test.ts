// Issue 10: "2 of 3 departments acknowledged version 2 — Sales missing", in five languages.
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/domain.ts';
import { acknowledgementText } from '../../../shared/i18n/acknowledgement-text.ts';
import { sharedResources } from '../../../shared/i18n/i18n.ts';
import { createI18n } from '../../../shared/i18n/i18n.ts';
import { acknowledgementSummary } from '../../../shared/rules/acknowledgement-summary.ts';

const NAMES: Record<string, string> = { sales: 'Sales', support: 'Support', delivery: 'Delivery' };
const name = (key: string) => NAMES[key] ?? key;

const campaign: Pick<Campaign, 'departments' | 'briefVersions' | 'acknowledgements'> = {
  departments: ['marketing', 'delivery', 'support', 'sales'],
  briefVersions: [
    { version: 1, publishedAt: '2026-11-10T09:00:00.000Z', change: 'material' },
    { version: 2, publishedAt: '2026-11-18T16:00:00.000Z', change: 'material' },
  ],
  acknowledgements: [
    {
      department: 'delivery',
      version: 2,
      by: 'taras',
      at: '2026-11-19T10:00:00.000Z',
      state: 'acknowledged',
    },
    {
      department: 'support',
      version: 2,
      by: 'olena',
      at: '2026-11-19T08:00:00.000Z',
      state: 'concern',
      note: 'x',
    },
    { department: 'sales', version: 1, by: 'ivan', at: '2026-11-11T08:00:00.000Z', state: 'acknowledged' },
  ],
};
const AT = '2026-11-26T09:00:00.000Z';

async function text(language: string, c = campaign, at = AT): Promise<string> {
  const { t } = await createI18n(language);
  return acknowledgementText(t, acknowledgementSummary(c, at), name, language);
}

describe('acknowledgement summary', () => {
  it('counts the departments holding a valid acknowledgement of the current version', () => {
    const s = acknowledgementSummary(campaign, AT);
    expect([s.version, s.acknowledged, s.required]).toEqual([2, 2, 3]);
    // Sales acknowledged version 1; version 2 was material, so Sales is missing and was told before.
    expect(s.departments.find((d) => d.department === 'sales')).toMatchObject({
      state: 'missing',
      staleVersion: true,
    });
  });

  it('reads as one sentence naming who is missing and who raised a concern', async () => {
    expect(await text('en')).toBe(
      '2 of 3 departments acknowledged version 2 — Sales missing; Support with a concern',
    );
    expect(await text('sv')).toBe(
      '2 av 3 avdelningar har kvitterat version 2 — Sales saknas; Support med invändning',
    );
    // Before version 2 only Sales had acknowledged (version 1).
    expect(await text('en', campaign, '2026-11-12T00:00:00.000Z')).toBe(
      '1 of 3 departments acknowledged version 1 — Delivery and Support missing',
    );
  });

  it('uses each language’s plural of "department"', async () => {
    const one = { ...campaign, departments: ['marketing', 'delivery'] };
    expect(await text('en', one)).toBe('1 of 1 department acknowledged version 2');
    expect(await text('uk', one)).toBe('Підтвердження версії 2: 1 з 1 відділу');
    expect(await text('ru', campaign)).toBe(
      'Подтверждения версии 2: 2 из 3 отделов — нет подтверждения: Sales; с замечанием: Support',
    );
    const five = { ...campaign, departments: ['marketing', 'a', 'b', 'c', 'd', 'e'] };
    expect(await text('uk', five)).toContain('0 з 5 відділів');
    const many = (n: number) => ['marketing', ...Array.from({ length: n }, (_, i) => `d${i}`)];
    expect(await text('ru', { ...campaign, departments: many(21) })).toContain('0 из 21 отдела');
    expect(await text('ru', { ...campaign, departments: many(22) })).toContain('0 из 22 отделов');
  });

  it('says so when nothing is published or nobody must acknowledge', async () => {
    expect(await text('en', { ...campaign, briefVersions: [] })).toBe(
      'Not published yet: nothing to acknowledge',
    );
    expect(await text('sr', { ...campaign, departments: ['marketing'] })).toBe(
      'Nijedno odeljenje ne treba da potvrdi',
    );
  });

  it('has every English key in each language, with the plural forms the language needs', () => {
    const { en, ...others } = sharedResources.acks;
    const base = (keys: string[]) => new Set(keys.map((k) => k.replace(/_(one|few|many|other)$/, '')));
    for (const [language, strings] of Object.entries(others)) {
      expect(base(Object.keys(strings))).toEqual(base(Object.keys(en)));
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const category of needed) expect(Object.keys(strings)).toContain(`summary_${category}`);
    }
  });
});

describe('a concern on an earlier version', () => {
  it('stays beside the new request when a material version asks the department again', () => {
    const concerned = {
      ...campaign,
      acknowledgements: [
        {
          department: 'support',
          version: 1,
          by: 'olena',
          at: '2026-11-12T08:00:00.000Z',
          state: 'concern' as const,
          note: 'Two agents on leave',
        },
      ],
    };
    const support = acknowledgementSummary(concerned, AT).departments.find((d) => d.department === 'support');
    expect(support).toMatchObject({
      state: 'missing',
      staleVersion: true,
      earlierConcern: {
        version: 1,
        note: 'Two agents on leave',
        by: 'olena',
        at: '2026-11-12T08:00:00.000Z',
      },
    });
    // A later plain acknowledgement of the old version answered the concern: nothing to carry.
    const answered = {
      ...concerned,
      acknowledgements: [
        ...concerned.acknowledgements,
        {
          department: 'support',
          version: 1,
          by: 'olena',
          at: '2026-11-13T08:00:00.000Z',
          state: 'acknowledged' as const,
        },
      ],
    };
    expect(
      acknowledgementSummary(answered, AT).departments.find((d) => d.department === 'support')
        ?.earlierConcern,
    ).toBeUndefined();
  });
});
