/**
 * Which editions have a page: the first edition has every page; another has a page only where it has been
 * translated. The shell's hreflang alternates and language switcher ask here, so a Russian page and its
 * English one always name each other (reciprocal) and neither ever links to a page that was not built.
 * Pure: what each edition holds in, the editions of one path out.
 */
import { DEFAULT_LANG, LANGS, type Lang } from './editions.ts';
import { unlocalizedPath } from './paths.ts';

/** What a translated edition has built, by the English ids it translates. */
export interface EditionHoldings {
  /** Pages that exist whatever the content ("/", "/rss.xml"), as English paths. */
  pages: ReadonlySet<string>;
  /** Ids of the English articles it has translated. */
  articles: ReadonlySet<string>;
  /** Ids of the sources whose passages it has translated. */
  sources: ReadonlySet<string>;
  /** Ids of the stories it has translated (their page and their timeline). */
  stories: ReadonlySet<string>;
  /** Ids of the topics whose page it has (the first page of each). */
  topics?: ReadonlySet<string>;
}

/** Whether an edition holding `held` has the page at English path `path`. */
export function holdsPage(held: EditionHoldings, path: string): boolean {
  if (held.pages.has(path)) return true;
  // A story's timeline and a story's or topic's feed come with the story or topic.
  const match = /^\/(articles|sources|stories|topics)\/([^/]+)\/(timeline\/|rss\.xml)?$/.exec(path);
  if (!match) return false;
  const [, kind, id, part] = match as unknown as [
    string,
    'articles' | 'sources' | 'stories' | 'topics',
    string,
    string?,
  ];
  if (part === 'timeline/') return kind === 'stories' && held.stories.has(id);
  if (part === 'rss.xml') return (kind === 'stories' || kind === 'topics') && (held[kind]?.has(id) ?? false);
  return held[kind]?.has(id) ?? false;
}

/**
 * The editions that have the page at `path` (in any edition's form), in the editions' order. A page kept
 * at an earlier address passes its canonical one, so it offers what that page offers.
 */
export function editionsOfPage(path: string, holdings: Partial<Record<Lang, EditionHoldings>>): Lang[] {
  const base = unlocalizedPath(path.split('#')[0]!).path;
  return LANGS.filter((lang) => {
    if (lang === DEFAULT_LANG) return true;
    const held = holdings[lang];
    return held !== undefined && holdsPage(held, base);
  });
}
