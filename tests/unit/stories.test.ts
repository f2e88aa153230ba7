import { describe, expect, it } from 'vitest';
import { storySchema, type StoryData } from '../../src/lib/schemas';
import { checkEventMembership, eventIsShown, indexStories, type StoryInput } from '../../src/lib/stories';

// Two fictional stories: a harbour strike and a river treaty.
const story = (id: string, change: Partial<StoryData> = {}): StoryInput => ({
  id,
  file: `content/stories/${id}.json`,
  data: storySchema.parse({
    title: `The ${id} story, told`,
    standfirst: 'What happened, and who said what about it.',
    description: 'A story made up for the tests, with articles, a source, a timeline and context facts.',
    lead: `${id}-explained`,
    timelineTitle: `The ${id} story, day by day`,
    timelineDescription: 'Every dated event of the made-up story, each with the passage or fact it rests on.',
    tracks: [
      { id: 'port', label: 'The port', description: 'What happened at the port.', colour: 'red' },
      { id: 'city', label: 'The city', description: 'What the city council said.', colour: 'teal' },
    ],
    articles: [`${id}-explained`],
    sources: [`${id}-report`],
    timeline: [id],
    context: [`${id}-fact`],
    ...change,
  }),
});
const harbour = story('harbour');
const river = story('river');
const existing = {
  articles: ['harbour-explained', 'river-explained'],
  sources: ['harbour-report', 'river-report'],
  timelineFiles: ['harbour', 'river'],
  contextFacts: ['harbour-fact', 'river-fact'],
};

describe('indexStories', () => {
  it('says which story each article, source, timeline file and fact belongs to', () => {
    const { index, errors } = indexStories([harbour, river], existing);
    expect(errors).toEqual([]);
    expect(index.article.get('river-explained')).toBe('river');
    expect(index.source.get('harbour-report')).toEqual(['harbour']);
    expect(index.timelineFile.get('river')).toBe('river');
    expect(index.fact.get('harbour-fact')).toBe('harbour');
  });

  it('lets one source serve two stories', () => {
    const both = story('river', { sources: ['river-report', 'harbour-report'] });
    const { index, errors } = indexStories([harbour, both], existing);
    expect(errors).toEqual([]);
    expect(index.source.get('harbour-report')).toEqual(['harbour', 'river']);
  });

  it.each([
    [
      'an article listed by two stories',
      [harbour, story('river', { articles: ['river-explained', 'harbour-explained'] })],
      'content/stories/river.json: articles[1]: "harbour-explained" already belongs to the story in content/stories/harbour.json; expected each article in one story',
    ],
    [
      'a listed article that does not exist',
      [harbour, story('river', { articles: ['river-explained', 'river-explaned'] })],
      'content/stories/river.json: articles[1]: no article "river-explaned" in content/articles/; expected the id of one that exists',
    ],
    [
      'a timeline file that belongs to no story',
      [harbour, story('river', { timeline: [] })],
      'content/timeline/river.json: belongs to no story; expected its id in the "timeline" of a story in content/stories/',
    ],
    [
      'a context fact that belongs to no story',
      [harbour, story('river', { context: [] })],
      'content/context/facts.json: fact "river-fact": belongs to no story; expected its id in the "context" of a story',
    ],
  ])('reports %s, naming the file and the field', (_, stories, message) => {
    const { errors } = indexStories(stories, existing);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('lets what is unpublished belong to no story yet (an ingested draft), but never a context fact', () => {
    const { errors } = indexStories([harbour], {
      ...existing,
      drafts: { articles: ['river-explained'], sources: ['river-report'], timelineFiles: ['river'] },
    });
    expect(errors).toEqual([
      'content/context/facts.json: fact "river-fact": belongs to no story; expected its id in the "context" of a story in content/stories/',
    ]);
  });
});

describe('the story schema', () => {
  it.each([
    ['a lead that is not one of its articles', { lead: 'elsewhere' }, 'lead', 'is not one of the story’s articles'],
    [
      'two tracks of one colour',
      {
        tracks: [
          { id: 'a', label: 'A track', description: 'The first track.', colour: 'red' },
          { id: 'b', label: 'B track', description: 'The second track.', colour: 'red' },
        ],
      },
      'tracks',
      'two tracks are "red"',
    ],
    ['no tracks', { tracks: [] }, 'tracks', 'expected at least one track'],
    ['an article listed twice', { articles: ['x-explained', 'x-explained'], lead: 'x-explained' }, 'articles', 'twice'],
  ])('refuses %s', (_, change, path, message) => {
    const result = storySchema.safeParse({ ...harbour.data, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === path);
    expect(issue?.message).toContain(message);
  });
});

describe('checkEventMembership', () => {
  const { index } = indexStories([harbour, river], existing);
  const event = {
    file: 'content/timeline/harbour.json',
    id: 'strike',
    track: 'port',
    source: 'harbour-report',
    facts: [],
  };

  it('accepts an event on its story’s track, citing its story’s evidence', () => {
    expect(checkEventMembership(event, harbour, index)).toEqual([]);
  });

  it.each([
    [
      'a track of no story',
      { track: 'farmers' },
      'track: "farmers" is not a track of the story in content/stories/harbour.json',
    ],
    [
      'another story’s source',
      { source: 'river-report' },
      'provenance.source: "river-report" is not a source of the story',
    ],
    [
      'another story’s fact',
      { facts: ['river-fact'] },
      'the context fact "river-fact" belongs to another story (river)',
    ],
  ])('refuses %s', (_, change, message) => {
    const errors = checkEventMembership({ ...event, ...change }, harbour, index);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`content/timeline/harbour.json: event "strike": ${message}`);
  });
});

describe('eventIsShown', () => {
  const published = new Set(['harbour-report']);
  it.each([
    [
      'a published event of a published story, citing a published source',
      { draft: false, source: 'harbour-report' },
      true,
      true,
    ],
    ['a context event of a published story', { draft: false }, true, true],
    ['a draft event', { draft: true, source: 'harbour-report' }, true, false],
    ['an event of a draft story', { draft: false, source: 'harbour-report' }, false, false],
    ['an event quoting a source only drafts name', { draft: false, source: 'river-report' }, true, false],
  ])('%s: %s', (_, event, storyPublished, shown) => {
    expect(eventIsShown(event, storyPublished, published)).toBe(shown);
  });
});
