/**
 * The story a report is ingested into (`--story <id>`): where its timeline tracks come from, and the
 * ids the story must list once the report's files exist. Pure: the story's file text in, tracks, the
 * edited text or a message out.
 *
 * The story file is an editor's, so it is changed only by adding ids to its lists, through
 * jsonc-parser's edits of the text: every other byte (spacing, order, line breaks) stays as written.
 */
import { applyEdits, modify, parseTree, findNodeAtLocation } from 'jsonc-parser';
import { parseJsonText } from '../json-text.ts';
import { describeIssues, storySchema, type StoryData } from '../schemas.ts';
import { IngestError } from './input.ts';
import type { Tracks } from './timeline.ts';

export const storyFile = (id: string) => `content/stories/${id}.json`;

/** The story's data, or an IngestError naming the file, the field and what was expected. */
export function readStory(id: string, text: string): StoryData {
  const file = storyFile(id);
  let json: unknown;
  try {
    json = parseJsonText(text, file);
  } catch (e) {
    throw new IngestError((e as Error).message);
  }
  const parsed = storySchema.safeParse(json);
  if (!parsed.success)
    throw new IngestError(`--story: ${file} is not a valid story:\n${describeIssues(file, parsed.error, json)}`);
  return parsed.data;
}

/** What an editor sees when `--story` is missing or names no story: the stories there are. */
export function unknownStory(given: string | undefined, stories: readonly string[]): IngestError {
  const choices = stories.length
    ? `the stories are ${stories.map((s) => `"${s}"`).join(', ')} (content/stories/<id>.json)`
    : 'content/stories/ holds no story yet: write its file first (see "Adding a story" in README.md)';
  return new IngestError(
    given === undefined
      ? `--story: missing; expected the id of the story this report belongs to, whose tracks its timeline candidates go on: ${choices}`
      : `--story: no story "${given}"; expected the id of a story in content/stories/: ${choices}`,
  );
}

/**
 * The story's tracks as the ingest chooses between them. A track with terms takes the sentences that
 * name them; a sentence naming none goes on the first track that has no terms (the story's "everything
 * else"), or, when every track has terms, on the first track.
 */
export function tracksOf(story: StoryData): Tracks {
  const fallback = story.tracks.find((t) => t.terms.length === 0) ?? story.tracks[0]!;
  return {
    rules: story.tracks.filter((t) => t.terms.length > 0).map(({ id, terms }) => ({ id, terms })),
    fallback: fallback.id,
  };
}

/** Every track id a candidate may be put on. */
export const trackIds = (story: StoryData) => story.tracks.map((t) => t.id);

/** The lists of a story that name a report's files, by the slug: its article, its source, its timeline file. */
export const MEMBER_LISTS = ['articles', 'sources', 'timeline'] as const;
type MemberList = (typeof MEMBER_LISTS)[number];

export interface StoryAddition {
  /** The story file's new text; the same text when nothing was missing. */
  text: string;
  /** The lists the slug was added to. */
  added: MemberList[];
}

/**
 * The story's text with `slug` appended to each of its articles, sources and timeline lists that lacks
 * it, as an edit of the text (a list the file does not have yet is added at the end of the object).
 */
export function addToStory(text: string, slug: string): StoryAddition {
  const story = parseJsonText(text, 'story') as Partial<Record<MemberList, unknown>>;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const formattingOptions = {
    insertSpaces: !indent.includes('\t'),
    tabSize: indent.includes('\t') ? 1 : indent.length,
    eol,
  };
  let out = text;
  const added: MemberList[] = [];
  for (const list of MEMBER_LISTS) {
    const current = story[list];
    if (Array.isArray(current) && current.includes(slug)) continue;
    const exists = findNodeAtLocation(parseTree(out)!, [list])?.type === 'array';
    const edits = exists
      ? modify(out, [list, -1], slug, { isArrayInsertion: true, formattingOptions })
      : modify(out, [list], [slug], { formattingOptions });
    out = applyEdits(out, edits);
    added.push(list);
  }
  return { text: out, added };
}

/**
 * Why the slug cannot join this story: another story already lists its article or timeline file,
 * which belong to one story each (a source may serve several). Null when it may.
 */
export function claimedElsewhere(
  slug: string,
  story: string,
  others: readonly { id: string; data: Pick<StoryData, 'articles' | 'timeline'> }[],
): string | null {
  for (const other of others) {
    if (other.id === story) continue;
    const lists = (['articles', 'timeline'] as const).filter((list) => other.data[list].includes(slug));
    if (lists.length) {
      return `--story: "${slug}" already belongs to the story in ${storyFile(other.id)} (its ${lists.join(' and ')}); ingest it with --story ${other.id}, or remove "${slug}" from that story first`;
    }
  }
  return null;
}
