/**
 * `npm run ingest` as an editor runs it, into a temporary copy of content/ (--root), never the real one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { indexPassages, sourceParts, splitPassages } from '../../src/lib/passages';
import { sourceMetaSchema, timelineEventSchema } from '../../src/lib/schemas';
import { ingest, listing, project, read, removeProjects, write } from '../fixtures/ingest-project';
import { OUR_SOURCE_OPTIONS } from '../fixtures/our-source';

const SOURCE = 'content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt';
const OPTIONS = OUR_SOURCE_OPTIONS;
const source = readFileSync(SOURCE, 'utf8');
const siteMeta = JSON.parse(readFileSync(SOURCE.replace(/\.txt$/, '.json'), 'utf8'));
const siteBlocks = splitPassages(sourceParts(source).body, siteMeta.structure);
const siteSentences = indexPassages(siteBlocks);

afterAll(removeProjects);
// Each case runs the command once or more (about a second each; far more on a machine busy with builds).
vi.setConfig({ testTimeout: 120_000 });

describe('ingesting our own source document', () => {
  const root = project();
  const run = ingest(root, [SOURCE, ...OPTIONS, '--slug', 'our-report']);
  const meta = JSON.parse(read(root, 'content/sources/our-report.json'));
  const timeline = JSON.parse(read(root, 'content/timeline/our-report.json'));

  it('succeeds and says what it wrote and what to do next', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const file of [
      'sources/our-report.txt',
      'sources/our-report.json',
      'articles/our-report.mdx',
      'timeline/our-report.json',
    ]) {
      expect(run.stdout).toContain(`content/${file}`);
    }
    expect(run.stdout).toContain('A Delicate Diplomatic Position (inside the running text');
    expect(run.stdout).toMatch(/Next, as an editor:[\s\S]*draft: false/);
  });

  it('copies the document byte for byte, and its metadata pins that copy', () => {
    expect(readFileSync(path.join(root, 'content/sources/our-report.txt'))).toEqual(readFileSync(SOURCE));
    expect(sourceMetaSchema.parse(meta)).toMatchObject({
      sha256: siteMeta.sha256,
      excerpt: true,
      headline: siteMeta.headline,
    });
  });

  it('writes timeline candidates the schema accepts, all drafts, with the dates the report gives', () => {
    for (const event of timeline) expect(timelineEventSchema.parse(event).draft).toBe(true);
    expect(timeline.map((e: { date: string }) => e.date)).toEqual(
      expect.arrayContaining([
        '1992',
        '2023-10',
        '2023',
        '2023-11',
        '2025-09-30',
        '2025-10-09',
        '2025-10-13',
        '2025-10-15',
      ]),
    );
  });

  it('writes JSON that passes the project’s Prettier check', async () => {
    for (const file of [
      'content/sources/our-report.json',
      'content/timeline/our-report.json',
      'content/ingested/our-report.json',
    ]) {
      const config = await prettier.resolveConfig(file);
      expect(await prettier.check(read(root, file), { ...config, plugins: [], filepath: file })).toBe(true);
    }
  });

  it('gives byte-identical output for the same input', () => {
    const again = project();
    ingest(again, [SOURCE, ...OPTIONS, '--slug', 'our-report']);
    const ours = (r: string) => Object.entries(listing(r)).filter(([f]) => f.includes('our-report'));
    expect(ours(again)).toEqual(ours(root));
    // The four files and the record of what ingest wrote.
    expect(ours(root).map(([f]) => f)).toContain('content/ingested/our-report.json');
    expect(ours(root)).toHaveLength(5);
  });

  it('refuses a slug that exists, leaving every file as it was, and replaces it with --force', () => {
    const before = listing(root);
    const refused = ingest(root, [SOURCE, ...OPTIONS, '--slug', 'our-report']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/"our-report" is taken:\n.*our-report\.txt \(as ingest wrote it, unedited\)/);
    expect(refused.stderr).toContain('pass --force to replace them');
    expect(listing(root)).toEqual(before);
    expect(ingest(root, [SOURCE, ...OPTIONS, '--slug', 'our-report', '--force']).status).toBe(0);
    expect(listing(root)).toEqual(before);
  });
});

/** Our source rewritten with its own structure: the site's paragraphs, and the heading on its own line. */
function restructured(style: 'lines' | 'blank-lines' | 'markdown', newline: '\n' | '\r\n'): string {
  const gap = style === 'lines' ? newline : newline + newline;
  const headline = style === 'markdown' ? `# ${siteMeta.headline}` : siteMeta.headline;
  const parts = siteBlocks.map((b) => (b.kind === 'heading' && style === 'markdown' ? `## ${b.text}` : b.text));
  return `${headline}${style === 'lines' ? newline : gap}${parts.join(gap)}${newline}`;
}

