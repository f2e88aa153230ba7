/**
 * The content model: one Zod schema per collection, every field documented.
 * Cross-collection rules (a topic or source that must exist) live in content-checks.ts,
 * because a schema only ever sees one entry.
 */
import { z } from 'astro/zod';
import { TRANSLATED_EDITIONS } from './editions.ts';
import { plainIssues } from './schema-messages.ts';

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The languages of the editions after the first, whose articles carry `lang`. */
const TRANSLATED_LANGS = TRANSLATED_EDITIONS.map((e) => e.lang) as [string, ...string[]];
const idString = (what: string) =>
  z.string({ error: `expected the id of a ${what} (lower-case words joined by hyphens)` }).regex(ID, {
    error: `expected the id of a ${what}: lower-case words joined by hyphens, such as "gaza-ceasefire"`,
  });

/**
 * Trimmed text of a length the pages have room for. `expected` names what the field holds ("a headline"),
 * `counted` what its length bounds speak of ("a title"), `room` why the upper bound is where it is.
 */
const boundedText = (expected: string, counted: string, [min, max]: [number, number], room = '') =>
  z
    .string({ error: `expected ${expected} (text)` })
    .trim()
    .min(min, { error: `expected ${counted} of at least ${min} characters` })
    .max(max, { error: `expected ${counted} of at most ${max} characters${room}` });

/** The summary that link previews and search engines show: an article's, a story's. */
const previewDescription = () =>
  boundedText('a description for link previews', 'a description', [50, 200], ', the length previews show');

/**
 * An ISO 8601 date-time that carries its time zone, e.g. "2025-10-14T09:00:00+05:00".
 * Unquoted YAML timestamps arrive as Date objects with their offset already lost; they are
 * accepted as UTC, and quoting the value keeps the zone it was written in.
 */
const zonedDateTime = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
    z.iso
      .datetime({
        offset: true,
        error: 'expected an ISO 8601 date-time with a time zone, such as "2025-10-14T09:00:00+05:00"',
      })
      .refine(plausibleYear, {
        error: (issue) =>
          `expected a year from ${FIRST_YEAR} to ${new Date().getUTCFullYear() + 1}, found ${String(issue.input).slice(0, 4)}: is it a typing slip?`,
      }),
  );

/**
 * Dates outside this range are typing slips (0025 for 2025, 2205): nothing on the site was published
 * before 1900, and nothing is dated beyond next year (an article may be scheduled, not years ahead).
 */
const FIRST_YEAR = 1900;
function plausibleYear(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_YEAR && year <= new Date().getUTCFullYear() + 1;
}

/** Words in a text, as a reader counts them. */
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * A quotation that stands as evidence says who did what: at least a clause. Four words is the shortest
 * that carries one ("Tokayev welcomed the ceasefire"); "the" or "Gaza" would match the passage and prove nothing.
 */
const QUOTE_WORDS = 4;

/** A calendar date, YYYY-MM-DD, that exists. */
export const calendarDate = z.iso.date({ error: 'expected a calendar date written YYYY-MM-DD' });

export const correctionSchema = z.object({
  /** When the change was made, with its time zone. */
  date: zonedDateTime(),
  /** A correction fixes an error; an update adds or changes information. */
  kind: z.enum(['correction', 'update'], { error: 'expected "correction" or "update"' }),
  /** What changed, in a sentence the reader can understand on its own. */
  note: z
    .string()
    .trim()
    .min(10, { error: 'expected a note of at least 10 characters saying what changed' })
    .max(500, { error: 'expected a note of at most 500 characters: say what changed in a sentence or two' }),
});

