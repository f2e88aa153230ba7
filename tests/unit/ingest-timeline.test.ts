import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/lib/ingest/outline';
import { guessActors, guessTrack, timelineCandidates, type Tracks } from '../../src/lib/ingest/timeline';
import { indexPassages, sourceParts, splitPassages } from '../../src/lib/passages';
import { timelineEventSchema } from '../../src/lib/schemas';

/** Tracks as a story gives them: none of their words is in the ingest's code. */
const TRACKS: Tracks = {
  rules: [{ id: 'kazakhstan', terms: ['Kazakhstan', 'Kazakh', 'Astana', 'Tokayev'] }],
  fallback: 'ceasefire',
};

const candidatesFor = (text: string, published: string, tracks = TRACKS) => {
  const { body } = sourceParts(text);
  const blocks = splitPassages(body, outline(body).structure);
  return { blocks, ...timelineCandidates(blocks, { source: 'report', published, tracks }) };
};
const firstFor = (sentence: string, published = '2025-10-13') =>
  candidatesFor(`Headline here\n${sentence}`, published).events[0];

describe('timeline candidates from our source document', () => {
  const raw = readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt', 'utf8');
  const { blocks, events: candidates } = candidatesFor(raw, '2025-10-13');
  const passages = indexPassages(blocks);

  it.each([
    // passage, date at its precision, track, kind, inferred, approximate
    ['s1', '2025-10-13', 'ceasefire', 'event', true, false],
    ['s2', '2025-10-15', 'ceasefire', 'expectation', true, true],
    ['s3', '2025-10-13', 'ceasefire', 'event', true, false],
    ['s14', '2025-09-30', 'kazakhstan', 'statement', true, false],
    ['s14', '2025-10-09', 'kazakhstan', 'statement', true, false],
    ['s16', '1992', 'kazakhstan', 'event', false, false],
    ['s20', '2023', 'kazakhstan', 'event', false, false],
    ['s24', '2023-11', 'kazakhstan', 'statement', false, false],
    ['s25', '2023-10', 'ceasefire', 'event', false, false],
  ])('%s carries %s (%s, %s)', (passage, date, track, kind, inferred, approximate) => {
    expect(candidates).toContainEqual(
      expect.objectContaining({
        date,
        track,
        kind,
        inferred,
        approximate,
        provenance: expect.objectContaining({ passage }),
      }),
    );
  });

  it('finds no other dates: the cut-off last sentence and undated ones give none', () => {
    expect(candidates).toHaveLength(9);
  });

  it('explains the midweek expectation to readers in plain words', () => {
    const midweek = candidates.find((c) => c.provenance.passage === 's2')!;
    expect(midweek.dateNote).toBe(
      'The report says “By midweek”; it was published on Monday 13 October 2025, so this is around Wednesday 15 October 2025, the middle of that week.',
    );
  });

  it('quotes each sentence verbatim, quotation marks as received', () => {
    for (const c of candidates) expect(c.provenance.quote).toBe(passages.get(c.provenance.passage)?.text);
  });

  it('writes drafts that the timeline schema accepts, with distinct ids', () => {
    for (const c of candidates) {
      expect(timelineEventSchema.safeParse(c).success).toBe(true);
      expect(c.draft).toBe(true);
    }
    expect(new Set(candidates.map((c) => c.id)).size).toBe(candidates.length);
    expect(candidates.filter((c) => c.provenance.passage === 's14').map((c) => c.id)).toEqual([
      'report-s14-1',
      'report-s14-2',
    ]);
  });
});

