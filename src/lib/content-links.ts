/**
 * Links written in an article's MDX to pages of the site that will not be there: a draft article,
 * a source no published article names, a topic, context fact or timeline event that does not exist
 * or is a draft, a passage the source does not have. The built site's link check finds these too,
 * after a full build; this finds them from the content alone, in a moment. Pure.
 *
 * Addresses are read back in the forms src/lib/paths.ts writes them.
 */
import { mdxToMdast } from 'satteri';
import { visible } from './characters.ts';

/** What the built site will hold. */
export interface SitePages {
  /** Published article ids; drafts in `draftArticles`. */
  articles: ReadonlySet<string>;
  draftArticles: ReadonlySet<string>;
  /** Published source id → the ids on its page (passages, headings). */
  sources: ReadonlyMap<string, ReadonlySet<string>>;
  /** Sources that exist but only drafts name: no page yet. */
  unpublishedSources: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  contextFacts: ReadonlySet<string>;
  /** Ids (and aliases) of published timeline events; drafts in `draftEvents`. */
  events: ReadonlySet<string>;
  draftEvents: ReadonlySet<string>;
}

/** What the site will hold, from what the content says is published (the same rules as src/data/content.ts). */
export function sitePages(input: {
  articles: readonly { id: string; draft: boolean }[];
  /** Every source that loaded, with the ids on its page. */
  sources: readonly { id: string; ids: ReadonlySet<string> }[];
  /** The sources a published article names. */
  publishedSources: ReadonlySet<string>;
  topics: Iterable<string>;
  contextFacts: Iterable<string>;
  events: readonly { id: string; aliases: readonly string[]; draft: boolean }[];
}): SitePages {
  const named = input.publishedSources;
  return {
    articles: new Set(input.articles.filter((a) => !a.draft).map((a) => a.id)),
    draftArticles: new Set(input.articles.filter((a) => a.draft).map((a) => a.id)),
    sources: new Map(input.sources.filter((s) => named.has(s.id)).map((s) => [s.id, s.ids])),
    unpublishedSources: new Set(input.sources.filter((s) => !named.has(s.id)).map((s) => s.id)),
    topics: new Set(input.topics),
    contextFacts: new Set(input.contextFacts),
    events: new Set(input.events.filter((e) => !e.draft).flatMap((e) => [e.id, ...e.aliases])),
    draftEvents: new Set(input.events.filter((e) => e.draft).map((e) => e.id)),
  };
}

export interface Link {
  url: string;
  line: number;
}

interface Node {
  type: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

/** Every address an MDX body links to: Markdown links and definitions, and `href` on elements. */
export function linksIn(body: string): Link[] {
  const links: Link[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ url: node.url, line });
    for (const a of node.attributes ?? []) {
      if (a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string')
        links.push({ url: a.value, line });
    }
    node.children?.forEach(visit);
  };
  visit(mdxToMdast(body) as unknown as Node);
  return links;
}

/** Why the built site will not have what `url` points at, or undefined when it will (or it is not ours to know). */
export function missingPage(url: string, site: SitePages): string | undefined {
  const match = /^\/(articles|sources|topics|context|timeline)\/(?:([^/#?]+)\/)?(?:[?][^#]*)?(?:#(.*))?$/.exec(url);
  if (!match) return undefined;
  const [, section, id, fragment] = match;
  switch (section) {
    case 'articles':
      if (!id || site.articles.has(id)) return undefined;
      return site.draftArticles.has(id)
        ? `the article "${id}" is a draft, so the link would lead nowhere; expected a published article, or this link removed until it is`
        : `no article "${id}" in content/articles/; expected the id of a published article`;
    case 'sources': {
      if (!id) return undefined;
      const ids = site.sources.get(id);
      if (!ids) {
        return site.unpublishedSources.has(id)
          ? `the source "${id}" has no page yet: only draft articles name it; expected a source a published article names`
          : `no source "${id}" in content/sources/; expected the id of a published source`;
      }
      if (fragment && !ids.has(fragment))
        return `no passage "${fragment}" in source "${id}"; expected a paragraph (p1…) or sentence (s1…) id shown on its page`;
      return undefined;
    }
    case 'topics':
      return !id || site.topics.has(id)
        ? undefined
        : `no topic "${id}" in content/topics.json; expected the id of a topic`;
    case 'context':
      return id || !fragment || site.contextFacts.has(fragment)
        ? undefined
        : `no context fact "${fragment}" in content/context/facts.json; expected the id of a fact`;
    case 'timeline': {
      const event = fragment?.replace(/^event-/, '');
      if (id || !fragment?.startsWith('event-') || site.events.has(event!)) return undefined;
      return site.draftEvents.has(event!)
        ? `the timeline event "${event}" is a draft, so the link would lead nowhere; expected a published event`
        : `no timeline event "${event}" in content/timeline/; expected #event-<id> of a published event`;
    }
  }
  return undefined;
}

/** One line for each link of a published article that leads nowhere, with the file's line. */
export function checkLinks(article: { file: string; body: string; firstLine?: number }, site: SitePages): string[] {
  let links: Link[];
  try {
    links = linksIn(article.body);
  } catch {
    return []; // an MDX body that cannot be read is reported by checkArticle
  }
  return links.flatMap(({ url, line }) => {
    const why = missingPage(url, site);
    return why ? [visible(`${article.file}:${line + (article.firstLine ?? 1) - 1}: link (${url}): ${why}`)] : [];
  });
}
