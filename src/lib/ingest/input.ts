/**
 * What `npm run ingest` accepts: a news report as UTF-8 text and the facts an editor gives about it.
 * Pure: takes bytes and option strings, returns checked values or throws an IngestError whose
 * message names the problem and what was expected.
 */
import { segmentSentences, slugify, sourceParts } from '../passages.ts';
import { sourceMetaSchema } from '../schemas.ts';

export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

/** 1 MB: a news report is a few kilobytes; anything near this is the wrong file. */
export const MAX_BYTES = 1024 * 1024;
/** Longer than this, line 1 is a paragraph, not a headline. */
const MAX_HEADLINE = 200;
/**
 * A slug names four files and an address. File systems refuse names over 255 bytes, and
 * "content/.ingest-<slug>.lock" must fit too; nobody reads an address longer than this.
 */
export const MAX_SLUG = 80;

/** The text of a report file, exactly as received, after checking it is a readable report. */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_BYTES) {
    throw new IngestError(
      `${file}: the file is ${bytes.length.toLocaleString('en')} bytes; expected a news report of at most 1 MB (${MAX_BYTES.toLocaleString('en')} bytes)`,
    );
  }
  // NUL and most C0 control bytes never occur in text; tab, line feed, form feed and carriage return do.
  const control = bytes.findIndex((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d);
  if (control !== -1) {
    throw new IngestError(
      `${file}: byte ${control} is a control character (0x${bytes[control]!.toString(16).padStart(2, '0')}): this looks like a binary file; expected plain text or Markdown`,
    );
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError(
      `${file}: the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); expected UTF-8 text: convert it, e.g. with iconv -f windows-1252 -t utf-8`,
    );
  }
  if (raw.replace(/^\uFEFF/, '').trim() === '') {
    throw new IngestError(`${file}: the file is empty; expected a headline on line 1 and the report below it`);
  }
  const { headline, body } = sourceParts(raw);
  const firstLine = raw
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]!
    .trim();
  if (headline === '') {
    throw new IngestError(
      firstLine.startsWith('#')
        ? `${file}: line 1 is "${firstLine}", not a headline; expected a Markdown "# " headline on line 1`
        : `${file}: line 1 is blank: no headline; expected the headline on line 1 (a Markdown "# " line or plain text)`,
    );
  }
  if (/^#{2,}\s/.test(firstLine)) {
    throw new IngestError(
      `${file}: line 1 is a sub-heading ("${firstLine}"), not a headline; expected a Markdown "# " headline on line 1`,
    );
  }
  if (headline.length > MAX_HEADLINE || segmentSentences(headline).length > 1) {
    throw new IngestError(
      `${file}: line 1 reads like a paragraph (${headline.length} characters, ${segmentSentences(headline).length} sentence(s)), not a headline; expected the headline alone on line 1`,
    );
  }
  if (headline.length < 5) {
    throw new IngestError(`${file}: the headline "${headline}" is too short; expected at least 5 characters on line 1`);
  }
  if (body.trim() === '') {
    throw new IngestError(`${file}: there is a headline but no report below it; expected the text after line 1`);
  }
  return raw;
}

export interface IngestOptions {
  publisher: string;
  /** YYYY-MM-DD. */
  published: string;
  url: string;
  slug?: string | undefined;
}

const fields = sourceMetaSchema.shape;

/** The editor's options, checked with the same schema the source loader uses. */
export function checkOptions(options: Partial<Record<keyof IngestOptions, string | undefined>>): IngestOptions {
  const problems: string[] = [];
  const need = (name: 'publisher' | 'published' | 'url', expected: string) => {
    const value = options[name];
    if (value === undefined || value.trim() === '') {
      problems.push(`--${name}: missing; expected ${expected}`);
      return '';
    }
    const parsed = fields[name].safeParse(value.trim());
    if (!parsed.success) {
      problems.push(`--${name}: "${value}" is not valid; ${parsed.error.issues[0]?.message ?? `expected ${expected}`}`);
    }
    return value.trim();
  };
  const publisher = need('publisher', 'who published the report, e.g. --publisher "The Times of Central Asia"');
  const published = need('published', 'the publication date as YYYY-MM-DD, e.g. --published 2025-10-13');
  const url = need('url', "the original report's https address, e.g. --url https://timesca.com/?p=37371");
  if (publisher.length > 100) problems.push(`--publisher: expected at most 100 characters, found ${publisher.length}`);
  const slug = options.slug;
  if (slug !== undefined && slug.length > MAX_SLUG) {
    problems.push(
      `--slug: ${slug.length} characters is too long; expected at most ${MAX_SLUG} (it names files and the page's address), such as "gaza-talks"`,
    );
  } else if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.push(`--slug: "${slug}" is not valid; expected lower-case words joined by hyphens, such as "gaza-talks"`);
  }
  if (problems.length) throw new IngestError(problems.join('\n'));
  return { publisher, published, url, slug };
}

/** The slug a headline gives: its words, cut at a word boundary to keep addresses readable. */
export function slugFor(headline: string, max = 60): string {
  const slug = slugify(headline);
  if (slug.length <= max) return slug || 'report';
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-')) || slug.slice(0, max);
}