describe('relative dates, resolved against the publication date (Monday 13 October 2025)', () => {
  it.each([
    ['On Thursday, the envoys met.', '2025-10-09', true, 'event'],
    ['The envoys will meet on Thursday.', '2025-10-16', true, 'expectation'],
    ['In September, trade fell.', '2025-09', true, 'event'],
    ['In November, the ministry spoke.', '2024-11', true, 'event'],
    ['Talks will resume next month.', '2025-11', true, 'expectation'],
    ['Prices rose last year.', '2024', true, 'event'],
    ['The deal was signed in 2019.', '2019', false, 'event'],
    ['The deal was signed on 9 October 2025.', '2025-10-09', false, 'event'],
    ['In May 2024, the ministry reaffirmed its view.', '2024-05', false, 'statement'],
  ])('"%s" → %s', (sentence, date, inferred, kind) => {
    const candidate = firstFor(sentence);
    expect(candidate).toMatchObject({ date, inferred, kind });
    if (inferred) expect(candidate?.dateNote).toMatch(/^The report (says|gives) “/);
  });

  it('counts "a day later" from the date of the sentence before, and tells readers from which date', () => {
    const { events, readings } = candidatesFor(
      'Headline here\nOn September 30, the plan was backed. A day later, the talks ended.',
      '2025-10-13',
    );
    expect(events.map((c) => c.date)).toEqual(['2025-09-30', '2025-10-01']);
    expect(events[1]?.dateNote).toBe('The report says “A day later”; counted from 30 September 2025.');
    // The passage it was counted from is for the editor's printout, not for readers.
    expect(readings[1]?.how).toContain('counted from the date of s1');
  });

  it.each([
    ['The gates will open for ten days every April.', ['2026-04']],
    ['The talks lasted for three days.', []],
    ['For two days, the port was shut.', []],
  ])('reads "%s" without taking how long it lasted for a date', (sentence, dates) => {
    const { events } = candidatesFor(`Headline here\n${sentence}`, '2026-03-18');
    expect(events.map((e) => e.date)).toEqual(dates);
  });

  it('marks a rough date as approximate', () => {
    expect(firstFor('The plan was signed in early 2024.')).toMatchObject({ date: '2024', approximate: true });
  });
});

describe('the tense of the verb a date belongs to, not of the whole sentence', () => {
  it.each([
    // A past reporting verb whose reported clause looks ahead: the date is when it was said.
    ['On Thursday, the minister said the country would join the council.', '2025-10-09', 'statement'],
    ['Officials said in September that they would expand the corridor.', '2025-09', 'statement'],
    ['On Friday, the ministry announced that talks could resume.', '2025-10-10', 'statement'],
    // The date inside the reported clause that looks ahead is ahead.
    ['The minister said the country would join the council in November.', '2025-11', 'expectation'],
    ['The minister said on Monday that the envoys would meet on Thursday.', '2025-10-16', 'expectation'],
    ['Tajikistan and Kyrgyzstan are expected to follow next year.', '2026', 'expectation'],
    ['The summit is set to open on Friday.', '2025-10-17', 'expectation'],
    // A date that opens a later clause belongs to that clause's verb.
    [
      'The ministers met in Tashkent, and on Friday, the council will announce the quotas.',
      '2025-10-17',
      'expectation',
    ],
    // A signing is an event even when the sentence also says "said".
    ['On Friday, Kazakhstan and Uzbekistan signed the agreement, the ministry said.', '2025-10-10', 'event'],
    ['Kazakhstan and Uzbekistan signed the agreement on Friday, officials said.', '2025-10-10', 'event'],
  ])('"%s" → %s, %s', (sentence, date, kind) => {
    const { events } = candidatesFor(`Headline here\n${sentence}`, '2025-10-13');
    expect(events.at(-1)).toMatchObject({ date, kind });
  });

  it('reads each date of one sentence with its own verb', () => {
    const { events } = candidatesFor(
      'Headline here\nOn Tuesday, the envoys agreed that the ministers would sign the treaty on Thursday.',
      '2025-10-13',
    );
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2025-10-07', 'event'],
      ['2025-10-16', 'expectation'],
    ]);
  });
});

