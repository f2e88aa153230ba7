/**
 * `npm run ingest` without the file system: from the bytes of a report and the editor's options to
 * the files to write and what to tell the editor. Same input, same output, byte for byte: nothing
 * here reads the clock.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { formatCalendarDate } from '../dates.ts';
import { sourceParts, splitPassages, StructureError, textParagraphs, type Block } from '../passages.ts';
import { describeIssues, sourceMetaSchema, timelineEventSchema, type SourceMeta } from '../schemas.ts';
import { renderArticle, type Topic } from './article.ts';
import { checkOptions, decodeDocument, IngestError, slugFor, type IngestOptions } from './input.ts';
import { endsMidSentence, outline, type Heading } from './outline.ts';
import { timelineCandidates, type Candidates, type TimelineCandidate, type Tracks } from './timeline.ts';

export { IngestError } from './input.ts';

export interface IngestInput {
  bytes: Uint8Array;
  /** The file's name as the editor gave it, for messages. */
  file: string;
  options: Partial<Record<keyof IngestOptions, string | undefined>>;
  /** The topics of content/topics.json, to file the draft under. */
  topics: Topic[];
  /** The story's timeline tracks and the words that choose each (src/lib/ingest/story.ts, from --story). */
  tracks: Tracks;
}

export interface OutputFile {
  /** Path from the project root. */
  path: string;
  content: Uint8Array | string;
}

export interface Ingested {
  slug: string;
  meta: SourceMeta;
  blocks: Block[];
  headings: Heading[];
  candidates: TimelineCandidate[];
  readings: Candidates['readings'];
  skipped: Candidates['skipped'];
  files: OutputFile[];
}

const issues = (
  file: string,
  input: unknown,
  result: { success: boolean; error?: Parameters<typeof describeIssues>[1] },
) => (result.success || !result.error ? [] : describeIssues(file, result.error, input).split('\n'));

/**
 * What the timeline schema says of a candidate, but its track: that is one of the story's tracks
 * (from --story), which the schema, made for one story's tracks, does not know.
 */
function candidateIssues(file: string, candidate: TimelineCandidate, tracks: Tracks): string[] {
  const result = timelineEventSchema.safeParse(candidate);
  const others = result.success ? [] : result.error.issues.filter((issue) => issue.path[0] !== 'track');
  const problems = others.length ? issues(file, candidate, { success: false, error: new z.ZodError(others) }) : [];
  const allowed = [...tracks.rules.map((r) => r.id), tracks.fallback];
  if (!allowed.includes(candidate.track))
    problems.push(
      `${file}: track: expected one of the story's tracks (${allowed.join(', ')}), found "${candidate.track}"`,
    );
  return problems;
}

export function ingest(input: IngestInput): Ingested {
  const options = checkOptions(input.options);
  const raw = decodeDocument(input.bytes, input.file);
  if (input.topics.length === 0)
    throw new IngestError('content/topics.json: expected at least one topic to file the draft under');
  const { headline, body } = sourceParts(raw);
  const slug = options.slug ?? slugFor(headline);
  const { structure, headings } = outline(body);
  let blocks: Block[];
  try {
    blocks = splitPassages(body, structure);
  } catch (e) {
    // The outline is made to fit the text; if the loader's reading disagrees, that is a bug here, not the editor's.
    if (e instanceof StructureError)
      throw new Error(`ingest: the outline does not fit the text (${e.field}: ${e.message})`);
    throw e;
  }
  const excerpt = endsMidSentence(body);
  const meta: SourceMeta = {
    file: `${slug}.txt`,
    headline,
    publisher: options.publisher,
    published: options.published,
    url: options.url,
    language: 'en',
    excerpt,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    structure,
  };
  const {
    events: candidates,
    readings,
    skipped,
  } = timelineCandidates(blocks, {
    source: slug,
    published: options.published,
    tracks: input.tracks,
  });
  // What is written must load: a file the build would reject is an error here, before anything is written.
  const problems = [
    ...issues(`content/sources/${slug}.json`, meta, sourceMetaSchema.safeParse(meta)),
    ...candidates.flatMap((c, i) => candidateIssues(`content/timeline/${slug}.json [${i}]`, c, input.tracks)),
  ];
  if (problems.length) throw new IngestError(`the files for this report would not load:\n${problems.join('\n')}`);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    slug,
    meta,
    blocks,
    headings,
    candidates,
    readings,
    skipped,
    files: [
      { path: `content/sources/${slug}.txt`, content: input.bytes },
      { path: `content/sources/${slug}.json`, content: json(meta) },
      {
        path: `content/articles/${slug}.mdx`,
        content: renderArticle({
          slug,
          headline,
          publisher: options.publisher,
          published: options.published,
          excerpt,
          blocks,
          topics: input.topics,
          ourBreaks: blocks.filter((b) => b.kind === 'paragraph').length > textBreaks(body, headings),
          recoveredHeadings: headings.filter((h) => h.found === 'flattened').length,
        }),
      },
      { path: `content/timeline/${slug}.json`, content: json(candidates) },
    ],
  };
}

