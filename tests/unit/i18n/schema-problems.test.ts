// Schema (zod) problems reach people in their language: each carries a key of the `errors`
// namespace with params; the English text stays in `message` for logs and the CLI in English.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../shared/api.ts';
import { createI18n } from '../../../shared/i18n/i18n.ts';
import { errorText, problemText } from '../../../shared/i18n/error-text.ts';
import { metricSchema, personSchema } from '../../../shared/schemas/interchange.ts';
import { KEYED, problemsOf } from '../../../shared/schemas/problems.ts';
import { instant, key } from '../../../shared/schemas/primitives.ts';

const problemOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input, KEYED);
  if (parsed.success) throw new Error('expected a problem');
  return problemsOf(parsed.error)[0]!;
};

describe('schema problems in the person’s language', () => {
  it.each([
    ['uk', 'має бути числом'],
    ['ru', 'должно быть числом'],
    ['sv', 'måste vara ett tal'],
    ['sr', 'mora biti broj'],
    ['sr-Cyrl', 'мора бити број'],
    ['en', 'must be a number'],
  ])('%s: a wrong type names the kind of value wanted', async (lng, text) => {
    const { t } = await createI18n(lng);
    expect(problemText(t, problemOf(z.object({ n: z.number() }), { n: 'x' }))).toBe(text);
  });

  it('says a missing field is required, an empty one empty, a bad key what it may hold', async () => {
    const { t } = await createI18n('uk');
    const say = (schema: z.ZodType, input: unknown) => problemText(t, problemOf(schema, input));
    expect(say(z.object({ name: z.string() }), {})).toBe('обов’язкове поле');
    expect(say(personSchema.shape.name, '  ')).toBe('не може бути порожнім');
    expect(say(key, 'black friday')).toBe('може містити лише латинські літери, цифри, «_», «-» і «.»');
    expect(say(instant, 'soon')).toBe(
      '«soon» — не дата й час із часовим поясом (наприклад, 2026-11-27T08:00:00Z)',
    );
  });

  it('a threshold on the wrong side: the schema’s own rule, in Swedish', async () => {
    const { t } = await createI18n('sv');
    const metric = {
      key: 'csat',
      name: 'CSAT',
      department: 'support',
      unit: '%',
      direction: 'higher_is_better',
      warn: 80,
      fail: 90,
      maxAgeHours: 24,
    };
    expect(problemText(t, problemOf(metricSchema, metric))).toBe(
      'felgränsen måste ligga på den sämre sidan av varningsgränsen för den här riktningen',
    );
  });

  it('an API refusal reads with its place and the problem in the person’s language', async () => {
    const problem = problemOf(z.object({ n: z.number().min(5) }), { n: 1 });
    expect(problem).toMatchObject({ path: '$.n', message: 'must be at least 5', key: 'field_min' });
    const params = { path: problem.path, problem: problem.message };
    const err = ApiError.fromBody(
      new ApiError('invalid_input', '$.n: must be at least 5', [problem], 'input_problem', params).toBody(),
    );
    expect(errorText((await createI18n('ru')).t, err)).toBe('$.n: должно быть не меньше 5');
    expect(errorText((await createI18n('en')).t, err)).toBe('$.n: must be at least 5');
  });
});
