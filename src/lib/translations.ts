/**
 * Our translations, tied to what they translate. A source document stays in its own language, word for
 * word; content/translations/<lang>/<source-id>.json holds our translation of each of its passages, keyed by
 * passage id, each beside the original words it was made from, with the SHA-256 of the text they come from.
 * The checks here fail, naming the file and the passage, when the source has changed since, when a
 * passage a page shows has no translation, when an id is not the source's, or when a translation gives
 * other numbers than its original (a year it did not give, a figure it dropped). The same kind of check
 * holds the translations of the timeline, the context facts, the topics and the stories to their entries.
 *
 * Pure: parsed JSON and the source's passages in, messages out.
 */
import { z } from 'astro/zod';
import { indexPassages, type Block } from './passages.ts';
import { describeIssues } from './schemas.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}` });

/** One passage: the words it was made from, our translation, and the translation of phrases articles quote. */
export const passageTranslationSchema = z
  .object({
    /** The passage's words in the source, exactly: what the translation was made from. */
    original: text('the passage’s words in the source, exactly'),
    /** Our translation of the whole passage. */
    translation: text('our translation of the passage'),
    /**
     * Phrases of the passage that an article quotes (`<Cite passage="s6" words="a cornerstone" />`), each
     * with its translation, which must occur in `translation` so a reader who opens the passage finds it.
     */
    phrases: z.record(z.string().min(1), text('the phrase’s translation')).default({}),
  })
  .strict();

export const sourceTranslationSchema = z
  .object({
    /** The source's id (content/sources/<id>.json); the file is named for it. */
    source: z.string().regex(ID, { error: 'expected the id of a source document' }),
    /** The SHA-256 of the source's text file the translation was made from. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "expected the 64 hex digits of the source's SHA-256" }),
    /** The language translated into, the folder's name. */
    language: z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language subtag such as "ru"' }),
    /** Who translated it: shown beside every translated passage, so a reader knows the words are ours. */
    translatedBy: text('who translated it'),
    /** The headline, translated. */
    headline: passageTranslationSchema.omit({ phrases: true }),
    /**
     * Sentences (s1…) and sub-headings (their ids) by id. Paragraphs are not listed: a paragraph's
     * translation is its sentences', so a new paragraph break in the source changes none of them.
     */
    passages: z.record(z.string(), passageTranslationSchema),
  })
  .strict();

export type SourceTranslation = z.infer<typeof sourceTranslationSchema>;

/** What the checks need of a source document. */
export interface SourceForTranslation {
  id: string;
  sha256: string;
  headline: string;
  blocks: Block[];
}

/** A passage a page shows in translation: a <Cite> (with its words), a marker's popover, the source page. */
export interface NeededPassage {
  passage: string;
  /** The words a <Cite words="…"> quotes, which need a translation of their own. */
  words?: string | undefined;
  /** Who needs it, as a message names it: "content/articles/ru/x.mdx:24: <Cite passage=\"s6\">". */
  by: string;
}

/** A translated passage, as pages show it: the original, our translation, and the phrases quoted from it. */
export interface TranslatedPassage {
  id: string;
  kind: 'paragraph' | 'sentence' | 'heading';
  original: string;
  translation: string;
  phrases: Record<string, string>;
}

const quote = (s: string) => `"${s.length > 80 ? `${s.slice(0, 77)}…` : s}"`;

/**
 * The numbers a text gives, in order, written without grouping ("1,968" and "1 968" are 1968): what a
 * translation must give too, no more and no fewer, so it never adds a year or drops a figure.
 */
export function numbersOf(words: string): string[] {
  return [...words.matchAll(/\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g)].map((m) =>
    m[0].replace(/(?<=\d)[,\u00a0\u202f ](?=\d{3})/g, ''),
  );
}

const sortedNumbers = (words: string) => numbersOf(words).sort().join(', ');

/** The mark an excerpt ends on ("76..."): a translation of the last words ends on it too. */
const CUT_OFF = /(?:\.\.\.|…)$/;