/** How many paragraphs the text marks by itself (lines or blank lines), headings aside. */
function textBreaks(body: string, headings: Heading[]): number {
  return textParagraphs(body).filter(
    (p) => p.heading === undefined && !headings.some((h) => h.text === body.slice(p.start, p.end)),
  ).length;
}

const HOW_FOUND: Record<Heading['found'], string> = {
  markdown: 'a Markdown ## line',
  line: 'a short title-case line of its own',
  flattened: 'inside the running text, before a sentence',
};

export interface Written {
  /** The file where the command keeps the SHA-256 of what it wrote. */
  record?: string;
  /** The story file, and the lists the slug was added to (none when it listed the slug already). */
  story?: { file: string; added: readonly string[] };
}

const listWords = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');

/** What was written and what an editor does next, as printed by the command. */
export function describe(result: Ingested, { record, story }: Written = {}): string {
  const { slug, meta, blocks, headings, candidates, readings, skipped } = result;
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const sentences = paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  const [txt, metaFile, article, timeline] = result.files.map((f) => f.path) as [string, string, string, string];
  const width = Math.max(...[...result.files.map((f) => f.path), record ?? '', story?.file ?? ''].map((p) => p.length));
  const row = (path: string, what: string) => `  ${path.padEnd(width)}  ${what}`;
  const lines = [
    `Ingested “${meta.headline}” (${meta.publisher}, ${formatCalendarDate(meta.published)}) as ${slug}.`,
    '',
    'Wrote:',
    row(
      txt,
      `the report as received (${(result.files[0]!.content as Uint8Array).length} bytes, SHA-256 ${meta.sha256.slice(0, 12)}…)`,
    ),
    row(
      metaFile,
      `its metadata: ${paragraphs.length} paragraph(s), ${sentences} sentences, ${headings.length} sub-heading(s)${meta.excerpt ? ', an excerpt (it stops mid-sentence)' : ''}`,
    ),
    row(article, 'a draft report article (draft: true)'),
    row(timeline, `${candidates.length} timeline candidate(s) (draft: true)`),
    ...(record ? [row(record, 'the SHA-256 of each, so --force replaces only what nobody has edited since')] : []),
    ...(story
      ? [
          row(
            story.file,
            story.added.length
              ? `"${slug}" added to its ${listWords(story.added)}`
              : `unchanged: it lists "${slug}" already`,
          ),
        ]
      : []),
    '',
    headings.length ? 'Sub-headings recovered:' : 'Sub-headings recovered: none',
    ...headings.map((h) => `  - ${h.text} (${HOW_FOUND[h.found]})`),
    '',
    candidates.length
      ? 'Timeline candidates (check each against its sentence):'
      : 'Timeline candidates: no sentence carries a date',
    ...candidates.flatMap((c, i) => [
      `  ${c.provenance.passage.padEnd(4)} ${c.date.padEnd(10)}  ${c.track.padEnd(10)}  ${c.kind.padEnd(11)}  ${c.actors.join(', ')}`,
      `       ${readings[i]!.how}`,
      ...(c.dateNote ? [`       note for readers: ${c.dateNote}`] : []),
    ]),
    ...(skipped.length
      ? ['', 'Sentences with a date but no candidate:', ...skipped.map((s) => `  ${s.passage.padEnd(4)} ${s.reason}`)]
      : []),
    '',
    'Next, as an editor:',
    `  1. npm run dev, then open /sources/${slug}/ and /articles/${slug}/ (drafts show only in the dev server).`,
    `  2. Check the paragraphs and sub-headings; to break the text elsewhere, edit "structure" in ${metaFile}`,
    '     (never the .txt: its SHA-256 is pinned).',
    `  3. Edit ${article}: title, dek, description, topics, published. Its body is <SourceText />, the whole`,
    '     report as received; to write around quotations instead, use <Cite passage="p1" block /> and the like.',
    `  4. In ${timeline}, write each headline and summary in our words, check date, track, kind and actors,`,
    '     delete what is not an event, and set "draft": false on those to show.',
    '  5. After each edit, npm run check:content lists every problem left in a second or two.',
    `  6. Publish: set draft: false in ${article}, run npm run citations, then npm test, and commit.`,
  ];
  return lines.join('\n');
}