describe('date notes are for readers: plain words, no passage ids', () => {
  it.each([
    [
      'On Thursday, the envoys met.',
      'The report says “On Thursday”; it was published on Monday 13 October 2025, so this is the Thursday before, 9 October 2025.',
    ],
    [
      'The envoys will meet on Thursday.',
      'The report says “on Thursday”, looking ahead; it was published on Monday 13 October 2025, so this is the Thursday after, 16 October 2025.',
    ],
    [
      'On Monday, the envoys met.',
      'The report says “On Monday”; it was published on Monday 13 October 2025, so this is that day.',
    ],
    [
      'On October 9, the envoys met.',
      'The report gives “October 9” without a year; the year is that of its publication, 2025.',
    ],
    [
      'In November, the ministry spoke.',
      'The report gives “November” without a year; it was published on Monday 13 October 2025, so this is the November before, in 2024.',
    ],
    ['Prices rose last year.', 'The report says “last year”; counted from its publication on Monday 13 October 2025.'],
    ['The plan was signed in early 2024.', 'The report says “in early 2024”, so the date is approximate.'],
  ])('"%s"', (sentence, note) => {
    expect(firstFor(sentence)?.dateNote).toBe(note);
  });
});

describe('quotes are whole sentences', () => {
  it('gives no candidate for a dated piece that is not a sentence, and says why', () => {
    const { events, skipped } = candidatesFor('Headline here\nIt rained. On 9 October 2025, the.', '2025-10-13');
    expect(events).toEqual([]);
    expect(skipped).toEqual([{ passage: 's2', reason: expect.stringContaining('does not read as a whole sentence') }]);
  });

  it('keeps a whole sentence after a flattened sub-heading, not "Uzbekistan signed an…"', () => {
    const [event] = candidatesFor(
      'Headline here\nKazakhstan and Uzbekistan signed an agreement on water sharing on Thursday.',
      '2025-10-13',
    ).events;
    expect(event?.provenance.quote).toBe('Kazakhstan and Uzbekistan signed an agreement on water sharing on Thursday.');
  });
});

describe('guessActors', () => {
  const lower = new Set(['bilateral', 'officials', 'low']);
  it.each([
    [
      'On Monday, the Palestinian group Hamas handed over the final 20 surviving hostages to Israel.',
      ['Hamas', 'Israel'],
    ],
    ['In November 2023, the Ministry of Foreign Affairs reaffirmed that.', ['Ministry of Foreign Affairs']],
    ['On October 13, U.S. President Donald Trump addressed the Knesset.', ['U.S. President Donald Trump', 'Knesset']],
    ['Kazakhstan recognized the State of Palestine in 1992.', ['Kazakhstan', 'State of Palestine']],
    ['Bilateral trade between Kazakhstan and Israel grew.', ['Kazakhstan', 'Israel']],
    ['It grew.', []],
    // A sentence's first word is not a name because it is capitalised.
    ['Low water levels on the Syr Darya worried farmers on Tuesday.', ['Syr Darya']],
    ['Officials said in September that they would expand the corridor.', []],
    ['Hamas released the hostages.', ['Hamas']],
    ['Uzbekistan signed the agreement in Tashkent.', ['Uzbekistan', 'Tashkent']],
  ])('%s', (sentence, actors) => {
    expect(guessActors(sentence, lower)).toEqual(actors);
  });

  it('does not take a capitalised first word for a name even when the report never writes it in lower case', () => {
    expect(guessActors('Low water levels worried farmers in Astana.', new Set())).toEqual(['Astana']);
  });
});

describe('guessTrack: the tracks are data', () => {
  const tracks: Tracks = {
    rules: [
      { id: 'water', terms: ['Syr Darya', 'Amu Darya', 'water'] },
      { id: 'trade', terms: ['tariff', 'exports'] },
    ],
    fallback: 'politics',
  };
  it.each([
    ['The Syr Darya rose on Monday.', '', 'water'],
    ['Exports grew, and the tariff fell.', '', 'trade'],
    ['The minister resigned.', '', 'politics'],
    ['It fell on Monday.', 'The Amu Darya ran low.', 'water'],
    ['The tariff on water pumps fell.', '', 'water'], // a tie goes to the first track
  ])('"%s" → %s', (sentence, before, track) => {
    expect(guessTrack(sentence, before, tracks)).toBe(track);
  });

  it('puts candidates on the tracks it is given', () => {
    const { events } = candidatesFor('Headline here\nOn Monday, the Syr Darya rose.', '2025-10-13', tracks);
    expect(events[0]?.track).toBe('water');
  });
});