export const articleSchema = z
  .object({
    /** The headline: what the page is about, in plain words. */
    title: boundedText('a headline', 'a headline', [10, 110]),
    /** The standfirst shown under the headline: one or two sentences. */
    dek: boundedText('a standfirst', 'a standfirst', [20, 300]),
    /** The summary used by search engines and link previews. */
    description: previewDescription(),
    /** First publication, with its time zone. */
    published: zonedDateTime(),
    /** Last substantive change, with its time zone; not earlier than `published`. */
    updated: zonedDateTime().optional(),
    /** Who wrote it, as printed on the page. */
    byline: z
      .string({ error: 'expected a byline (text), in quotation marks if it could be read as a number' })
      .trim()
      .min(2, { error: 'expected a byline' })
      .max(100, { error: 'expected a byline of at most 100 characters: the names, as printed under the headline' }),
    /** Ids from content/topics.json; the first is the page's section. */
    topics: z.array(idString('topic')).min(1, { error: 'expected at least one topic id' }),
    /** Ids of the source documents in content/sources/ the article is built from; the first is the default for <Cite>. */
    sources: z.array(idString('source')).min(1, { error: 'expected at least one source id' }),
    /** How the article presents the story; decides its place on the home page. */
    format: z.enum(['report', 'explainer', 'factfile'], {
      error: 'expected one of "report", "explainer", "factfile"',
    }),
    /** The home page leads with the newest featured article. */
    featured: z.boolean().default(false),
    /** Drafts are built by nobody: kept out of every page, feed, sitemap and index. */
    draft: z.boolean().default(false),
    /** Corrections and updates, oldest first, shown at the foot of the article. */
    corrections: z.array(correctionSchema).default([]),
    /**
     * The edition's language, on an article in another edition's folder (content/articles/ru/): "ru".
     * Absent on the first edition's articles, which are English.
     */
    lang: z
      .enum(TRANSLATED_LANGS, {
        error: `expected the language of another edition: ${TRANSLATED_LANGS.map((l) => `"${l}"`).join(', ')} (an English article has no lang)`,
      })
      .optional(),
    /** On a translation: the id of the article it translates, which is also its own file name (the same address). */
    translationOf: idString('article').optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.translationOf && !data.lang) {
      ctx.addIssue({
        code: 'custom',
        path: ['lang'],
        message: `expected the language this translates into, such as lang: ${TRANSLATED_LANGS[0]}, beside translationOf`,
      });
    }
    if (data.updated && Date.parse(data.updated) < Date.parse(data.published)) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `expected a date-time not earlier than published (${data.published})`,
      });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;

export const topicSchema = z.object({
  /** The topic's id, used in article frontmatter and its URL. */
  id: idString('topic'),
  /** The topic's name as shown to readers: in lists, on its page, and above the headline on preview cards. */
  name: boundedText('a name', 'a name', [2, 48], ', to fit on one line of a preview card'),
  /** One sentence saying what the topic page gathers. */
  description: boundedText('a description', 'a description', [20, 200], ', the length previews show'),
});

export const citationSchema = z.object({
  /** Who published the report the fact comes from. */
  publisher: z.string().min(2),
  /** When that report was published: YYYY-MM-DD or YYYY-MM when only the month is known. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, { error: 'expected YYYY-MM-DD or YYYY-MM' })
    .optional(),
  /** The report's address. */
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) address' }),
});

export const contextFactSchema = z.object({
  /** Stable id used by <ContextNote fact="…">. */
  id: idString('context fact'),
  /** When it happened, YYYY-MM-DD. */
  date: calendarDate,
  /** Which track of its story's timeline it belongs to: the id of one of the story's `tracks`. */
  track: idString('track'),
  /** True for facts that happened after the source document was published. */
  after: z.boolean().default(false),
  /** The fact, paraphrased in our words from the cited reports. */
  fact: z.string().min(20),
  /** The reports that state it. */
  citations: z.array(citationSchema).min(1),
});

export const sourceMetaSchema = z
  .object({
    /** The text file in the same folder, kept byte-for-byte as received. */
    file: z.string().regex(/^[a-z0-9-]+\.txt$/, { error: 'expected the name of a .txt file beside this one' }),
    /** The headline as published; must equal the file's first line. */
    headline: z.string().min(5),
    /** Who published the report. */
    publisher: z.string().min(2),
    /** Publication date, YYYY-MM-DD. */
    published: calendarDate,
    /** The original report's address. */
    url: z.url({ protocol: /^https$/, error: 'expected the original https address' }),
    /** BCP 47 language tag of the text. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'expected a language tag such as "en"' }),
    /** SHA-256 of the text file as received: the build fails if a byte of it changes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "expected the 64 hex digits of the file's SHA-256" }),
    /** True when the text is an excerpt that stops before the end of the original. */
    excerpt: z.boolean({ error: 'expected true or false' }),
    /** Where paragraphs open and sub-headings sit: the text's own breaks, and ours where it arrived flattened. */
    structure: z.object({
      /** Opening words of each sentence that starts a paragraph, in document order. */
      paragraphs: z.array(z.string().min(3)).min(1),
      /** Sub-headings in order: a line of their own or words flattened into the running text. */
      headings: z.array(z.string().min(3)).default([]),
    }),
  })
  .strict();

