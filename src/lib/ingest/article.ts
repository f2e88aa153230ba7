/**
 * The draft report article for a newly ingested source, shaped like our published report: frontmatter
 * filled in from what is known, and the body <SourceText />, which renders the source's paragraphs and
 * sub-headings with their passage ids (p1…), so links and search results land on the passage. No word
 * of the source is typed into the prose: Astro's smart punctuation would change its quotation marks.
 */
import { formatCalendarDate } from '../dates.ts';
import type { Block } from '../passages.ts';
import { INGEST_NOTE, TODO } from '../placeholders.ts';

export interface Topic {
  id: string;
  name: string;
}

const STOP = new Set(['and', 'the', 'of', 'in', 'on', 'for', 'with']);
const words = (text: string) =>
  (text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []).map((w) => w.replace(/[’']s$/, '').replace(/[’']$/, ''));

/** Topics every significant word of whose name occurs in the report ("Gaza ceasefire": "Gaza" and "ceasefire"). */
export function guessTopics(text: string, topics: Topic[]): string[] {
  const present = new Set(words(text));
  return topics
    .filter((t) => {
      const needed = words(t.name).filter((w) => w.length > 2 && !STOP.has(w));
      return needed.length > 0 && needed.every((w) => present.has(w));
    })
    .map((t) => t.id);
}

export interface ArticleInput {
  slug: string;
  headline: string;
  publisher: string;
  /** YYYY-MM-DD. */
  published: string;
  excerpt: boolean;
  blocks: Block[];
  topics: Topic[];
  /** Paragraph breaks the ingest made, where the text arrived with fewer. */
  ourBreaks: boolean;
  /** Sub-headings the ingest found inside the running text and put back. */
  recoveredHeadings: number;
}

/** A YAML string: JSON's double-quoted strings are valid YAML and need no thought about quoting. */
const yaml = (value: string) => JSON.stringify(value);

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** The headline as a title of 10 to 110 characters, the length the article schema accepts. */
function title(headline: string): string {
  if (headline.length >= 10 && headline.length <= 110) return headline;
  if (headline.length < 10) return `${TODO} title: ${headline}`;
  const cut = headline.slice(0, 109);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function renderArticle(input: ArticleInput): string {
  const { slug, headline, publisher, published, excerpt, blocks } = input;
  const day = `${WEEKDAY.format(new Date(`${published}T12:00:00Z`))} ${formatCalendarDate(published)}`;
  const dek = `${publisher}’s report of ${day}, as we received it.${excerpt ? ' It is an excerpt, and it stops mid-sentence.' : ''}`;
  const long = `${publisher}’s report “${headline}”, shown as received, every passage linked to the source.`;
  const description =
    long.length <= 200
      ? long
      : `${publisher}’s report of ${day}, shown as received, every passage linked to the source.`;
  const guessed = guessTopics(`${headline}\n${blocks.map((b) => b.text).join('\n')}`, input.topics);
  const topics = guessed.length ? guessed : [input.topics[0]!.id];
  const topicNote = guessed.length
    ? '# guessed from the words of the report: check them against content/topics.json'
    : `# ${TODO}: no topic name matched the report; choose ids from content/topics.json`;

  const arrived = [
    ...(input.ourBreaks ? ['It arrived as one block of text: the paragraph breaks are ours'] : []),
    ...(input.recoveredHeadings === 1 ? ['its one sub-heading has been put back where it sat inside the text'] : []),
    ...(input.recoveredHeadings > 1 ? ['its sub-headings have been put back where they sat inside the text'] : []),
  ];
  const how = arrived.length
    ? ` ${arrived.join(', and ').replace(/^i/, 'I')}. Not a word has been changed.`
    : ' Not a word has been changed.';
  return [
    '---',
    `# ${INGEST_NOTE} from content/sources/${slug}.txt. Check it, then set draft: false to publish.`,
    `title: ${yaml(title(headline))}`,
    `dek: ${yaml(dek)}`,
    `description: ${yaml(description)}`,
    `published: ${yaml(`${published}T00:00:00+00:00`)} # ${TODO}: the moment you publish, with its time zone`,
    `byline: ${yaml(publisher)}`,
    `topics: ${topicNote}`,
    ...topics.map((t) => `  - ${t}`),
    'sources:',
    `  - ${slug}`,
    'format: report',
    'draft: true',
    '---',
    '',
    `_This is the report as it reached us.${how} The [source document](/sources/${slug}/) shows the same text with every passage numbered._`,
    '',
    '{/* <SourceText /> shows the whole report from the source, sub-headings and the excerpt notice included. To write around quotations instead, replace it with <Cite passage="p1" block /> and the like. */}',
    '',
    '<SourceText />',
    '',
  ].join('\n');
}
