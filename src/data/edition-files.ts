/**
 * Reads an edition's files from disk (content/translations/<lang>/, content/articles/<lang>/) and the English
 * content they translate, for src/lib/edition-content.ts to check. Plain Node (no astro:content), so the unit
 * tests, a script and the build all read the same thing the same way; the build's own loaders have already
 * refused a malformed English file, a changed source text or a repeated id by the time this runs there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { EditionFile, EditionFiles, EnglishContent } from '../lib/edition-content.ts';
import { parseJsonText } from '../lib/json-text.ts';
import { sourceParts, splitPassages } from '../lib/passages.ts';
import {
  articleSchema,
  contextFactSchema,
  describeIssues,
  sourceMetaSchema,
  storySchema,
  timelineEventSchema,
  topicSchema,
} from '../lib/schemas.ts';
import type { ArticleForParity } from '../lib/translated-articles.ts';

const jsonFile = (root: string, file: string): EditionFile => ({
  file,
  json: parseJsonText(readFileSync(path.join(root, file), 'utf8'), file),
});

const jsonFiles = (root: string, dir: string) =>
  existsSync(path.join(root, dir))
    ? readdirSync(path.join(root, dir))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];

/** An MDX file's frontmatter (unchecked), its body and the line the body starts on. */
function readMdx(root: string, file: string): { frontmatter: unknown; body: string; firstLine: number } {
  const text = readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n');
  const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 3) : -1;
  if (end === -1) return { frontmatter: undefined, body: text, firstLine: 1 };
  return {
    frontmatter: parseYaml(text.slice(4, end)),
    body: text.slice(end + 5),
    firstLine: text.slice(0, end + 5).split('\n').length,
  };
}

function article(root: string, file: string, lang?: string): ArticleForParity & { problems: string[] } {
  const { frontmatter, body, firstLine } = readMdx(root, file);
  const id = path.basename(file, '.mdx');
  const parsed = articleSchema.safeParse(frontmatter);
  const problems = parsed.success ? [] : describeIssues(file, parsed.error).split('\n');
  const data = parsed.success ? parsed.data : undefined;
  if (data && lang && data.lang !== lang) {
    problems.push(
      `${file}: lang: expected "${lang}", the language of the folder it is in, found ${data.lang ? `"${data.lang}"` : 'none'}`,
    );
  }
  return {
    file,
    id,
    body,
    firstLine,
    format: data?.format ?? '',
    sources: data?.sources ?? [],
    topics: data?.topics ?? [],
    translationOf: data?.translationOf,
    prose: data && { title: data.title, dek: data.dek, description: data.description },
    problems,
  };
}

/** The edition's translation files and articles, as they are on disk. */
export function readEditionFiles(lang: string, root = '.'): EditionFiles {
  const dir = `content/translations/${lang}`;
  const optional = (name: string) =>
    existsSync(path.join(root, dir, name)) ? jsonFile(root, `${dir}/${name}`) : undefined;
  const named = new Set(['timeline.json', 'context.json', 'topics.json', 'stories.json']);
  const articles = `content/articles/${lang}`;
  return {
    lang,
    sources: jsonFiles(root, dir)
      .filter((f) => !named.has(path.basename(f)))
      .map((f) => jsonFile(root, f)),
    timeline: optional('timeline.json'),
    context: optional('context.json'),
    topics: optional('topics.json'),
    stories: optional('stories.json'),
    articles: existsSync(path.join(root, articles))
      ? readdirSync(path.join(root, articles))
          .filter((f) => f.endsWith('.mdx'))
          .sort()
          .map((f) => article(root, `${articles}/${f}`, lang))
      : [],
  };
}

/** The English content an edition translates, read from content/ (every entry through its schema). */
export function readEnglishContent(root = '.'): EnglishContent {
  const json = (file: string) => jsonFile(root, file).json;
  const sources = jsonFiles(root, 'content/sources').map((file) => {
    const meta = sourceMetaSchema.parse(json(file));
    const { headline, body } = sourceParts(readFileSync(path.join(root, 'content/sources', meta.file), 'utf8'));
    return {
      id: path.basename(file, '.json'),
      sha256: meta.sha256,
      headline,
      blocks: splitPassages(body, meta.structure, meta.language),
    };
  });
  const articles = readdirSync(path.join(root, 'content/articles'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => article(root, `content/articles/${f}`));
  return {
    sources,
    articles: new Map(articles.map((a) => [a.id, a])),
    events: jsonFiles(root, 'content/timeline').flatMap((file) =>
      (json(file) as unknown[]).map((e) => timelineEventSchema.parse(e)),
    ),
    facts: (json('content/context/facts.json') as unknown[]).map((f) => contextFactSchema.parse(f)),
    topics: (json('content/topics.json') as unknown[]).map((t) => topicSchema.parse(t)),
    stories: jsonFiles(root, 'content/stories').map((file) => ({
      id: path.basename(file, '.json'),
      data: storySchema.parse(json(file)),
    })),
  };
}
