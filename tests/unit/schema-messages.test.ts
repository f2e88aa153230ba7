/** Zod's issues in words an editor can act on: the field, what was expected, what was found. */
import { describe, expect, it } from 'vitest';
import { found, plainIssues } from '../../src/lib/schema-messages';
import {
  articleSchema,
  contextFactSchema,
  sourceMetaSchema,
  storySchema,
  timelineEventSchema,
  topicSchema,
} from '../../src/lib/schemas';

const lines = (schema: { safeParse: (v: unknown) => { error?: unknown } }, value: unknown) => {
  const error = schema.safeParse(value).error as Parameters<typeof plainIssues>[0] | undefined;
  return error ? plainIssues(error, value).map((i) => `${i.field}: ${i.message}`) : [];
};

const topic = { id: 'river-talks', name: 'River talks', description: 'The talks on sharing the river.' };
const fact = {
  id: 'treaty-signed-2026-03-16',
  date: '2026-03-16',
  track: 'ceasefire',
  fact: 'The three governments signed the treaty in Kessel.',
  citations: [{ publisher: 'The Velna Courier', url: 'https://example.org/treaty' }],
};
const event = {
  id: 'treaty-signed',
  date: '2026-03-16',
  track: 'ceasefire',
  kind: 'event',
  actors: ['Arnland'],
  headline: 'The treaty is signed',
  summary: 'The three governments signed the treaty.',
  provenance: { type: 'source', source: 'velna', passage: 's1', quote: 'The governments signed a treaty.' },
};

describe('plain words in place of Zod’s', () => {
  const cases: [{ safeParse: (v: unknown) => { error?: unknown } }, unknown, string][] = [
    // A field with a message of its own: what was found is added.
    [topicSchema, { ...topic, name: '' }, 'name: expected a name of at least 2 characters, found an empty string'],
    [
      articleSchema,
      { title: 'Truce' },
      'title: expected a headline of at least 10 characters, found "Truce" (5 characters)',
    ],
    [articleSchema, {}, 'title: expected a headline (text), found nothing: the field is missing'],
    [topicSchema, { ...topic, description: 5 }, 'description: expected a description (text), found 5'],
    // Fields Zod alone describes ("Too small: expected string to have >=20 characters").
    [
      contextFactSchema,
      { ...fact, fact: 'Signed.' },
      'fact: expected a fact in our words of at least 20 characters, found "Signed." (7 characters)',
    ],
    [
      contextFactSchema,
      { ...fact, citations: [{ ...fact.citations[0], publisher: 'V' }] },
      'citations[0].publisher: expected a publisher of at least 2 characters, found "V" (1 character)',
    ],
    [timelineEventSchema, { ...event, actors: [] }, 'actors: expected at least one actor, found an empty list'],
    [
      timelineEventSchema,
      { ...event, actors: ['A'] },
      'actors[0]: expected an actor of at least 2 characters, found "A" (1 character)',
    ],
    [
      timelineEventSchema,
      { ...event, summary: 'x'.repeat(401) },
      'summary: expected a summary of at most 400 characters, found "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (401 characters)',
    ],
    [
      timelineEventSchema,
      { ...event, provenance: { ...event.provenance, quote: 'the treaty' } },
      'provenance.quote: expected the words of the passage that support the event: at least 4 words, a clause that says who did what, found "the treaty"',
    ],
    [
      storySchema,
      { tracks: [{ id: 'river', label: 'River', description: 'The river itself.', colour: 'pink' }] },
      'tracks[0].colour: expected one of "red", "teal", "amber", "violet", "green", "blue", found "pink"',
    ],
    [
      sourceMetaSchema,
      { headline: 'Hi' },
      'headline: expected a headline of at least 5 characters, found "Hi" (2 characters)',
    ],
    [
      articleSchema,
      { tittle: 'Truce and after' },
      '(top level).tittle: "tittle" is not a field of this entry; expected only the fields documented in src/lib/schemas.ts (is it misspelt, or in the wrong place?)',
    ],
  ];
  it.each(cases.map(([schema, value, message]) => [message, schema, value] as const))(
    '%s',
    (message, schema, value) => {
      const all = lines(schema, value);
      expect(all, all.join('\n')).toContain(message.replace('(top level).', ''));
    },
  );

  it('never passes on Zod’s own wording', () => {
    const all = [
      ...lines(contextFactSchema, { id: 'X', date: 'soon', track: 1, fact: '', citations: 'none' }),
      ...lines(timelineEventSchema, { id: 'a' }),
      ...lines(storySchema, { tracks: [] }),
    ];
    expect(all.length).toBeGreaterThan(5);
    for (const line of all) expect(line).not.toMatch(/Too small|Too big|Invalid input|Invalid option|>=|<=/);
  });
});

describe('found', () => {
  it.each([
    [undefined, 'found nothing: the field is missing'],
    ['', 'found an empty string'],
    ['  ', 'found only spaces'],
    [[], 'found an empty list'],
    [['a', 'b'], 'found a list of 2 items'],
    [null, 'found null'],
    [true, 'found true'],
    [{ a: 1 }, 'found an object { … }'],
  ])('%j', (value, words) => {
    expect(found(value)).toBe(words);
  });
});
