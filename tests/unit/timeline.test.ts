import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/schemas';
import {
  buildTimeline,
  checkTimeline,
  findRepeatedIds,
  sortEvents,
  type LocatedEvent,
  type TimelineKnown,
  type TimelineLookups,
  type TimelineStory,
} from '../../src/lib/timeline';

const SOURCE = 'kazakhstan-diplomatic-balance-gaza-ceasefire';
const S14 =
  "On September 30, President Kassym-Jomart Tokayev backed Trump's Gaza peace plan, and on October 9, Tokayev welcomed the ceasefire agreement in the Gaza Strip and the release of hostages, as announced by his press secretary, Ruslan Zheldibay.";
const S19 = "The country's longstanding diplomatic stance emphasizes the principle of “two states for two peoples.”";

const known: TimelineKnown = {
  sources: new Map([
    [
      SOURCE,
      new Map([
        ['s14', S14],
        ['s19', S19],
      ]),
    ],
  ]),
  contextFacts: new Map([['first-phase-agreed-2025-10-08', { date: '2025-10-08', track: 'ceasefire' }]]),
};

function event(id: string, change: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date: '2025-09-30',
    approximate: false,
    inferred: false,
    track: 'kazakhstan',
    kind: 'statement',
    actors: ['Kassym-Jomart Tokayev'],
    headline: `Headline of ${id}`,
    summary: 'A summary in our words.',
    provenance: { type: 'source', source: SOURCE, passage: 's14', quote: 'Tokayev backed Trump' },
    alsoReported: [],
    aliases: [],
    draft: false,
    ...change,
  };
}

const agreed = event('first-phase-agreed', {
  date: '2025-10-08',
  track: 'ceasefire',
  kind: 'event',
  provenance: { type: 'context', fact: 'first-phase-agreed-2025-10-08' },
});
const at = (e: TimelineEvent, file = 'content/timeline/events.json'): LocatedEvent => ({ file, event: e });

