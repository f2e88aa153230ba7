/**
 * Every word of the site's interface in English, exactly as the components, layouts and pages print it
 * today, grouped by where it appears. `{name}` marks a slot the caller fills (fill(), or segments() where
 * the slot holds markup such as a link or a <time>); a count's forms are countForms({ one, other }).
 * Content (articles, the timeline's headlines, topics, context facts) is not here: it is in content/.
 */
import { countForms } from './plural.ts';

export const en = {
  layout: {
    skipToContent: 'Skip to content',
  },
  header: {
    /** The site name's link, for screen readers. */
    homeLabel: '{site}, home',
    navLabel: 'Main',
    timeline: 'Timeline',
    topics: 'Topics',
    sources: 'Sources',
    about: 'About',
    subscribe: 'Subscribe',
    search: 'Search',
  },
  /** The link to the same page in the other editions (new with the Russian edition). */
  languageSwitcher: {
    label: 'Language',
    /** The link to this page in this edition, as readers of the other editions meet it: in its own language. */
    thisPage: 'English: this page in English',
    /** Where the edition has not translated the page: its home page. */
    home: 'English: the home page in English',
  },
  theme: {
    label: 'Theme:',
    system: 'system',
    light: 'light',
    dark: 'dark',
    /** The button's name: '{label} {current}. {switchTo}' */
    switchTo: 'Switch to {theme}',
  },
  footer: {
    about:
      'Multivector explains the news from its evidence. Every quotation is checked against its source document, character for character; facts from other reports are marked as context and cited.',
    howItWorks: 'How this site works',
    topics: 'Topics',
    sources: 'Source documents',
    subscribe: 'Subscribe by RSS',
    copyright: '© {year} {site}',
  },
  seo: {
    /** The title of a feed's autodiscovery link. */
    feedTitle: '{site} ({format})',
    topicFeedTitle: '{site}: {topic} (RSS)',
  },
  articleMeta: {
    by: 'By {name}',
    published: 'Published {date}',
    addedTo: 'Added to {site} on {date}',
    updated: 'Updated {date}',
    separator: ' · ',
    minutes: countForms({ one: '{count} min read', other: '{count} min read' }),
  },
  formats: {
    report: 'The report',
    explainer: 'Explainer',
    factfile: 'Facts and figures',
  },
  articleCard: {
    origin: '{publisher}, {date}',
  },
  articleBody: {
    /** A reproduced report in a feed, where there is no article header. */
    feedOrigin: 'Published by {publisher} on {date}; added to {site} on {added}.',
  },
  article: {
    topics: 'Topics: ',
    topicSeparator: ', ',
    related: 'Related',
    partOf: 'Part of the story {story}',
    /** On a translated article (new with the Russian edition). */
    translation: 'This is our translation. The original: {original} ({language}).',
  },
  keyTakeaways: {
    title: 'Key takeaways',
  },
  tableOfContents: {
    title: 'In this article',
    sections: countForms({ one: '· {count} section', other: '· {count} sections' }),
  },
  corrections: {
    title: 'Corrections and updates',
    correction: 'correction',
    update: 'update',
  },
  citations: {
    separator: '; ',
    withDate: '{publisher}, {date}',
  },
  excerptNotice: {
    title: 'The source text ends here, mid-sentence.',
    body: 'We received only this excerpt of the report. The rest of it is not available to us, and we have not completed or guessed at it. The full report may be on {website}.',
    website: '{publisher}’s website',
  },
  passageKinds: {
    sentence: 'sentence',
    paragraph: 'paragraph',
    heading: 'heading',
  },
  cite: {
    /** A block quotation's caption, and a timeline event's link to its passage. */
    caption: '{publisher}, {kind} {number}',
    /** Before an inline quotation's passage link, for screen readers. */
    quotedFrom: 'Quoted from {publisher}, {kind} ',
    /** A translated quotation (new with the Russian edition). */
    translationLabel: 'Our translation',
    original: 'The original ({language})',
  },
  context: {
    /** A fact from before or around the report, and one from after it. */
    before: 'Context',
    after: 'What happened next',
    label: '{label} · from other reporting',
    sources: countForms({ one: 'Source: ', other: 'Sources: ' }),
  },
  copy: {
    failed: 'Could not copy: select the address and copy it instead.',
  },
  evidence: {
    /** Before each marker, for screen readers. */
    marker: 'Evidence: ',
    /** A context fact's marker. */
    context: 'context',
    /** A context fact's marker in a feed, with its first report. */
    feedContext: 'context: {citation}',
    dialog: 'Evidence',
    caption: '{publisher}, {date}: {kind} {number}',
    allContext: 'All context facts',
    close: 'Close',
  },
  feedAddress: {
    copy: 'Copy address',
    copied: 'Address copied.',
    addTo: 'Add to',
    addLabel: 'Add {feed} to {reader}',
  },
  share: {
    title: 'Share',
    copy: 'Copy link',
    copied: 'Link copied.',
    more: 'Share…',
    email: 'Email',
  },
  sourceBox: {
    title: 'Where this comes from',
    builtFrom: 'Built from {headline}, a report by {publisher} published on {date}{excerpt}.',
    excerpt: ' (we have an excerpt that stops mid-sentence)',
    readSource: 'Read the source document, passage by passage',
    original: 'The original on {publisher}’s website',
    contextFacts: countForms({
      one: 'It also uses {count} fact from other reporting, each marked as context with its source: {link}.',
      other: 'It also uses {count} facts from other reporting, each marked as context with its source: {link}.',
    }),
    allContext: 'all context facts',
    markers: 'The marker after each claim opens the passage or fact it rests on.',
  },
  sourceText: {
    /** The "#" link beside a heading, for screen readers (also src/markdown/permalinks.ts). */
    sectionLink: 'Link to this section: {heading}',
    inSource: 'In the source document: ',
  },
  timeline: {
    whole: 'The whole timeline, {from} to {to}: {events}',
    events: countForms({ one: '{count} event', other: '{count} events' }),
    /** "Entries", not "events": a timeline also holds statements, expectations and figures. */
    entries: countForms({ one: '{count} entry', other: '{count} entries' }),
    wholeWithEvidence: 'The whole timeline, {from} to {to}, each event with its evidence',
    around: 'Around ',
    inferred: ' (inferred)',
    searchTitle: '{date}: {headline}',
    kinds: {
      event: 'Event',
      statement: 'Statement',
      expectation: 'Expectation, not an event',
      figure: 'Figure for the period',
    },
    /** What a date leaves out, beside it: a figure's period, or what the evidence did not give. */
    figurePrecision: { year: 'for the year', month: 'for the month', day: '' },
    precision: { year: 'month and day not reported', month: 'day not reported', day: '' },
    approximate: 'approximate',
    inferredFlag: 'inferred',
    flagsJoin: ' and ',
    dateNote: 'Date {flags}.',
    fromOtherReporting: 'From other reporting: ',
    /** Under an event's quotation in another edition: our translation of the whole passage it quotes. */
    translation: 'Our translation of the passage: ',
    alsoReported: 'Also reported by: ',
    respondsTo: 'Responds to: ',
    answeredBy: 'Answered by: ',
    permalink: 'Link to this event',
    /** Only under `astro dev`: a candidate an editor previews. */
    draft: 'Draft — not published',
    within:
      'Dated more precisely, within {period}. The evidence does not say whether these came before or after the event above.',
    filterLabel: 'Show events from',
    allEvents: 'All events',
    /** The filter's status line (see statusLine in src/lib/timeline-filter.ts). */
    status: {
      one: 'Showing 1 entry',
      noneOfOne: 'Showing 0 of 1 entry',
      all: countForms({ one: 'Showing all {count} entry', other: 'Showing all {count} entries' }),
      some: countForms({ one: 'Showing {shown} of {count} entry', other: 'Showing {shown} of {count} entries' }),
    },
    /** Gaps between events (see gapLabel in src/lib/dates.ts). */
    gap: {
      years: countForms({ one: '{count} year later', other: '{count} years later' }),
      months: countForms({ one: '{count} month later', other: '{count} months later' }),
      moreThanYears: countForms({ one: 'More than {count} year later', other: 'More than {count} years later' }),
      moreThanMonths: countForms({ one: 'More than {count} month later', other: 'More than {count} months later' }),
    },
  },
  dates: {
    /** Dates as Intl writes them in this language, and as we print them; English needs no change. */
    written: (text: string): string => text,
    /** A date known only to its year, as a label. */
    year: '{year}',
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    lead: 'There is no page at this address. It may have been mistyped, or the page may have moved.',
    home: '{link}, with the stories and the latest articles',
    homeLink: 'The home page',
    topics: 'Topics',
    sources: 'The source documents',
    searchLabel: 'Search the site',
    startFrom: 'Or start from:',
  },
  about: {
    title: 'About: how this site works',
    description:
      'How Multivector is built: explainers from their source documents, quotations checked character for character, every claim with its evidence, context facts cited.',
    heading: 'How this site works',
    lead: 'Multivector explains news stories from the reports they rest on. We built it so that you can check every word.',
    storiesHeading: 'The stories',
    storyItem: '{title}: {standfirst}',
    sourcesHeading: 'The source documents',
    builtFrom: 'Our articles are built from {reports}:',
    reports: countForms({ '=1': 'one news report', one: '{count} news report', other: '{count} news reports' }),
    sourceItem: '{headline}, {publisher}, {date}.',
    excerpt: ' We have an excerpt of it: the text stops mid-sentence, and we say so wherever it is shown.',
    keptAsReceived:
      'We keep each file exactly as we received it. Where one arrived as a single block of text, we added paragraph breaks and recovered its sub-headings; we record where those fall next to the file and never edit the text itself. Every paragraph and sentence has a number, so a link can land on the exact words.',
    evidenceHeading: 'Every claim shows its evidence',
    evidence:
      'In our explainers and fact files, each paragraph ends with a small marker. Open it to read the sentence of the source, or the fact from other reporting, that the paragraph rests on, without leaving the page; follow its link to see it in place. If a paragraph has no marker, or names a passage or fact that does not exist, the site does not build. Today the articles carry {markers}.',
    markers: countForms({ one: '{count} such marker', other: '{count} such markers' }),
    quotationsHeading: 'Quotations are checked',
    quotations:
      'Our articles never retype a report’s words. An author names a passage and the site quotes it from the source when the pages are built. If an article points to a passage that does not exist, or to words the passage does not contain, the site does not build. Today the articles’ own text carries {quotations}, each linked to its place in the source; the timeline quotes the source for every event it takes from it.',
    quotationCount: countForms({ one: '{count} such quotation', other: '{count} such quotations' }),
    contextHeading: 'Context is marked and cited',
    context:
      'Sometimes a reader needs a fact the report does not give, such as what happened after it was published. We use only the {facts} on {list}, each taken from other published reports, and we show each one apart from the report’s own reporting, labelled as context, with the publisher, a link and, where the report gives one, its date.',
    facts: countForms({ one: '{count} fact', other: '{count} facts' }),
    list: 'a short list',
    notHeading: 'What we do not do',
    notComplete: 'We do not complete an excerpt or guess at what it left out.',
    notCorrect:
      'We do not correct a source: its punctuation, including a quotation that opens with a straight quotation mark and closes with a curly one, is kept as received.',
    notLoad: 'We load nothing from other websites: no advertising, no tracking, no web fonts, no embedded media.',
    correctionsHeading: 'Corrections',
    corrections:
      'When we correct or update an article, the change is listed at the foot of that article with the date and what changed.',
    /** On an edition with translations (new with the Russian edition). */
    translationsHeading: 'Translations',
    translations:
      'The source documents stay in their own language, word for word, and every quotation is still checked against them. Where we translate, the translation is ours, marked as such, with the original one step away.',
  },
  contextPage: {
    title: 'Context: facts from other reporting',
    description:
      'The facts from other published reports that our explainers and timeline may use, each with the reports that state it.',
    heading: 'Context: facts from other reporting',
    lead: 'Our articles are built from their source documents. Where a reader needs something a source does not say, we may use only the {facts} below, from {reports} by {publishers}. Each is in our words, with the reports that state it, and is marked as context wherever it appears.',
    facts: countForms({ one: '{count} fact', other: '{count} facts' }),
    reports: countForms({ one: '{count} other report', other: '{count} other reports' }),
    publishers: countForms({ one: '{count} publisher', other: '{count} publishers' }),
    before: 'Before and around the report',
    after: 'What happened next',
    reportedBy: 'Reported by ',
    onTimeline: 'On the timeline',
  },
  home: {
    heading: '{site}: news explained from the evidence',
    lead: '{stories} explained from {reports} and {facts} from other reporting, each claim with its evidence.',
    stories: countForms({ one: '{count} story', other: '{count} stories' }),
    reports: countForms({ one: '{count} news report', other: '{count} news reports' }),
    facts: countForms({ one: '{count} fact', other: '{count} facts' }),
    storyKicker: 'Story',
    /** {title} is the link to the story's timeline, by its title. */
    timeline: '{title}: {events}, from {from} to {to}, each with its evidence.',
    events: countForms({ one: '{count} entry', other: '{count} entries' }),
    more: 'More articles',
    archive: 'Every article, newest first ({count})',
    topics: 'Topics',
  },
  search: {
    title: 'Search',
    description:
      'Search the articles, the source documents and the timelines; each result opens on the passage that says it.',
    heading: 'Search',
    lead: 'Find a name, a number or a phrase in the articles, the source documents and the timelines. Each result opens on the sentence, paragraph or event that says it.',
    noScript: 'Search needs JavaScript, which is off or unavailable in this browser.',
    noScriptLinks:
      'Everything on the site is also reachable without it: browse {stories}, each with its timeline of events, the {topics}, or {sources}, where every paragraph and sentence has its own link.',
    stories: 'the stories',
    topicPages: 'topic pages',
    sources: 'the source documents',
    label: 'Search for',
    button: 'Search',
    /** The status line after a search (searchResults in src/i18n/messages.ts). */
    prompt: 'Type a word, a name or a number to search the articles, the source document and the timeline.',
    none: 'No passage matches “{query}”. Try fewer words, or another spelling.',
    found: '{passages} {pages} {verb} “{query}”.',
    passages: countForms({ one: '{count} passage', other: '{count} passages' }),
    pages: countForms({ one: 'on {count} page', other: 'on {count} pages' }),
    verb: countForms({ one: 'matches', other: 'match' }),
    failed: 'Search could not load. Reload the page to try again.',
  },
  subscribe: {
    title: 'Subscribe',
    description:
      'Follow Multivector in any feed reader: RSS, Atom and JSON Feed addresses for the whole site and for each topic, the latest articles in full.',
    heading: 'Subscribe',
    lead: 'Follow Multivector in a feed reader and every new article arrives there in full, with its quotations and their links to the source. There is no account, no e-mail address to give and nothing tracks you.',
    howHeading: 'How to subscribe',
    step1: 'Open your feed reader (an app such as NetNewsWire, Feedly, Inoreader or Thunderbird).',
    step2: 'Choose “Add feed” or “Subscribe”, and paste one of the addresses below, or follow a reader’s link.',
    step3: 'Many readers also find the feeds by themselves when you give them the site’s address.',
    siteHeading: 'The whole site',
    siteLead: countForms({
      one: 'The latest {count} article, newest first, each in full. Pick one format: they carry the same articles.',
      other: 'The latest {count} articles, newest first, each in full. Pick one format: they carry the same articles.',
    }),
    formats: {
      RSS: 'read by every feed reader, and by most news apps',
      Atom: 'the same articles, for readers that prefer Atom',
      'JSON Feed': 'the same articles as JSON, for apps and scripts',
    },
    formatLine: '{format}, {what}',
    siteReaders: 'the whole site (RSS)',
    storyHeading: 'One story',
    storyLead: 'Only the articles of one story, as RSS.',
    storyReaders: '{story} (RSS)',
    /** A story feed's channel title. */
    storyFeedTitle: '{site}: {story}',
    topicHeading: 'One topic',
    topicLead: 'Only the articles filed under a topic, as RSS.',
    topicReaders: '{topic} (RSS)',
  },
  archive: {
    title: 'Every article',
    titlePage: 'Every article, page {page}',
    description: 'Every article {site} has published, newest first.',
    heading: 'Every article',
    count: countForms({ one: '{count} article, newest first.', other: '{count} articles, newest first.' }),
  },
  /** Links between the pages of a paginated list (src/components/Pagination.astro). */
  timelinePage: {
    reportedIn: 'The dated events, statements and figures reported in {sources}, beside facts from other reporting.',
    sourceItem: '{headline} ({publisher}, {date}{excerpt})',
    sourceSeparator: ', ',
    sourceJoin: ' and ',
    excerpt: ', which we have only as an excerpt that stops mid-sentence',
    evidence:
      'Each event from a report quotes its words and links to them. Events from other reporting are marked as context, with their sources; {link} is listed with its reports.',
    everyFact: 'every context fact',
    precision:
      'Dates are as precise as the evidence: a year, a month or a day. Where we worked a date out, the event says how. An event known only to its month holds the events dated more precisely within it: the evidence does not say which came first.',
    searchTitle: 'Timeline',
    /** On /timeline/, where the first story's timeline was published before stories had pages. */
    moved: 'This timeline now has its own address: {link}. Links to its events here keep working.',
    movedLink: '{title}: timeline',
    /** /timeline/ when no story keeps that address: every story's timeline. */
    indexTitle: 'Timelines',
    indexDescription: 'Every story’s timeline: each dated event with the evidence for it.',
  },
  storyPage: {
    kicker: 'Story',
    /** The title of the second and later pages of a story's articles. */
    pageTitle: '{title}: articles, page {page}',
    lead: 'Lead article',
    timelineKicker: 'Timeline',
    timeline: '{entries}, from {from} to {to}, each with its evidence:',
    entries: countForms({ '=0': 'no entries', one: '{count} entry', other: '{count} entries' }),
    track: '{label} ({entries}): {description}',
    more: 'More on this story',
    /** The name of the navigation between the pages of its articles. */
    pages: 'Articles of {title}',
    builtFrom: 'Built from',
    source: '{headline}, {publisher}, {date}{excerpt}',
    excerpt: ' (excerpt)',
    allSources: countForms({ one: 'All {count} source document', other: 'All {count} source documents' }),
    follow: 'Follow this story by RSS',
    feedTitle: '{site}: {title} (RSS)',
  },
  sourcesPage: {
    title: 'Source documents',
    titlePage: 'Source documents, page {page}',
    description: 'The documents this site is built from, as received, with every passage addressable.',
    heading: 'Source documents',
    lead: 'Our articles are built from these documents, with facts from other reporting marked as {context}. Each document is kept exactly as we received it.',
    context: 'context',
    item: '{publisher}, {date}{excerpt}',
    excerpt: ' · excerpt',
  },
  sourcePage: {
    title: 'Source: {headline}',
    description:
      'The source document, as received: {publisher}, {date}. Every paragraph and sentence can be linked to.',
    kicker: 'Source document',
    publisher: 'Publisher',
    published: 'Published',
    original: 'Original',
    language: 'Language',
    completeness: 'Completeness',
    sha256: 'SHA-256',
    excerpt: 'An excerpt: the text stops mid-sentence',
    complete: 'The complete report',
    howToRead: 'How to read this page',
    flattened:
      'The document arrived as two lines: the headline, then the whole report as one paragraph. The text below is exactly that text. The paragraph breaks are ours{lifted}; the words are untouched.',
    liftedOne: ' and the sub-heading has been lifted out of the running text where it sat',
    liftedMany: ' and the sub-headings have been lifted out of the running text where they sat',
    asArrived:
      'The text below is exactly the document as it arrived, in its own paragraphs and sub-headings; the words are untouched.',
    numbered:
      'Each paragraph (¶) and sentence carries a number you can link to, and every quotation on this site is checked against these sentences when the site is built.',
    paragraph: 'Paragraph {number}',
    paragraphLink: 'Link to paragraph {number}',
    sentenceLink: 'Link to sentence {number}',
    asReceived: 'The file exactly as received',
    /** Beside each passage in another edition (new with the Russian edition). */
    translationHeading: 'The original with our translation, passage by passage',
    translationNote:
      'The text of the report stays as received, in {language}. Under each passage is our translation, marked as ours; quotations are checked against the original.',
    translationLabel: 'Our translation',
  },
  topicsPage: {
    title: 'Topics',
    description: 'Every topic {site} covers, with the articles on each.',
    heading: 'Topics',
    articles: countForms({ one: '{count} article', other: '{count} articles' }),
  },
  topicPage: {
    kicker: 'Topic',
    follow: 'Follow this topic by RSS',
    otherFeeds: 'other feeds',
    empty: 'Nothing is published on this topic yet.',
    /** The topic feed's channel title. */
    feedTitle: '{site}: {topic}',
    /** A later page of a topic's articles. */
    pageTitle: '{topic}, page {page}',
    /** What the list holds, for its pages' navigation. */
    pagesLabel: 'Articles on {topic}',
  },
  /** The links between the pages of a list (src/components/Pagination.astro). */
  pagination: {
    newer: '← Newer',
    older: 'Older →',
    page: 'Page {current} of {last}',
    /** The navigation's name: '{label}: pages' ("Articles on Gaza ceasefire: pages"). */
    nav: '{label}: pages',
  },
  cards: {
    siteKicker: 'Explainers, evidence first',
    siteDek:
      'Every quotation checked against the source document, character for character. Facts from other reports marked and cited.',
    siteAlt: '{site}: {tagline}.',
    articleAlt: '{title}: the headline on a {site} card.',
    date: '{publisher}, {date}',
  },
};
