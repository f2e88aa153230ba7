/**
 * `npm run citations`: records in content/citations.lock.json the words every <Cite> of a published
 * article shows, so that the build fails if a later change (a paragraph opening added to a source's
 * `structure`, say) makes a citation show other words (see src/lib/citation-lock.ts).
 *
 *   npm run citations               records new citations, forgets removed ones; refuses changed ones
 *   npm run citations -- --accept   also records the new words of citations whose words changed
 *
 * It reads the sources and articles as the build does, with the same functions (src/lib/), but skips
 * the build's other checks: run `npm run build` for those.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from 'astro/markdown';
import {
  bodyStartLine,
  citationsOf,
  LOCK_FILE,
  lockText,
  parseLock,
  passageTexts,
  updateLock,
  type CitationLock,
} from '../src/lib/citation-lock.ts';
import { parseJsonText } from '../src/lib/json-text.ts';
import { sourceParts, splitPassages } from '../src/lib/passages.ts';

const { values } = parseArgs({ options: { accept: { type: 'boolean', default: false } } });
const root = process.cwd();
const SOURCES = 'content/sources';
const ARTICLES = 'content/articles';

try {
  const sources = readdirSync(path.join(root, SOURCES))
    .filter((f) => f.endsWith('.json'))
    .map((name) => {
      const file = `${SOURCES}/${name}`;
      const meta = parseJsonText(readFileSync(path.join(root, file), 'utf8'), file) as {
        file: string;
        language: string;
        structure: { paragraphs: string[]; headings?: string[] };
      };
      const { body } = sourceParts(readFileSync(path.join(root, SOURCES, meta.file), 'utf8'));
      return {
        id: name.replace(/\.json$/, ''),
        data: {
          blocks: splitPassages(
            body,
            { paragraphs: meta.structure.paragraphs, headings: meta.structure.headings ?? [] },
            meta.language,
          ),
        },
      };
    });
  const citations = readdirSync(path.join(root, ARTICLES))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const file = `${ARTICLES}/${name}`;
      const raw = readFileSync(path.join(root, file), 'utf8');
      const { frontmatter, content } = parseFrontmatter(raw);
      if (frontmatter['draft'] === true) return [];
      const body = content.trim();
      const sources = Array.isArray(frontmatter['sources']) ? frontmatter['sources'].map(String) : [];
      return citationsOf({ id: name.replace(/\.mdx$/, ''), file, sources, body, firstLine: bodyStartLine(raw, body) });
    });
  const lockPath = path.join(root, LOCK_FILE);
  const before: CitationLock = existsSync(lockPath)
    ? parseLock(parseJsonText(readFileSync(lockPath, 'utf8'), LOCK_FILE))
    : {};
  const { lock, added, changed, removed } = updateLock(citations, passageTexts(sources), before, values.accept);
  writeFileSync(lockPath, lockText(lock));
  const list = (title: string, lines: string[]) => lines.length && console.log(`${title}:\n  ${lines.join('\n  ')}`);
  list('Recorded', added);
  list('Forgotten (no article cites them now)', removed);
  list(values.accept ? 'Accepted new words' : 'Changed words, NOT recorded', changed);
  if (changed.length && !values.accept) {
    console.error(
      `\n${changed.length} citation(s) now show other words than when they were written. Fix each article ` +
        `(\`npm run build\` says which passage shows the recorded words now), or run \`npm run citations -- --accept\` ` +
        `if the articles should quote the new words.`,
    );
    process.exit(1);
  }
  console.log(`${LOCK_FILE}: ${citations.length} citation(s) of published articles, all recorded.`);
} catch (e) {
  console.error(`${(e as Error).message}\nRun \`npm run build\` for every check with its message.`);
  process.exit(1);
}
