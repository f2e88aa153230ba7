/**
 * Loads content/articles/: astro/loaders' glob(), after checks that glob() does not make. It only warns
 * when two files give the same id ("Key-Facts.mdx" beside "key-facts.mdx", or a name with spaces) and
 * keeps one of them, so a copy silently replaced a published article. Here every article file must be
 * named in the slug form its address takes, so no two can share an id; and a character that feeds cannot
 * carry (NUL, form feed…) is refused with the file, line and field, before anything is parsed.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { forbiddenIn, visible } from '../lib/characters.ts';
import { frontmatterProblems } from '../lib/content-files.ts';
import { articleFileProblem } from '../lib/content-ids.ts';
import { lineColumn } from '../lib/json-text.ts';

/** The frontmatter field a line of the file belongs to, or "body" past the frontmatter. */
export function fieldAtLine(text: string, line: number): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return 'body';
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1 || line > end + 1) return 'body';
  for (let i = line - 1; i > 0; i--) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]!);
    if (key) return key[1]!;
  }
  return 'frontmatter';
}

/** Every problem with the files in `dir` that would make glob() drop, merge or mis-read an article. */
export async function articleFileErrors(dir: string, shown: string): Promise<string[]> {
  const errors: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const file = `${shown}/${relative}`;
    const problem = articleFileProblem(relative);
    if (problem) {
      errors.push(`${visible(file)}: ${problem}`);
      continue;
    }
    if (!relative.endsWith('.mdx')) continue;
    const text = await readFile(path.join(dir, relative), 'utf8');
    for (const { index, name } of forbiddenIn(text)) {
      const { line, column } = lineColumn(text, index);
      errors.push(
        `${file}:${line}:${column}: ${fieldAtLine(text, line)}: contains ${name}, a control character that feeds cannot carry; delete it`,
      );
    }
  }
  return errors;
}

/**
 * `pattern` '*.mdx' (the default) loads the first edition's articles; '*\/*.mdx' loads the other editions'
 * (content/articles/ru/…), whose ids keep their folder ("ru/<id>"), so no edition's article can take an
 * English one's id, and English lists and feeds never see them.
 */
export function articleLoader({ base, pattern = '*.mdx' }: { base: string; pattern?: string }): Loader {
  // The id is the file's path without .mdx, which articleFileErrors has checked is already in slug form.
  const inner = glob({ base, pattern, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'multivector-article-loader',
    async load(context) {
      const root = new URL('.', context.config.root).pathname;
      const errors = await articleFileErrors(path.resolve(root, base), path.normalize(base).replace(/^\.\//, ''));
      if (errors.length) throw new Error(`Article files:\n${errors.join('\n')}`);
      await inner.load({
        ...context,
        // Escapes in YAML ("\f" in a double-quoted value) make control characters the raw text does not show.
        // The frontmatter checked as npm run check:content checks it (src/lib/content-files.ts): every
        // problem at once, each with its line and what was found, before Astro's own parse.
        parseData: async (props) => {
          const file = path.relative(root, props.filePath ?? props.id);
          const text = await readFile(path.resolve(root, file), 'utf8').catch(() => '');
          const problems = frontmatterProblems(file, text, props.data);
          if (problems.length) throw new Error(visible(problems.join('\n')));
          return context.parseData(props);
        },
      });
    },
  };
}
