/**
 * `npm run ingest` on fictional reports of our own (tests/fixtures/reports/), as an editor runs it:
 * every guess an editor would otherwise have to catch by hand, checked against what the report says.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { outline } from '../../src/lib/ingest/outline';
import { timelineCandidates, type Tracks } from '../../src/lib/ingest/timeline';
import { indexPassages, sourceParts, splitPassages } from '../../src/lib/passages';
import { ingest, project, read, removeProjects } from '../fixtures/ingest-project';

afterAll(removeProjects);
vi.setConfig({ testTimeout: 120_000 });

const WATER = 'tests/fixtures/reports/water-agreement.txt';
const RAIL = 'tests/fixtures/reports/rail-corridor.md';
const OPTIONS = [
  '--publisher',
  'Steppe Ledger',
  '--published',
  '2025-11-07',
  '--url',
  'https://example.org/report',
  '--story',
  'kazakhstan-gaza-ceasefire',
];

/** The tracks a story about Central Asian water and transport would have. */
const TRACKS: Tracks = {
  rules: [
    { id: 'water', terms: ['Syr Darya', 'water', 'Shardara'] },
    { id: 'transport', terms: ['rail', 'trains', 'freight', 'timetable'] },
  ],
  fallback: 'diplomacy',
};

function reportOf(file: string) {
  const { body } = sourceParts(readFileSync(file, 'utf8'));
  const { structure, headings } = outline(body);
  const blocks = splitPassages(body, structure);
  return { headings, blocks, ...timelineCandidates(blocks, { source: 'r', published: '2025-11-07', tracks: TRACKS }) };
}

describe('a flattened report: Kazakhstan and Uzbekistan agree to share Syr Darya water (Friday 7 November 2025)', () => {
  const { headings, blocks, events } = reportOf(WATER);
  const sentences = indexPassages(blocks);

  it('finds both sub-headings run into the sentences after them, and keeps those sentences whole', () => {
    expect(headings.map((h) => [h.text, h.found])).toEqual([
      ['A Shared River', 'flattened'],
      ['What Comes Next', 'flattened'],
    ]);
    expect(sentences.get('s5')?.text).toMatch(/^Kazakhstan and Uzbekistan signed an agreement/);
    expect(sentences.get('s7')?.text).toMatch(/^Tajikistan and Kyrgyzstan are expected/);
  });

  it.each([
    // passage, date, kind, track, actors
    ['s1', '2025-11-06', 'statement', 'water', ['Uzbekistan', 'Syr Darya']], // "On Thursday, … said … would join"
    ['s2', '2025-09', 'statement', 'water', ['TODO: who acted or spoke']], // "said in September that they would"
    ['s3', '2025-11-03', 'event', 'water', ['Tashkent']], // the sentence before speaks of water-sharing
    ['s4', '2025-11-05', 'event', 'diplomacy', ['Shymkent']], // "Two days later"
    ['s5', '2025-11-05', 'event', 'water', ['Kazakhstan', 'Uzbekistan']], // signed, though "the ministry said"
    ['s6', '2024', 'event', 'water', ['Syr Darya']], // not "Low"
    ['s7', '2026', 'expectation', 'diplomacy', ['Tajikistan', 'Kyrgyzstan']],
    ['s8', '2026-03', 'expectation', 'diplomacy', ['TODO: who acted or spoke']],
    ['s9', '2025-11-07', 'statement', 'water', ['Kazakh President Kassym-Jomart Tokayev', 'Astana', 'Shardara']],
  ])('%s: %s, %s, %s', (passage, date, kind, track, actors) => {
    const event = events.find((e) => e.provenance.passage === passage);
    expect(event).toMatchObject({ date, kind, track, actors });
    expect(event?.provenance.quote).toBe(sentences.get(passage)?.text);
  });

  it('tells readers in plain words where "two days later" was counted from', () => {
    expect(events.find((e) => e.provenance.passage === 's4')?.dateNote).toBe(
      'The report says “Two days later”; counted from 3 November 2025.',
    );
    for (const e of events) expect(e.dateNote ?? '').not.toMatch(/\bs\d+\b|\bp\d+\b/);
  });
});

