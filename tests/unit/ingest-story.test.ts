/**
 * `npm run ingest -- --story <id>`: the candidates go on the tracks of the story named, and the story
 * lists the report's files afterwards. On a fictional story (tests/fixtures/stories/velna-river.json)
 * and a fictional report (tests/fixtures/reports/velna-dams.txt), in temporary copies of content/.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { addToStory, claimedElsewhere, readStory, tracksOf, unknownStory } from '../../src/lib/ingest/story';
import { storySchema, type StoryData } from '../../src/lib/schemas';
import { ingest, listing, project, read, removeProjects } from '../fixtures/ingest-project';

afterAll(removeProjects);
vi.setConfig({ testTimeout: 120_000 });

const STORY = 'tests/fixtures/stories/velna-river.json';
const REPORT = 'tests/fixtures/reports/velna-dams.txt';
const storyText = readFileSync(STORY, 'utf8');
const OPTIONS = ['--publisher', 'The Velna Courier', '--published', '2026-03-18', '--url', 'https://example.org/velna'];

const track = (id: string, terms: string[]) => ({
  id,
  label: `The ${id}`,
  description: `What belongs on the ${id} track.`,
  colour: ({ a: 'red', b: 'teal', c: 'amber' } as Record<string, string>)[id] ?? 'blue',
  terms,
});
const storyWith = (tracks: ReturnType<typeof track>[]): StoryData =>
  storySchema.parse({ ...JSON.parse(storyText), tracks });

describe('tracksOf: the story decides the tracks', () => {
  it.each([
    [
      'the first track without terms takes what names none',
      [track('a', ['Arnland']), track('b', []), track('c', [])],
      'b',
    ],
    ['with terms on every track, the first track does', [track('a', ['Arnland']), track('b', ['Belmor'])], 'a'],
    ['one track without terms takes everything', [track('a', [])], 'a'],
  ])('%s', (_, tracks, fallback) => {
    const chosen = tracksOf(storyWith(tracks));
    expect(chosen.fallback).toBe(fallback);
    expect(chosen.rules.map((r) => r.id)).toEqual(tracks.filter((t) => t.terms.length).map((t) => t.id));
  });
});

describe('addToStory: the slug joins the story, every other byte as the editor wrote it', () => {
  it('adds to the lists that lack it and creates those the file does not have', () => {
    const { text, added } = addToStory(storyText, 'velna-treaty');
    expect(added).toEqual(['sources', 'timeline']);
    expect(JSON.parse(text)).toMatchObject({
      articles: ['velna-treaty'],
      sources: ['velna-treaty'],
      timeline: ['velna-treaty'],
    });
    expect(text.startsWith(storyText.slice(0, storyText.lastIndexOf('"articles"')))).toBe(true);
  });

  it('changes nothing when the story lists it already', () => {
    const once = addToStory(storyText, 'velna-treaty').text;
    expect(addToStory(once, 'velna-treaty')).toEqual({ text: once, added: [] });
  });

  it('keeps an unusual layout: tabs, CRLF and the editor’s own spacing', () => {
    const odd =
      '{\r\n\t"title" :  "T",\r\n\t"articles": [ "a" ],\r\n\t"sources": [],\r\n\t"timeline": [ "a" ]\r\n}\r\n';
    const { text } = addToStory(odd, 'b');
    expect(text).toContain('\t"title" :  "T",\r\n');
    expect(JSON.parse(text)).toMatchObject({ articles: ['a', 'b'], sources: ['b'], timeline: ['a', 'b'] });
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });
});

describe('which story', () => {
  it.each([
    [undefined, ['a-story', 'b-story'], /--story: missing; expected the id of the story .*"a-story", "b-story"/],
    ['c-story', ['a-story', 'b-story'], /--story: no story "c-story"; .*"a-story", "b-story"/],
    ['c-story', [], /content\/stories\/ holds no story yet/],
  ])('--story %s among %j', (given, stories, message) => {
    expect(unknownStory(given, stories).message).toMatch(message);
  });

  it('refuses a slug whose article or timeline another story holds', () => {
    const other = { id: 'harbour', data: { articles: ['velna-treaty'], timeline: [] } };
    expect(claimedElsewhere('velna-treaty', 'velna-river', [other])).toMatch(
      /"velna-treaty" already belongs to the story in content\/stories\/harbour\.json \(its articles\); ingest it with --story harbour/,
    );
    expect(claimedElsewhere('other-slug', 'velna-river', [other])).toBeNull();
  });

  it('names the field of a story file that does not load', () => {
    const broken = storyText.replace('"colour": "blue"', '"colour": "pink"');
    expect(() => readStory('velna-river', broken)).toThrow(
      /content\/stories\/velna-river\.json: tracks\[0\]\.colour: expected one of "red", .*found "pink"/,
    );
  });
});

/** A copy of content/ with the fictional story in it. */
function projectWithStory(text = storyText): string {
  const root = project();
  writeFileSync(path.join(root, 'content/stories/velna-river.json'), text);
  return root;
}

