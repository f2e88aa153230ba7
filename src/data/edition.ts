/**
 * An edition's translated content for its pages, checked whole on first use (src/lib/edition-content.ts):
 * a changed source, a missing translation or a translated article whose evidence departs from its original's
 * fails the build with every problem listed at once. The first edition has nothing translated to give.
 */
import { existsSync } from 'node:fs';
import { visible } from '../lib/characters';
import { checkEditionContent, type EditionContent } from '../lib/edition-content';
import { DEFAULT_LANG, type Lang } from '../lib/editions';
import { readEditionFiles, readEnglishContent } from './edition-files';

const editions = new Map<Lang, EditionContent>();

/**
 * Whether an edition is published at all: it is once content/translations/<lang>/ exists, and then its
 * translations are checked whole. A copy of the project without it (the build tests') builds English only.
 */
export function hasEdition(lang: Lang): boolean {
  return lang !== DEFAULT_LANG && existsSync(`content/translations/${lang}`);
}

export function getEditionContent(lang: Lang): EditionContent {
  if (lang === DEFAULT_LANG)
    throw new Error(`getEditionContent("${lang}"): the first edition is the original, not a translation`);
  let content = editions.get(lang);
  if (!content) {
    const checked = checkEditionContent(readEnglishContent(), readEditionFiles(lang));
    if (checked.errors.length) throw new Error(`Translations (${lang}):\n${visible(checked.errors.join('\n'))}`);
    editions.set(lang, (content = checked.content));
  }
  return content;
}

/** What an edition prints of a story: its words, and its tracks in the story's order with their words. */
export interface StoryText {
  title: string;
  standfirst: string;
  description: string;
  timelineTitle: string;
  timelineDescription: string;
  tracks: { id: string; label: string; description: string; colour: string; terms?: readonly string[] }[];
}

/**
 * A story's words in an edition: the story file's in the first edition, the translation's in another;
 * undefined where that edition has not translated the story (it then builds none of the story's pages).
 */
export function getStoryText(lang: Lang, story: { id: string; data: StoryText }): StoryText | undefined {
  if (lang === DEFAULT_LANG) return story.data;
  const translated = getEditionContent(lang).stories.get(story.id);
  if (!translated) return undefined;
  return {
    ...translated,
    tracks: story.data.tracks.map((track) => ({ ...track, ...translated.tracks[track.id] })),
  };
}

/** A topic's name and description in an edition; undefined where that edition has not translated it. */
export function getTopicText(
  lang: Lang,
  topic: { id: string; data: { name: string; description: string } },
): { name: string; description: string } | undefined {
  return lang === DEFAULT_LANG ? topic.data : getEditionContent(lang).topics.get(topic.id);
}

/** A publisher as an edition names it (content/translations/<lang>/context.json), else as the source does. */
export const publisherIn = (lang: Lang, name: string): string =>
  lang === DEFAULT_LANG ? name : (getEditionContent(lang).publishers.get(name) ?? name);