export type SourceMeta = z.infer<typeof sourceMetaSchema>;

/**
 * Turns Zod issues into lines that name the file and the field, and say what was expected and what
 * was found (src/lib/schema-messages.ts). `input` is the value that was parsed, to quote what it held.
 */
export function describeIssues(file: string, error: z.ZodError, input?: unknown): string {
  return plainIssues(error, input)
    .map((issue) => `${file}: ${issue.field}: ${issue.message}`)
    .join('\n');
}

/** A date at its true precision: a year (1992), a month (2023-10) or a day (2025-09-30). */
export const partialDate = z
  .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD',
  });

/** Where a timeline event comes from: words of the source document, or a listed context fact. */
export const provenanceSchema = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('source'),
        /** Id of the source document (content/sources/<id>.json). */
        source: idString('source'),
        /** Paragraph (p…) or sentence (s…) id of the passage. */
        passage: z.string().regex(/^[ps]\d+$/, { error: 'expected a passage id such as "s14" or "p7"' }),
        /** The exact words in that passage that support the event, character for character. */
        quote: z.string().refine((q) => words(q) >= QUOTE_WORDS, {
          error: `expected the words of the passage that support the event: at least ${QUOTE_WORDS} words, a clause that says who did what`,
        }),
      })
      .strict(),
    z
      .object({
        type: z.literal('context'),
        /** Id of a fact in content/context/facts.json, which carries its publisher, date and link. */
        fact: idString('context fact'),
      })
      .strict(),
  ],
  { error: 'expected provenance of type "source" (source, passage, quote) or "context" (fact)' },
);

export const timelineEventSchema = z
  .object({
    /** Stable id: the event's permalink is #event-<id>. Never change it once published. */
    id: idString('timeline event'),
    /**
     * Ids this event was published under before another event was merged into it (the same event told
     * twice): their permalinks, shared already, keep landing on it.
     */
    aliases: z.array(idString('timeline event')).default([]),
    /** When it happened, at the precision the evidence gives. */
    date: partialDate,
    /** True when the date is only roughly known ("around", "by midweek"). */
    approximate: z.boolean().default(false),
    /** True when the date was worked out rather than stated ("On Monday" → 2025-10-13). */
    inferred: z.boolean().default(false),
    /** How an inferred or approximate date was reached, in words shown to the reader. */
    dateNote: z.string().min(5).optional(),
    /** Which column it belongs to: the id of one of its story's `tracks` (content/stories/). */
    track: idString('track'),
    /**
     * An event happened; a statement was said; an expectation looks ahead and may not have happened;
     * a figure is a measure over the period of its date (trade in a year), not something that happened on it.
     */
    kind: z.enum(['event', 'statement', 'expectation', 'figure'], {
      error: 'expected "event", "statement", "expectation" or "figure"',
    }),
    /** Who acted or spoke. */
    actors: z.array(z.string().min(2)).min(1, { error: 'expected at least one actor' }),
    /** One line, in our words. */
    headline: z.string().min(5).max(120),
    /** A sentence or two, in our words. */
    summary: z.string().min(10).max(400),
    provenance: provenanceSchema,
    /**
     * Ids of facts in content/context/facts.json that report this same event: shown with it, with their
     * citations, so one event told by the source and by other reporting appears once.
     */
    alsoReported: z.array(idString('context fact')).default([]),
    /** Id of the milestone this statement answers. */
    respondsTo: idString('timeline event').optional(),
    /** Candidates written by `npm run ingest` stay out of the site until an editor sets this to false. */
    draft: z.boolean().default(false),
  })
  .strict()
  .superRefine((event, ctx) => {
    if ((event.inferred || event.approximate) && !event.dateNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateNote'],
        message: 'expected a note saying how the date was worked out',
      });
    }
  });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/**
 * The colours a track can take: each a pair of custom properties in src/styles/global.css (light and
 * dark), checked for contrast there. A track names one; the timeline never names a track in its CSS.
 */
export const TRACK_COLOURS = ['red', 'teal', 'amber', 'violet', 'green', 'blue'] as const;