describe('the command with --story', () => {
  const root = projectWithStory();
  const run = ingest(root, [REPORT, ...OPTIONS, '--story', 'velna-river', '--slug', 'velna-treaty']);
  const events = JSON.parse(read(root, 'content/timeline/velna-treaty.json')) as {
    track: string;
    provenance: { passage: string };
  }[];
  const trackOf = (passage: string) => events.filter((e) => e.provenance.passage === passage).map((e) => e.track);

  it('succeeds and says what it added to the story', () => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/content\/stories\/velna-river\.json +"velna-treaty" added to its sources and timeline/);
  });

  it.each([
    ['s1', 'treaty'], // "the water ministers of Arnland and Belmor signed a protocol"
    ['s4', 'farms'], // "The Castra farmers' union welcomed the signing on Tuesday"
    ['s3', 'river'], // names no term of any track: the first track without terms
  ])('puts %s on the story’s track "%s"', (passage, expected) => {
    expect(trackOf(passage)).toEqual([expected]);
  });

  it('never uses a track the story does not have', () => {
    const ids = JSON.parse(read(root, 'content/stories/velna-river.json')).tracks.map((t: { id: string }) => t.id);
    for (const e of events) expect(ids).toContain(e.track);
  });

  it('adds the slug to the story in the project’s format, and the story still loads', () => {
    const after = read(root, 'content/stories/velna-river.json');
    expect(after).toContain('"sources": ["velna-treaty"],\n  "timeline": ["velna-treaty"]\n}');
    expect(storySchema.safeParse(JSON.parse(after)).success).toBe(true);
  });

  it('leaves the story as it is on a second run with --force', () => {
    const before = read(root, 'content/stories/velna-river.json');
    const again = ingest(root, [REPORT, ...OPTIONS, '--story', 'velna-river', '--slug', 'velna-treaty', '--force']);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('unchanged: it lists "velna-treaty" already');
    expect(read(root, 'content/stories/velna-river.json')).toBe(before);
  });
});

describe('the command without a story it can use: a clear message, nothing written', () => {
  const root = projectWithStory();
  copyFileSync(STORY, path.join(root, 'content/stories/velna-river.json'));
  const harbour = JSON.parse(storyText);
  harbour.title = 'The Aldmere harbour strike';
  harbour.lead = 'velna-treaty';
  writeFileSync(path.join(root, 'content/stories/harbour.json'), JSON.stringify(harbour));

  it.each([
    ['no --story', [], /--story: missing; .*"harbour", "kazakhstan-gaza-ceasefire", "velna-river"/],
    ['an unknown story', ['--story', 'velna'], /--story: no story "velna"; .*"harbour", "kazakhstan-gaza-ceasefire"/],
    [
      'a slug another story holds',
      ['--story', 'velna-river'],
      /"velna-treaty" already belongs to the story in content\/stories\/harbour\.json/,
    ],
  ])('%s', (_, args, message) => {
    const before = listing(root);
    const run = ingest(root, [REPORT, ...OPTIONS, ...args, '--slug', 'velna-treaty']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Nothing was written.');
    expect(listing(root)).toEqual(before);
  });
});

it('edits a story file out of Prettier’s format only where the lists grow', () => {
  const odd = storyText.replace('"articles": ["velna-treaty"]', '"articles" : [ "velna-treaty" ],\n  "sources":   []');
  const root = projectWithStory(odd);
  const run = ingest(root, [REPORT, ...OPTIONS, '--story', 'velna-river', '--slug', 'velna-treaty']);
  expect(run.stderr).toBe('');
  const after = read(root, 'content/stories/velna-river.json');
  expect(after).toContain('"articles" : [ "velna-treaty" ],');
  expect(JSON.parse(after)).toMatchObject({ sources: ['velna-treaty'], timeline: ['velna-treaty'] });
});