describe('ingesting the same report in other shapes', () => {
  it.each([
    ['flattened, CRLF', source.replaceAll('\n', '\r\n'), 2, 'flattened'],
    ['a paragraph a line', restructured('lines', '\n'), 13, 'line'],
    ['blank-line paragraphs, CRLF', restructured('blank-lines', '\r\n'), 13, 'line'],
    ['Markdown with ##', restructured('markdown', '\n'), 13, 'markdown'],
    ['Markdown with ##, CRLF', restructured('markdown', '\r\n'), 13, 'markdown'],
  ])('%s', (_, text, paragraphs, found) => {
    const root = project();
    const file = write(root, 'report.txt', text);
    const run = ingest(root, [file, ...OPTIONS, '--slug', 'variant']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      `A Delicate Diplomatic Position (${found === 'markdown' ? 'a Markdown ## line' : found === 'line' ? 'a short title-case line' : 'inside the running text'}`,
    );
    // Read back as the source loader reads it: the metadata's structure applied to the file's body.
    const raw = read(root, 'content/sources/variant.txt');
    expect(raw).toBe(text);
    const meta = sourceMetaSchema.parse(JSON.parse(read(root, 'content/sources/variant.json')));
    const { headline, body } = sourceParts(raw);
    expect(headline).toBe(meta.headline);
    const blocks = splitPassages(body, meta.structure);
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(paragraphs);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['A Delicate Diplomatic Position']);
    // Every sentence has the words, and the id, it has on the site.
    const sentences = indexPassages(blocks);
    for (let n = 1; n <= 26; n++) expect(sentences.get(`s${n}`)?.text).toBe(siteSentences.get(`s${n}`)?.text);
    const dates = JSON.parse(read(root, 'content/timeline/variant.json')).map((e: { date: string }) => e.date);
    expect(dates).toEqual(
      expect.arrayContaining(['1992', '2023-10', '2023', '2023-11', '2025-09-30', '2025-10-09', '2025-10-13']),
    );
  });

  it.each([
    ['straight quotes', 'Astana\'s "new" role'],
    ['curly quotes', 'Astana’s “new” role'],
  ])('keeps %s exactly, in the text and in a sub-heading', (_, heading) => {
    const root = project();
    const sentence = `Tokayev called it a ${heading.includes('"') ? '"bridge,"' : '“bridge,”'} on October 9.`;
    const file = write(
      root,
      'report.md',
      `# Kazakhstan and the Ceasefire\n\n## ${heading}\n\nThe envoys met. ${sentence}\n`,
    );
    expect(ingest(root, [file, ...OPTIONS, '--slug', 'quotes']).status).toBe(0);
    expect(JSON.parse(read(root, 'content/sources/quotes.json')).structure.headings).toEqual([heading]);
    // The draft renders the source itself (<SourceText />): no word of it is typed into the MDX.
    expect(read(root, 'content/articles/quotes.mdx')).not.toContain('bridge');
    const [event] = JSON.parse(read(root, 'content/timeline/quotes.json'));
    expect(event.provenance.quote).toBe(sentence);
  });
});

