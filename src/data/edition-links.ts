/**
 * Links from one edition's page to another page of the site: to the edition's own page where it has one
 * (pageEditions), else to the original's, marked with its language, so a reader of a translated edition
 * is never sent to an English page unwarned. The first edition always has the page, so its links are
 * its addresses as they have always been, with no mark.
 */
import { DEFAULT_EDITION, type Lang } from '../lib/editions';
import { localizedPath } from '../lib/paths';
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