describe('a Markdown report: the Almaty rail link (Friday 7 November 2025)', () => {
  const { headings, events, skipped } = reportOf(RAIL);

  it.each([
    ['s1', '2025-11-10', 'expectation', 'transport'], // "will open on Monday": the Monday after
    ['s2', '2021', 'event', 'diplomacy'],
    ['s3', '2025-11-04', 'statement', 'transport'], // "On Tuesday, … said the trains would run"
    ['s4', '2025-11-05', 'event', 'transport'], // "a day later", from s3
    ['s5', '2025-08', 'statement', 'transport'], // "said in August that freight services could follow"
    ['s6', '2026', 'expectation', 'transport'], // the sentence before speaks of freight
  ])('%s: %s, %s, %s', (passage, date, kind, track) => {
    expect(events.find((e) => e.provenance.passage === passage)).toMatchObject({ date, kind, track });
  });

  it('finds its Markdown sub-headings and skips no dated sentence', () => {
    expect(headings.map((h) => h.text)).toEqual(['Years of Delay', 'Next Steps']);
    expect(skipped).toEqual([]);
  });
});

describe('a report with blank-line paragraphs: the Velna dams (Wednesday 18 March 2026)', () => {
  const VELNA: Tracks = {
    rules: [
      { id: 'treaty', terms: ['treaty', 'Arnland', 'Belmor', 'minister'] },
      { id: 'farms', terms: ['Farmers', 'farmers', 'union', 'rice'] },
    ],
    fallback: 'river',
  };
  const { body } = sourceParts(readFileSync('tests/fixtures/reports/velna-dams.txt', 'utf8'));
  const { structure, headings } = outline(body);
  const blocks = splitPassages(body, structure);
  const sentences = indexPassages(blocks);
  const { events } = timelineCandidates(blocks, { source: 'r', published: '2026-03-18', tracks: VELNA });

  it('finds the sub-heading run into its paragraph and leaves the sentence after it whole', () => {
    expect(headings.map((h) => h.text)).toEqual(['A Dry Winter']);
    expect(sentences.get('s5')?.text).toMatch(/^Snowfall in the upper valley was the lowest/);
  });

  it.each([
    // passage, date, kind, track
    ['s1', '2026-03-16', 'event', 'treaty'], // "On Monday, … signed a protocol …, their ministries said"
    ['s3', '2026-02', 'statement', 'river'], // "Officials in Castra said in February that they would ask"
    ['s4', '2026-03-17', 'statement', 'farms'], // "welcomed the signing on Tuesday"
    ['s6', '2025', 'event', 'farms'], // "Low reservoirs had forced rationing in 2025"
    ['s7', '2026-04-06', 'expectation', 'treaty'], // "said the first release would begin on 6 April"
    ['s8', '2026-04', 'expectation', 'treaty'], // "are set to meet … next month"
  ])('%s: %s, %s, %s', (passage, date, kind, track) => {
    expect(events.filter((e) => e.provenance.passage === passage)).toEqual([
      expect.objectContaining({ date, kind, track }),
    ]);
  });

  it('takes neither "Low" for an actor nor "for ten days" for a date', () => {
    expect(events.find((e) => e.provenance.passage === 's6')?.actors).toEqual(['TODO: who acted or spoke']);
    expect(events.filter((e) => e.provenance.passage === 's2').map((e) => e.date)).toEqual(['2026-04']);
  });
});

describe('the command on the flattened report', () => {
  const root = project();
  const run = ingest(root, [WATER, ...OPTIONS, '--slug', 'water-deal']);

  it('writes a draft shaped like our published report, and prints what it read and why', () => {
    expect(run.stderr).toBe('');
    expect(read(root, 'content/articles/water-deal.mdx')).toMatch(/\n<SourceText \/>\n/);
    expect(run.stdout).toContain('A Shared River (inside the running text');
    expect(run.stdout).toMatch(/s1 +2025-11-06 .* statement .*\n +date read with “said”/);
    // Passage ids are for the editor, in the printout: "counted from the date of s3".
    expect(run.stdout).toContain('counted from the date of s3');
  });
});