/** Problems with one translated text beside its original: left untranslated, other numbers, a cut-off lost. */
function textProblems(at: string, original: string, translation: string): string[] {
  const errors: string[] = [];
  if (translation === original) {
    errors.push(`${at}: is the original word for word; expected our translation`);
  }
  if (sortedNumbers(original) !== sortedNumbers(translation)) {
    errors.push(
      `${at}: gives the numbers [${sortedNumbers(translation)}] where the original gives [${sortedNumbers(original)}]; expected the same numbers, no more and no fewer (a translation never adds a year or a figure the original does not give)`,
    );
  }
  const cut = CUT_OFF.exec(original);
  if (cut && !translation.endsWith(cut[0])) {
    errors.push(
      `${at}: the original stops mid-sentence, on "${cut[0]}"; expected the translation to stop there too, marked the same way`,
    );
  }
  return errors;
}

/** Reads a translation file's JSON, or says what is wrong with it, field by field. */
export function parseSourceTranslation(
  file: string,
  json: unknown,
): { translation?: SourceTranslation; errors: string[] } {
  const parsed = sourceTranslationSchema.safeParse(json);
  return parsed.success
    ? { translation: parsed.data, errors: [] }
    : { errors: describeIssues(file, parsed.error).split('\n') };
}

/**
 * Every reason a source's translation cannot be shown, one line each, naming the file, the passage and
 * what was expected. `complete` asks for every sentence and sub-heading (the translated source page shows
 * them all); `needed` lists what pages quote, so a message can name the article that needs a passage.
 */
export function checkSourceTranslation(
  file: string,
  translation: SourceTranslation,
  source: SourceForTranslation,
  { needed = [], complete = true }: { needed?: readonly NeededPassage[]; complete?: boolean } = {},
): string[] {
  const errors: string[] = [];
  const index = indexPassages(source.blocks);
  if (translation.source !== source.id) {
    errors.push(
      `${file}: source: expected "${source.id}", the source this file translates, found "${translation.source}"`,
    );
  }

  const changed: string[] = [];
  for (const [id, entry] of Object.entries(translation.passages)) {
    const at = `${file}: passages.${id}`;
    const passage = index.get(id);
    if (!passage) {
      errors.push(
        `${at}: no passage "${id}" in source "${source.id}"; expected a sentence (s1…) or sub-heading id shown on /sources/${source.id}/`,
      );
      continue;
    }
    if (passage.kind === 'paragraph') {
      const block = source.blocks.find((b) => b.id === id);
      const sentences = block?.kind === 'paragraph' ? block.sentences.map((s) => `"${s.id}"`).join(', ') : '';
      errors.push(
        `${at}: a paragraph is translated through its sentences, so that a new paragraph break changes no translation; expected ${sentences} instead`,
      );
      continue;
    }
    if (entry.original !== passage.text) {
      changed.push(id);
      errors.push(
        `${at}.original: the source's ${id} reads ${quote(passage.text)}, and this translation was made from ${quote(entry.original)}; translate ${id} again from the source and record its words`,
      );
      continue;
    }
    errors.push(...textProblems(`${at}.translation`, entry.original, entry.translation));
    for (const [words, translated] of Object.entries(entry.phrases)) {
      const phraseAt = `${at}.phrases[${JSON.stringify(words)}]`;
      if (!entry.original.includes(words)) {
        errors.push(`${phraseAt}: expected words that occur exactly in ${id} (${quote(entry.original)})`);
      } else if (!entry.translation.includes(translated)) {
        errors.push(
          `${phraseAt}: its translation "${translated}" is not in the translation of ${id}; expected the same words there, so that a reader who opens the passage finds what was quoted`,
        );
      } else {
        errors.push(...textProblems(phraseAt, words, translated));
      }
    }
  }

  if (translation.headline.original !== source.headline) {
    changed.push('headline');
    errors.push(
      `${file}: headline.original: the source's headline reads ${quote(source.headline)}, and this translation was made from ${quote(translation.headline.original)}`,
    );
  } else {
    errors.push(...textProblems(`${file}: headline.translation`, source.headline, translation.headline.translation));
  }

  if (translation.sha256 !== source.sha256) {
    errors.unshift(
      `${file}: sha256: translated from another text of source "${source.id}" (SHA-256 ${translation.sha256}); its text is now ${source.sha256}. ${
        changed.length
          ? `The words of ${changed.join(', ')} have changed (below): translate them again`
          : 'No translated passage’s words have changed'
      }, check the rest against the source, then record the new SHA-256 here`,
    );
  }

  // What pages need: a paragraph needs each of its sentences; quoted words need their own translation.
  const translated = (id: string) => id in translation.passages && !changed.includes(id);
  const reported = new Set<string>();
  for (const need of needed) {
    const passage = index.get(need.passage);
    if (!passage) continue; // the article's own checks name a passage the source lacks
    const block = source.blocks.find((b) => b.id === need.passage);
    const parts = block?.kind === 'paragraph' ? block.sentences.map((s) => s.id) : [need.passage];
    for (const id of parts.filter((p) => !translated(p))) {
      reported.add(id);
      errors.push(
        `${need.by}: ${need.passage === id ? id : `${need.passage} (its sentence ${id})`} has no translation in ${file}; expected "${id}": { "original": …, "translation": … } there`,
      );
    }
    if (need.words !== undefined && parts.every(translated)) {
      const has = parts.some((id) => need.words! in translation.passages[id]!.phrases);
      if (!has) {
        errors.push(
          `${need.by}: the words "${need.words}" have no translation in ${file}; expected "phrases": { "${need.words}": "…" } under ${parts.length === 1 ? `"${parts[0]}"` : `the sentence of ${need.passage} that holds them`}`,
        );
      }
    }
  }
  if (complete) {
    for (const [id, passage] of index) {
      if (passage.kind === 'paragraph' || id in translation.passages || reported.has(id)) continue;
      errors.push(
        `${file}: passages.${id}: no translation; expected "${id}": { "original": ${quote(passage.text)}, "translation": "…" } (the translated source page shows every passage)`,
      );
    }
  }
  return errors;
}

