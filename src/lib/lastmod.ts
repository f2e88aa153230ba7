/**
 * When each dated page last changed, for the sitemap's <lastmod>: an article when it was last
 * updated (or published); a topic page and the home page when their newest article changed.
 * Pages with no date of their own (about, sources, subscribe) get none rather than a made-up one.
 * Pure: article frontmatter in, a path → ISO date-time map out.
 */
import { articlePath, topicPath } from './paths';

export interface DatedArticle {
  id: string;
  published: string;
  updated?: string | undefined;
  topics: string[];
  draft?: boolean | undefined;
}

export function lastModified(articles: DatedArticle[]): Map<string, string> {
  const dates = new Map<string, string>();
  const later = (path: string, iso: string) => {
    const current = dates.get(path);
    if (!current || Date.parse(iso) > Date.parse(current)) dates.set(path, iso);
  };
  for (const a of articles.filter((a) => !a.draft)) {
    const changed = a.updated ?? a.published;
    later(articlePath(a.id), changed);
    later('/', changed);
    later('/topics/', changed);
    for (const topic of a.topics) later(topicPath(topic), changed);
  }
  return dates;
}
