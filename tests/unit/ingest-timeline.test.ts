import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/lib/ingest/outline';
import { guessActors, timelineCandidates } from '../../src/lib/ingest/timeline';
import { indexPassages, sourceParts, splitPassages } from '../../src/lib/passages';
import { timelineEventSchema } from '../../src/lib/schemas';

const candidatesFor = (text: string, published: string) => {
  const { body } = sourceParts(text);
  const blocks = splitPassages(body, outline(body).structure);
  return { blocks, candidates: timelineCandidates(blocks, { source: 'report', published }) };
};

describe('timeline candidates from our source document', () => {
  const raw = readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt', 'utf8');
  const { blocks, candidates } = candidatesFor(raw, '2025-10-13');
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

  it('marks the midweek expectation as approximate, with a note a reader can follow', () => {
    const midweek = candidates.find((c) => c.provenance.passage === 's2')!;
    expect(midweek.dateNote).toBe(
      '“By midweek” read as Wednesday 15 October 2025, the middle of the week of publication; approximate',
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
    const [candidate] = candidatesFor(`Headline here\n${sentence}`, '2025-10-13').candidates;
    expect(candidate).toMatchObject({ date, inferred, kind });
    if (inferred) expect(candidate?.dateNote).toMatch(/^“/);
  });

  it('counts "a day later" from the date of the sentence before', () => {
    const { candidates } = candidatesFor(
      'Headline here\nOn September 30, the plan was backed. A day later, the talks ended.',
      '2025-10-13',
    );
    expect(candidates.map((c) => c.date)).toEqual(['2025-09-30', '2025-10-01']);
    expect(candidates[1]?.dateNote).toBe('“A day later” counted from 30 September 2025, the date in s1');
  });

  it('marks a rough date as approximate', () => {
    const [candidate] = candidatesFor('Headline here\nThe plan was signed in early 2024.', '2025-10-13').candidates;
    expect(candidate).toMatchObject({ date: '2024', approximate: true });
  });
});

describe('guessActors', () => {
  const lower = new Set(['bilateral', 'officials']);
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
  ])('%s', (sentence, actors) => {
    expect(guessActors(sentence, lower)).toEqual(actors);
  });
});