/**
 * Every passage of the source with its translation, paragraphs made of their sentences' (joined by a
 * space, as the source joins them), for pages to show. Untranslated passages are left out; the checks
 * above have already failed the build for any a page needs.
 */
export function translatedPassages(translation: SourceTranslation, blocks: Block[]): Map<string, TranslatedPassage> {
  const out = new Map<string, TranslatedPassage>();
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const entry = translation.passages[block.id];
      if (entry) out.set(block.id, { id: block.id, kind: 'heading', ...entry });
      continue;
    }
    const sentences = block.sentences.map((s) => ({ s, entry: translation.passages[s.id] }));
    for (const { s, entry } of sentences) if (entry) out.set(s.id, { id: s.id, kind: 'sentence', ...entry });
    if (sentences.every(({ entry }) => entry)) {
      out.set(block.id, {
        id: block.id,
        kind: 'paragraph',
        original: block.text,
        translation: sentences.map(({ entry }) => entry!.translation).join(' '),
        phrases: Object.assign({}, ...sentences.map(({ entry }) => entry!.phrases)),
      });
    }
  }
  return out;
}

/** The fields of one entry (a timeline event, a context fact, a topic) that are prose and shown: translated. */
export type EntryFields = Readonly<Record<string, string | undefined>>;

/** The limits a translated field keeps, as its English field's schema sets them. */
export type FieldLimits = Readonly<Record<string, { min?: number; max?: number }>>;

/**
 * Translations of entries keyed by id (content/translations/<lang>/timeline.json's "events", context.json's
 * "facts"…) against the entries themselves: every entry that is shown has one, with exactly the fields its
 * original has, each within the same limits and with the same numbers; no id that is not an entry's.
 * `what` names an entry in messages ("event"), `field` the key the entries sit under ("events").
 */
