/**
 * Links from one edition's page to another page of the site: to the edition's own page where it has one
 * (pageEditions), else to the original's, marked with its language, so a reader of a translated edition
 * is never sent to an English page unwarned. The first edition always has the page, so its links are
 * its addresses as they have always been, with no mark.
 */
import { DEFAULT_EDITION, DEFAULT_LANG, type Lang } from '../lib/editions';
import { localizedPath, sourcePath } from '../lib/paths';
import type { Source } from './content';
import { getEditionContent, publisherIn } from './edition';
import { pageEditions } from './edition-pages';

/** The address of `path` (an English path, with or without #fragment) in the edition, or undefined where it lacks the page. */
export async function editionHref(lang: Lang, path: string): Promise<string | undefined> {
  return (await pageEditions(path)).includes(lang) ? localizedPath(path, lang) : undefined;
}

/** A link's attributes: the edition's page, else the original's with hreflang. */
export async function editionLink(lang: Lang, path: string): Promise<{ href: string; hreflang?: string }> {
  const href = await editionHref(lang, path);
  return href ? { href } : { href: path, hreflang: DEFAULT_EDITION.hreflang };
}

/** A source document as an edition's page names it in a line (SourceLine), linked to its page. */
export interface NamedSource {
  data: Source['data'];
  href: string;
  hreflang?: string;
  /** The edition's headline where the link goes to its own page; else the original's. */
  headline: string;
  /** The headline's language where it is the original's in another edition. */
  headlineLang?: string | undefined;
  /** The publisher's name in the edition. */
  publisher: string;
}

export async function namedSource(lang: Lang, { id, data }: Source): Promise<NamedSource> {
  const content = lang === DEFAULT_LANG ? undefined : getEditionContent(lang);
  const link = await editionLink(lang, sourcePath(id));
  const headline = !content ? data.headline : link.hreflang ? undefined : content.sources.get(id)?.headline;
  return {
    data,
    ...link,
    headline: headline ?? data.headline,
    headlineLang: headline === undefined ? data.language : undefined,
    publisher: publisherIn(lang, data.publisher),
  };
}
