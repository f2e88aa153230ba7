/**
 * Ids that must be unique, and article file names that make them. Astro's loaders only warn on a
 * repeated id and keep one of the entries, so a copied file silently replaces or drops published
 * content; these checks make it an error that names both places. Pure.
 */

import { TRANSLATED_EDITIONS } from './editions.ts';

/** Where an id was read: a file, or an entry of one ("content/topics.json [2]"). */
export interface IdAt {
  id: string;
  at: string;
}

/** One line for every id already given by an earlier entry, naming both. */
export function repeatedIds(entries: readonly IdAt[], what: string): string[] {
  const first = new Map<string, string>();
  return entries.flatMap(({ id, at }) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, at);
      return [];
    }
    return [
      `${at}: id: "${id}" is already the id of the ${what} in ${earlier}; expected every ${what} to have its own id`,
    ];
  });
}

/** An article's file name is its address (/articles/<name>/): lower-case words joined by hyphens, then .mdx. */
export const ARTICLE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** The slug-form name an article file should have: "Key Facts (copy).MDX" → "key-facts-copy.mdx". */
export function suggestedArticleName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'article'}.mdx`;
}

/**
 * What is wrong with a file found in content/articles/ (a path relative to it), or undefined when it is
 * an article file or no article at all. Articles of the editions after the first sit one folder down, in
 * their language's folder (content/articles/ru/<name>.mdx), and are named by the same rules. Only files that look like articles (.mdx, .md, in any case) are
 * judged: hidden files, backups and notes are left alone.
 */
export function articleFileProblem(relative: string): string | undefined {
  const parts = relative.split('/');
  const name = parts.at(-1)!;
  if (name.startsWith('.') || !/\.(?:mdx|md|markdown)$/i.test(name)) return undefined;
  // Another edition's articles sit in a folder of its language (content/articles/ru/), at /ru/articles/<name>/.
  const inEdition = parts.length === 2 && TRANSLATED_EDITIONS.some((e) => e.lang === parts[0]);
  if (parts.length > 1 && !inEdition) {
    return `expected articles directly in content/articles/, not in a folder (the file name is the address /articles/<name>/), or in the folder of another edition's language (${TRANSLATED_EDITIONS.map((e) => `content/articles/${e.lang}/`).join(', ')}); move it to content/articles/${name}`;
  }
  if (!name.endsWith('.mdx') && !/\.mdx$/i.test(name)) {
    return `expected an article written in MDX, named like "${suggestedArticleName(name)}": only .mdx files are published, so this one never would be`;
  }
  if (!ARTICLE_FILE.test(name)) {
    return `file name: expected lower-case words joined by hyphens, such as "${suggestedArticleName(name)}": the name is the article's address, /articles/<name>/, and names that differ only in capitals or spaces would share it`;
  }
  return undefined;
}