describe('bad input: a clear message, a non-zero exit, nothing written', () => {
  const root = project();
  const existing = ingest(root, [SOURCE, ...OPTIONS, '--slug', 'taken']);
  mkdirSync(path.join(root, 'folder'));
  const files = {
    empty: write(root, 'empty.txt', ''),
    binary: write(root, 'image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    latin1: write(root, 'latin1.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x0a, ...Buffer.from('Body.')])),
    huge: write(root, 'huge.txt', `Headline here\n${'word '.repeat(220_000)}`),
    noHeadline: write(root, 'no-headline.txt', '\nThe report starts on line 2.\n'),
    good: write(root, 'good.txt', 'A Good Headline\nOn Monday, it happened.\n'),
    fifo: path.join(root, 'fifo'),
  };
  spawnSync('mkfifo', [files.fifo]);
  const cases: [string, string[], RegExp][] = [
    ['an empty file', [files.empty, ...OPTIONS], /empty\.txt: the file is empty/],
    ['binary data', [files.binary, ...OPTIONS], /image\.png: .*binary file/],
    ['text that is not UTF-8', [files.latin1, ...OPTIONS], /latin1\.txt: the file is not valid UTF-8/],
    ['a file over 1 MB', [files.huge, ...OPTIONS], /huge\.txt: the file is 1,100,014 bytes; expected .* at most 1 MB/],
    ['no headline', [files.noHeadline, ...OPTIONS], /no-headline\.txt: line 1 is blank: no headline/],
    [
      'a missing --published',
      [files.good, ...OPTIONS.slice(0, 2), ...OPTIONS.slice(4)],
      /--published: missing; expected the publication date as YYYY-MM-DD/,
    ],
    [
      'an invalid --published',
      [files.good, ...OPTIONS.slice(0, 3), '2025-13-01', ...OPTIONS.slice(4)],
      /--published: "2025-13-01" is not valid/,
    ],
    ['an existing slug without --force', [files.good, ...OPTIONS, '--slug', 'taken'], /--slug: "taken" is taken/],
    ['a path that does not exist', [path.join(root, 'missing.txt'), ...OPTIONS], /missing\.txt: no such file/],
    ['a folder instead of a file', [path.join(root, 'folder'), ...OPTIONS], /folder: is a folder/],
    [
      'a device that never ends',
      ['/dev/zero', ...OPTIONS],
      /\/dev\/zero: is a device; expected the path of a report file/,
    ],
    ['a named pipe, which would wait for a writer', [files.fifo, ...OPTIONS], /fifo: is a named pipe \(FIFO\)/],
    [
      'a 251-character slug',
      [files.good, ...OPTIONS, '--slug', 'a'.repeat(251)],
      /--slug: 251 characters is too long; expected at most 80/,
    ],
    ['an unknown option', [files.good, ...OPTIONS, '--publsher', 'x'], /Unknown option '--publsher'/],
  ];

  it('(the slug "taken" exists)', () => expect(existing.status).toBe(0));

  it.each(cases)('%s', (_, args, message) => {
    const before = listing(root);
    const run = ingest(root, args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Nothing was written.');
    expect(run.stdout).toBe('');
    expect(listing(root)).toEqual(before);
  });

  it('undoes the files already in place when a later one cannot be written', () => {
    const broken = project();
    // content/timeline is made a file, so the last of the four files cannot be written.
    rmSync(path.join(broken, 'content/timeline'), { recursive: true, force: true });
    writeFileSync(path.join(broken, 'content/timeline'), '');
    const before = listing(broken);
    const run = ingest(broken, [files.good, ...OPTIONS, '--slug', 'half']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/timeline.*cannot be written/);
    expect(listing(broken)).toEqual(before);
    expect(existsSync(path.join(broken, 'content/sources/half.txt'))).toBe(false);
  });
});
