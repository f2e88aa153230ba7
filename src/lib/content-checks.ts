/**
 * Rules that span collections: every topic, source, passage and context fact an article names
 * must exist. Pure: returns messages naming the file, the field and what was expected.
 */

export interface ComponentRef {
  component: 'Cite' | 'ContextNote' | 'SourceText';
  /** The attributes written on the tag, as strings. */
  attributes: Record<string, string>;
  line: number;
}

const TAG = /<(Cite|ContextNote|SourceText)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

/** The <Cite>, <ContextNote> and <SourceText> tags of an MDX body, with their string attributes. */
export function findComponentRefs(body: string): ComponentRef[] {
  const refs: ComponentRef[] = [];
  for (const match of body.matchAll(TAG)) {
    const attributes: Record<string, string> = {};
    for (const a of match[2]!.matchAll(ATTRIBUTE)) attributes[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    const line = body.slice(0, match.index).split('\n').length;
    refs.push({ component: match[1] as ComponentRef['component'], attributes, line });
  }
  return refs;
}

export interface KnownContent {
  topics: Set<string>;
  /** Source id → its passage ids. */
  sources: Map<string, Set<string>>;
  contextFacts: Set<string>;
}

export interface ArticleInput {
  file: string;
  topics: string[];
  sources: string[];
  body: string;
}

const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

export function checkArticle(article: ArticleInput, known: KnownContent): string[] {
  const errors: string[] = [];
  const { file } = article;
  article.topics.forEach((topic, i) => {
    if (!known.topics.has(topic)) {
      errors.push(
        `${file}: topics[${i}]: unknown topic "${topic}"; expected one of ${list(known.topics)} (content/topics.json)`,
      );
    }
  });
  article.sources.forEach((source, i) => {
    if (!known.sources.has(source)) {
      errors.push(
        `${file}: sources[${i}]: unknown source "${source}"; expected one of ${list(known.sources.keys())} (content/sources/)`,
      );
    }
  });
  if (article.body.trim().length === 0) {
    errors.push(`${file}: body: expected the article's text after the frontmatter, found nothing`);
  }
  for (const ref of findComponentRefs(article.body)) {
    const where = `${file}:${ref.line}: <${ref.component}>`;
    if (ref.component === 'ContextNote') {
      const fact = ref.attributes['fact'];
      if (!fact || !known.contextFacts.has(fact)) {
        errors.push(
          `${where} fact: unknown context fact "${fact ?? ''}"; expected an id from content/context/facts.json`,
        );
      }
      continue;
    }
    const source = ref.attributes['source'] ?? article.sources[0];
    const passages = source ? known.sources.get(source) : undefined;
    if (!passages) {
      errors.push(`${where} source: unknown source "${source ?? ''}"; expected one of ${list(known.sources.keys())}`);
      continue;
    }
    if (ref.component === 'Cite') {
      const passage = ref.attributes['passage'];
      if (!passage || !passages.has(passage)) {
        errors.push(
          `${where} passage: no passage "${passage ?? ''}" in source "${source}"; expected a paragraph (p1…) or sentence (s1…) id shown on /sources/${source}/`,
        );
      }
    }
  }
  return errors;
}
