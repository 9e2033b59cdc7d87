import { describe, expect, test } from 'vitest';
import type { Campaign } from '../../../shared/domain.ts';
import {
  channelList,
  draftToSend,
  emptyBrief,
  formOf,
  problemErrors,
  validate,
  type EditorForm,
} from '../../../renderer/src/views/editor/editor-form.ts';

const form = (over: Partial<EditorForm>): EditorForm => ({
  title: 'Spring',
  start: '2027-03-01T08:00',
  end: '2027-03-31T20:00',
  channels: '',
  departments: [],
  brief: emptyBrief(),
  ...over,
});

describe('editor checks', () => {
  test('a missing title and an end before the start are named per field', () => {
    expect(validate(form({}))).toEqual({});
    expect(validate(form({ title: '  ' })).title?.key).toBe('errors.titleRequired');
    expect(validate(form({ end: '2027-02-01T08:00' })).end?.key).toBe('errors.endBeforeStart');
    expect(validate(form({ start: '' })).start?.key).toBe('errors.startRequired');
  });
  test("the server's problems land beside their fields, anything else on the form", () => {
    const errors = problemErrors(
      [
        { path: '$.draft.promise', message: 'too long' },
        { path: '$.end', message: 'must not be before the start' },
        { path: '$.departments[1]', message: 'unknown' },
      ],
      'fallback',
    );
    expect(errors.promise?.text).toBe('too long');
    expect(errors.end?.text).toBe('must not be before the start');
    expect(errors.departments?.text).toBe('unknown');
    expect(problemErrors([], 'Choose who you are first.').form?.text).toBe('Choose who you are first.');
  });
  test('channels typed with commas become a clean list', () => {
    expect(channelList(' email, social,, email ')).toEqual(['email', 'social']);
  });
});

describe('what the editor saves as the draft', () => {
  const published: Campaign = {
    key: 'bf',
    title: 'BF',
    start: '2026-11-27T00:00:00.000Z',
    end: '2026-11-30T23:59:59.000Z',
    status: 'published',
    channels: ['email'],
    departments: ['marketing', 'delivery'],
    owner: 'maria',
    briefVersions: [
      { version: 1, publishedAt: '2026-11-10T09:00:00.000Z', change: 'material', promise: 'Fast' },
    ],
    acknowledgements: [],
    decisions: [],
  };
  test('an untouched brief of a published campaign is not saved as unpublished edits', () => {
    const f = formOf(published);
    expect(f.departments).toEqual(['delivery']);
    expect(draftToSend(f, published)).toBeUndefined();
  });
  test('a changed brief is saved as the draft', () => {
    const f = formOf(published);
    expect(draftToSend({ ...f, brief: { ...f.brief, promise: 'Faster' } }, published)).toEqual({
      promise: 'Faster',
    });
  });
});