export function checkEntryTranslations(
  file: string,
  { what, field, limits = {} }: { what: string; field: string; limits?: FieldLimits },
  translated: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  originals: ReadonlyMap<string, EntryFields>,
): string[] {
  const errors: string[] = [];
  for (const [id, entry] of Object.entries(translated)) {
    const at = `${file}: ${field}.${id}`;
    const original = originals.get(id);
    if (!original) {
      errors.push(`${at}: no ${what} has the id "${id}"; expected the id of a published ${what}`);
      continue;
    }
    for (const [name, value] of Object.entries(entry)) {
      const english = original[name];
      if (english === undefined) {
        errors.push(
          `${at}.${name}: the ${what} has no ${name} to translate; expected only ${Object.keys(original)
            .filter((k) => original[k] !== undefined)
            .map((k) => `"${k}"`)
            .join(', ')}`,
        );
        continue;
      }
      if (typeof value !== 'string' || value.trim() === '') {
        errors.push(`${at}.${name}: expected our translation of ${quote(english)} (text)`);
        continue;
      }
      const limit = limits[name];
      if (limit?.min !== undefined && value.length < limit.min) {
        errors.push(`${at}.${name}: expected at least ${limit.min} characters, as the original's field has`);
      }
      if (limit?.max !== undefined && value.length > limit.max) {
        errors.push(
          `${at}.${name}: ${value.length} characters; expected at most ${limit.max}, the limit the original's field has`,
        );
      }
      errors.push(...textProblems(`${at}.${name}`, english, value));
    }
    for (const [name, english] of Object.entries(original)) {
      if (english !== undefined && !(name in entry)) {
        errors.push(`${at}.${name}: no translation; expected our translation of ${quote(english)}`);
      }
    }
  }
  for (const [id, original] of originals) {
    if (!(id in translated)) {
      const fields = Object.keys(original).filter((k) => original[k] !== undefined);
      errors.push(
        `${file}: ${field}.${id}: no translation of the ${what} "${id}"; expected { ${fields.map((f) => `"${f}": …`).join(', ')} }`,
      );
    }
  }
  return errors;
}

/** A file of entry translations: who translated them, and the entries under one key ("events", "facts"…). */
export const entryTranslationFileSchema = (field: string, extra: Record<string, z.ZodType> = {}) =>
  z
    .object({
      language: z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language subtag such as "ru"' }),
      translatedBy: text('who translated it'),
      [field]: z.record(z.string().regex(ID, { error: 'expected an id' }), z.record(z.string(), z.unknown())),
      ...extra,
    })
    .strict();

/** What a story shows in words: its own fields, and each track's (see storySchema in schemas.ts). */
export interface StoryOriginal {
  fields: EntryFields;
  tracks: ReadonlyMap<string, EntryFields>;
}

export const STORY_LIMITS: FieldLimits = {
  title: { min: 10, max: 110 },
  standfirst: { min: 20, max: 300 },
  description: { min: 50, max: 200 },
  timelineTitle: { min: 10, max: 110 },
  timelineDescription: { min: 50, max: 250 },
};
export const TRACK_LIMITS: FieldLimits = { label: { min: 2, max: 40 }, description: { min: 10, max: 200 } };

/** Stories' translations ("stories": { id: { title, standfirst, description, timelineTitle, timelineDescription, tracks: { id: { label, description } } } }). */
export function checkStoryTranslations(
  file: string,
  translated: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  originals: ReadonlyMap<string, StoryOriginal>,
): string[] {
  const own = Object.fromEntries(
    Object.entries(translated).map(([id, { tracks: _tracks, ...fields }]) => [id, fields]),
  );
  const errors = checkEntryTranslations(
    file,
    { what: 'story', field: 'stories', limits: STORY_LIMITS },
    own,
    new Map([...originals].map(([id, o]) => [id, o.fields])),
  );
  for (const [id, story] of Object.entries(translated)) {
    const original = originals.get(id);
    if (!original) continue;
    const tracks = story['tracks'];
    if (typeof tracks !== 'object' || tracks === null || Array.isArray(tracks)) {
      errors.push(
        `${file}: stories.${id}.tracks: expected each track's translation by track id, { "<id>": { "label": …, "description": … } }`,
      );
      continue;
    }
    errors.push(
      ...checkEntryTranslations(
        file,
        { what: `track of story "${id}"`, field: `stories.${id}.tracks`, limits: TRACK_LIMITS },
        tracks as Record<string, Record<string, unknown>>,
        original.tracks,
      ),
    );
  }
  return errors;
}