export const trackSchema = z
  .object({
    /** Stable id: each event's `track`, and the timeline filter's ?track= value. Never change it once published. */
    id: idString('track'),
    /** The track as readers see it, on every event and on the filter's buttons: a few words. */
    label: boundedText('the track’s label', 'a label', [2, 40], ', to fit a button'),
    /** One sentence saying what belongs on this track. */
    description: boundedText('a description', 'a description', [10, 200]),
    /** Its colour on the timeline: one of the site's palette. */
    colour: z.enum(TRACK_COLOURS, { error: `expected one of ${TRACK_COLOURS.map((c) => `"${c}"`).join(', ')}` }),
    /**
     * Names that put a sentence on this track when `npm run ingest` guesses a candidate's track
     * (people, places, institutions). A sentence naming none goes on the first track without terms, or,
     * with terms on every track, on the first track (src/lib/ingest/story.ts).
     */
    terms: z.array(z.string().trim().min(2)).default([]),
  })
  .strict();

export type Track = z.infer<typeof trackSchema>;

/** The ids of an article, source, timeline file or context fact, each at most once in a list. */
const memberList = (what: string) => z.array(idString(what)).default([]);

/**
 * A story: what the site explains, as content. Everything published belongs to a story, and the story
 * lists it: its articles, the sources they are built from, its timeline files and its context facts.
 * Its tracks are the timeline's columns.
 */
export const storySchema = z
  .object({
    /** The story's name as readers see it: on its page, in link previews, on the home page. */
    title: boundedText('the story’s title', 'a title', [10, 110]),
    /** One or two sentences under the title: what the story is about, in plain words. */
    standfirst: boundedText('a standfirst', 'a standfirst', [20, 300]),
    /** The summary link previews and search engines show. */
    description: previewDescription(),
    /** The article the story's page leads with; one of `articles`. */
    lead: idString('article'),
    /** The heading of the story's timeline page, and its title in link previews. */
    timelineTitle: boundedText('the timeline page’s title', 'a title', [10, 110]),
    /** The timeline page's summary for link previews and search engines. */
    timelineDescription: boundedText('a description of the timeline page', 'a description', [50, 250]),
    /**
     * True for the one story whose timeline was published at /timeline/ before stories had pages of
     * their own. That address stays a page holding the same event ids (links people shared keep
     * landing on their event), and points to the story's own timeline.
     */
    keepsTimelineAddress: z.boolean({ error: 'expected true or false' }).default(false),
    /** A draft story is on no page, feed, sitemap, count, search index or card, nor is anything of it. */
    draft: z.boolean({ error: 'expected true or false' }).default(false),
    /** The timeline's columns, in order: one to four. */
    tracks: z
      .array(trackSchema)
      .min(1, { error: 'expected at least one track' })
      .max(4, { error: 'expected at most four tracks: a timeline wider than that no longer reads side by side' }),
    /** Ids of its articles (content/articles/<id>.mdx). */
    articles: memberList('article'),
    /** Ids of the source documents its articles and timeline are built from (content/sources/<id>.json). */
    sources: memberList('source'),
    /** Names of its timeline files in content/timeline/, without ".json". */
    timeline: memberList('timeline file'),
    /** Ids of the facts from other reporting it may use (content/context/facts.json). */
    context: memberList('context fact'),
  })
  .strict()
  .superRefine((story, ctx) => {
    const repeated = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    for (const field of ['articles', 'sources', 'timeline', 'context'] as const) {
      for (const id of new Set(repeated(story[field]))) {
        ctx.addIssue({ code: 'custom', path: [field], message: `lists "${id}" twice; expected each once` });
      }
    }
    for (const id of new Set(repeated(story.tracks.map((t) => t.id)))) {
      ctx.addIssue({ code: 'custom', path: ['tracks'], message: `two tracks have the id "${id}"; expected each once` });
    }
    for (const colour of new Set(repeated(story.tracks.map((t) => t.colour)))) {
      ctx.addIssue({
        code: 'custom',
        path: ['tracks'],
        message: `two tracks are "${colour}"; expected a colour of its own for each, so they can be told apart`,
      });
    }
    if (!story.articles.includes(story.lead)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lead'],
        message: `"${story.lead}" is not one of the story’s articles; expected an id listed in "articles"`,
      });
    }
  });

export type StoryData = z.infer<typeof storySchema>;