describe('checkTimeline', () => {
  it('accepts events whose quotes, references and dates all hold', () => {
    expect(checkTimeline([at(event('backs-plan')), at(agreed)], known)).toEqual([]);
  });

  it.each([
    [
      'a quote not found word for word',
      event('backs-plan', {
        provenance: { type: 'source', source: SOURCE, passage: 's14', quote: 'Tokayev supported Trump' },
      }),
      /event "backs-plan": provenance\.quote: expected words found exactly in passage s14/,
    ],
    [
      'a quote whose only difference is a straight quotation mark',
      event('two-states', {
        provenance: {
          type: 'source',
          source: SOURCE,
          passage: 's19',
          quote: 'principle of "two states for two peoples."',
        },
      }),
      /provenance\.quote: .*differs only in quotation marks/,
    ],
    [
      'a quote from the wrong passage',
      event('backs-plan', {
        provenance: { type: 'source', source: SOURCE, passage: 's19', quote: 'Tokayev backed Trump' },
      }),
      /provenance\.quote: expected words found exactly in passage s19/,
    ],
    [
      'a passage the source does not have',
      event('backs-plan', { provenance: { type: 'source', source: SOURCE, passage: 's99', quote: 'Tokayev' } }),
      /event "backs-plan": provenance\.passage: no passage "s99"/,
    ],
    [
      'an unknown source',
      event('backs-plan', { provenance: { type: 'source', source: 'elsewhere', passage: 's14', quote: 'Tokayev' } }),
      /event "backs-plan": provenance\.source: unknown source "elsewhere"/,
    ],
    [
      'an unknown context fact',
      event('agreed', { provenance: { type: 'context', fact: 'no-such-fact' } }),
      /event "agreed": provenance\.fact: unknown context fact "no-such-fact"/,
    ],
    [
      'a date other than its context fact’s',
      { ...agreed, date: '2025-10-09' },
      /event "first-phase-agreed": date: expected "2025-10-08", the date of context fact/,
    ],
    [
      'a track other than its context fact’s',
      { ...agreed, track: 'kazakhstan' as const },
      /event "first-phase-agreed": track: expected "ceasefire"/,
    ],
    ['a day the calendar lacks', event('backs-plan', { date: '2025-02-30' }), /event "backs-plan": date: .*28 days/],
    ['a month the calendar lacks', event('backs-plan', { date: '2025-13' }), /event "backs-plan": date: .*no month 13/],
    [
      'a respondsTo that points nowhere',
      event('welcomes', { respondsTo: 'no-such-event' }),
      /event "welcomes": respondsTo: no event has the id "no-such-event"/,
    ],
    [
      'a respondsTo that points to itself',
      event('welcomes', { respondsTo: 'welcomes' }),
      /event "welcomes": respondsTo: an event cannot answer itself/,
    ],
  ])('fails on %s, naming the event and the field', (_, bad, message) => {
    // A changed copy of `agreed` takes its place rather than repeating its id.
    const errors = checkTimeline(
      [at(agreed), at(bad)].filter((e, i) => i === 1 || e.event.id !== bad.id),
      known,
    );
    expect(errors.join('\n')).toMatch(message);
    expect(errors.every((e) => e.startsWith('content/timeline/events.json: event "'))).toBe(true);
  });

  it('fails on an id that repeats, naming both files', () => {
    const errors = checkTimeline(
      [at(agreed), at(event('backs-plan')), at(event('backs-plan'), 'content/timeline/candidate.json')],
      known,
    );
    expect(errors).toEqual([
      'content/timeline/candidate.json: event "backs-plan": id: repeats the id "backs-plan" of an event in content/timeline/events.json; expected every id to be unique, since it is the event\'s permalink',
    ]);
    expect(findRepeatedIds([at(agreed), at(event('backs-plan'))])).toEqual([]);
  });

  it('fails when an alias repeats an id, since both would be the same permalink', () => {
    const errors = findRepeatedIds([at(event('merged', { aliases: ['backs-plan'] })), at(event('backs-plan'))]);
    expect(errors).toEqual([
      'content/timeline/events.json: event "backs-plan": id: repeats the id "backs-plan" of an event in content/timeline/events.json; expected every id to be unique, since it is the event\'s permalink',
    ]);
  });

  it('fails when a published event answers a draft, whose link would lead nowhere', () => {
    const errors = checkTimeline(
      [at({ ...agreed, draft: true }), at(event('welcomes', { respondsTo: 'first-phase-agreed' }))],
      known,
    );
    expect(errors.join('\n')).toMatch(/event "welcomes": respondsTo: "first-phase-agreed" is a draft/);
  });

  it.each([
    [
      'two',
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      /event "a": respondsTo: the answers go round in a circle, "a" → "b" → "a"/,
    ],
    [
      'three, entered midway',
      [
        ['x', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
      /event "a": respondsTo: the answers go round in a circle, "a" → "b" → "c" → "a"/,
    ],
  ])('fails on a circle of %s answers, once', (_, links, message) => {
    const events = (links as [string, string][]).map(([id, respondsTo]) => at(event(id, { respondsTo })));
    const circles = checkTimeline([at(agreed), ...events], known).filter((e) => /circle/.test(e));
    expect(circles).toHaveLength(1);
    expect(circles[0]).toMatch(message as RegExp);
  });

  it('fails when a context fact is not on the timeline', () => {
    expect(checkTimeline([at(event('backs-plan'))], known)).toEqual([
      'content/context/facts.json: fact "first-phase-agreed-2025-10-08": not on the timeline; expected a published event in content/timeline/ with "provenance": { "type": "context", "fact": "first-phase-agreed-2025-10-08" }, or listing it in "alsoReported"',
    ]);
  });

  it('counts a context fact that reports the same event as a source passage as on the timeline', () => {
    const told = event('agreed-told-twice', {
      date: '2025-10-08',
      track: 'ceasefire',
      alsoReported: ['first-phase-agreed-2025-10-08'],
    });
    expect(checkTimeline([at(told)], known)).toEqual([]);
  });

  it.each([
    [
      'an unknown fact',
      { alsoReported: ['made-up'] },
      'alsoReported[0]: unknown context fact "made-up"; expected an id from content/context/facts.json',
    ],
    [
      'a fact of another day',
      { date: '2025-10-09', track: 'ceasefire' as const, alsoReported: ['first-phase-agreed-2025-10-08'] },
      'alsoReported[0]: context fact "first-phase-agreed-2025-10-08" is dated "2025-10-08", the event "2025-10-09"',
    ],
    [
      'a fact of another track',
      { date: '2025-10-08', alsoReported: ['first-phase-agreed-2025-10-08'] },
      'alsoReported[0]: context fact "first-phase-agreed-2025-10-08" is on track "ceasefire", the event on "kazakhstan"',
    ],
  ])('fails when alsoReported names %s', (_, change, message) => {
    const errors = checkTimeline([at(event('told', change)), at(agreed)], known);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`event "told": ${message}`);
  });
});

describe('sortEvents', () => {
  it('orders mixed precisions by date, and same-day events as the report tells them, then context', () => {
    const events = [
      event('summit', { date: '2025-10-13', provenance: { type: 'context', fact: 'summit' } }),
      event('trump', { date: '2025-10-13', provenance: { type: 'source', source: SOURCE, passage: 's3', quote: 'x' } }),
      event('hostages', {
        date: '2025-10-13',
        provenance: { type: 'source', source: SOURCE, passage: 's1', quote: 'x' },
      }),
      event('blockade', { date: '2023-10' }),
      event('recognition', { date: '1992' }),
      event('mfa', { date: '2023-11-15' }),
      event('trade', { date: '2023' }),
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual([
      'recognition',
      'trade',
      'blockade',
      'mfa',
      'hostages',
      'trump',
      'summit',
    ]);
  });
});

describe('buildTimeline', () => {
  const lookups: TimelineLookups = {
    sources: new Map([[SOURCE, { publisher: 'The Times of Central Asia', language: 'en' }]]),
    contextFacts: new Map([
      [
        'first-phase-agreed-2025-10-08',
        { after: false, citations: [{ publisher: 'news.by', date: '2025-10-08', url: 'https://news.by/x' }] },
      ],
    ]),
  };
  const events = [
    event('welcomes', { date: '2025-10-09', respondsTo: 'first-phase-agreed' }),
    agreed,
    event('recognition', { date: '1992' }),
    event('two-states', { date: '2023-11' }),
  ];
  // A fictional story's tracks, in the order its columns take.
  const story: TimelineStory = {
    tracks: [
      { id: 'ceasefire', label: 'War and ceasefire', colour: 'red' },
      { id: 'kazakhstan', label: 'Statements', colour: 'teal' },
    ],
    path: '/stories/fixture/timeline/',
  };
  const { items, counts } = buildTimeline(events, lookups, story);
  const item = (id: string) => items.find((i) => i.id === id)!;

  it('lists the events in date order, each with its track’s label, colour and column, counted by track', () => {
    expect(items.map((i) => i.id)).toEqual(['recognition', 'two-states', 'first-phase-agreed', 'welcomes']);
    expect(counts).toEqual({ ceasefire: 1, kazakhstan: 3 });
    expect(item('first-phase-agreed')).toMatchObject({
      trackLabel: 'War and ceasefire',
      trackColour: 'red',
      trackColumn: 1,
    });
    expect(item('welcomes')).toMatchObject({ trackLabel: 'Statements', trackColour: 'teal', trackColumn: 2 });
  });

  it('counts a track with no events as none, and refuses an event on a track its story does not have', () => {
    expect(buildTimeline([event('recognition', { date: '1992' })], lookups, story).counts).toEqual({
      ceasefire: 0,
      kazakhstan: 1,
    });
    expect(() => buildTimeline([event('x', { date: '1992', track: 'elsewhere' })], lookups, story)).toThrow(
      /track "elsewhere" is not one of its story's tracks/,
    );
  });

  it('gives each date in words and for <time datetime>, at its precision', () => {
    expect(item('recognition').date).toMatchObject({ label: '1992', datetime: '1992' });
    expect(item('two-states').date).toMatchObject({ label: 'November 2023', datetime: '2023-11' });
    expect(item('welcomes').date).toMatchObject({ label: '9 October 2025', datetime: '2025-10-09' });
  });

  it('labels long gaps among all events and within the event’s own track', () => {
    expect(item('two-states').gap).toEqual({ all: '31 years later', track: '31 years later' });
    expect(item('first-phase-agreed').gap).toEqual({ all: '23 months later', track: undefined });
    expect(item('welcomes').gap).toEqual({ all: undefined, track: '23 months later' });
  });

  it('links a statement and the milestone it answers, both ways', () => {
    expect(item('welcomes').respondsTo).toEqual({
      href: '#event-first-phase-agreed',
      headline: 'Headline of first-phase-agreed',
    });
    expect(item('first-phase-agreed').respondedToBy).toEqual([
      { href: '#event-welcomes', headline: 'Headline of welcomes' },
    ]);
  });

  it('cites a source passage with its link, and a context fact with its label and citations', () => {
    expect(item('welcomes').provenance).toEqual({
      type: 'source',
      quote: 'Tokayev backed Trump',
      href: `/sources/${SOURCE}/#s14`,
      cite: `/sources/${SOURCE}/#s14`,
      label: 'The Times of Central Asia, sentence 14',
      language: 'en',
      translation: undefined,
    });
    expect(item('first-phase-agreed').provenance).toMatchObject({ type: 'context', label: 'Context' });
  });

  it('puts the days of a month inside an event known only to that month, never before or after them', () => {
    const { nodes } = buildTimeline(
      [
        event('attack', { date: '2023-10-07', track: 'ceasefire' }),
        event('blockade', { date: '2023-10', track: 'ceasefire' }),
        event('condemns', { date: '2023-10-17' }),
        event('trade', { date: '2023', kind: 'figure' }),
        event('aid', { date: '2023-11-03' }),
      ],
      lookups,
      story,
    );
    const shape = (list: typeof nodes): unknown[] =>
      list.map((n) => (n.within.length ? { [n.item.id]: shape(n.within) } : n.item.id));
    // A figure for the year holds nothing: it measures the year, it did not happen in it.
    expect(shape(nodes)).toEqual(['trade', { blockade: ['attack', 'condemns'] }, 'aid']);
  });

  it('shows part of the timeline by date, linking to the full page for events outside it', () => {
    const part = buildTimeline(events, lookups, story, { from: '2025-10-09', to: '2025-12' });
    expect(part.items.map((i) => i.id)).toEqual(['welcomes']);
    expect(part.counts).toEqual({ ceasefire: 0, kazakhstan: 1 });
    expect(part.items[0]!.respondsTo?.href).toBe('/stories/fixture/timeline/#event-first-phase-agreed');
    expect(part.items[0]!.gap).toEqual({ all: undefined, track: undefined });
  });
});

describe('buildTimeline in another edition', () => {
  // What the Russian edition has of the source: our translation of s14, and its own page of the source.
  const translated = (page: boolean): TimelineLookups => ({
    sources: new Map([
      [
        SOURCE,
        {
          publisher: 'The Times of Central Asia',
          language: 'en',
          edition: { passages: new Map([['s14', 'Перевод предложения 14.']]), page },
        },
      ],
    ]),
    contextFacts: new Map([
      ['first-phase-agreed-2025-10-08', { after: false, citations: [] }],
      ['later-2026-01', { after: true, citations: [] }],
    ]),
  });
  const story: TimelineStory = {
    tracks: [
      { id: 'ceasefire', label: 'Война и прекращение огня', colour: 'red' },
      { id: 'kazakhstan', label: 'Заявления', colour: 'teal' },
    ],
    path: '/ru/stories/fixture/timeline/',
  };
  const events = [
    event('recognition', {
      date: '1992',
      provenance: { type: 'source', source: SOURCE, passage: 'p7', quote: 'x y z w' },
    }),
    event('two-states', { date: '2023-11' }),
    agreed,
    event('welcomes', { date: '2025-10-09', respondsTo: 'first-phase-agreed' }),
    event('later', {
      date: '2026-01',
      track: 'ceasefire',
      kind: 'event',
      provenance: { type: 'context', fact: 'later-2026-01' },
    }),
  ];
  const { items } = buildTimeline(events, translated(true), story, {}, 'ru');
  const item = (id: string) => items.find((i) => i.id === id)!;

  it.each([
    ['recognition', '1992 год', undefined],
    ['two-states', 'ноябрь 2023 года', 'Спустя 31 год'],
    ['first-phase-agreed', '8 октября 2025 года', 'Спустя 23 месяца'],
    ['welcomes', '9 октября 2025 года', undefined],
    ['later', 'январь 2026 года', 'Спустя 3 месяца'],
  ])('dates %s as "%s", after a gap of "%s", in its words', (id, label, gap) => {
    expect(item(id).date.label).toBe(label);
    expect(item(id).gap.all).toBe(gap);
  });

  it.each([
    ['welcomes', 'The Times of Central Asia, предложение 14', 'Перевод предложения 14.'],
    ['recognition', 'The Times of Central Asia, абзац 7', undefined],
  ])('labels the evidence of %s "%s" and gives our translation of its passage', (id, label, translation) => {
    const p = item(id).provenance;
    expect(p).toMatchObject({ type: 'source', label, translation, language: 'en' });
  });

  it.each([
    ['first-phase-agreed', 'Контекст'],
    ['later', 'Что было дальше'],
  ])('labels the context event %s "%s"', (id, label) => {
    expect(item(id).provenance).toMatchObject({ type: 'context', label });
  });

  it.each([
    [true, `/ru/sources/${SOURCE}/#s14`],
    [false, `/sources/${SOURCE}/#s14`],
  ])('links the quotation to the edition’s own source page when it has one (%s): %s', (page, href) => {
    const p = buildTimeline(events, translated(page), story, {}, 'ru').items.find(
      (i) => i.id === 'welcomes',
    )!.provenance;
    // The quotation still names the original's passage, the words it quotes.
    expect(p).toMatchObject({ href, cite: `/sources/${SOURCE}/#s14`, quote: 'Tokayev backed Trump' });
  });

  it('links to the edition’s own timeline for events outside a range', () => {
    const part = buildTimeline(events, translated(true), story, { from: '2025-10-09', to: '2025-10-09' }, 'ru');
    expect(part.items[0]!.respondsTo?.href).toBe('/ru/stories/fixture/timeline/#event-first-phase-agreed');
  });
});
