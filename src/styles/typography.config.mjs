// Drops the typography plugin's rules for what our articles never contain (code, tables, keyboard
// keys, media, definition lists, Markdown block quotes: quotations are <Cite>, outside the prose styles): about 1 KB brotli off every page, which keeps the
// explainer with its embedded timeline inside the 14 KB first-round-trip budget.
const UNUSED = [
  'h1',
  '[class~="lead"]',
  'thead th strong',
  'dt',
  'hr',
  'img',
  'picture',
  'video',
  'kbd',
  'code',
  'code::before',
  'code::after',
  'a code',
  'h1 code',
  'h2 code',
  'h3 code',
  'h4 code',
  'blockquote code',
  'thead th code',
  'pre',
  'pre code',
  'pre code::before',
  'pre code::after',
  'table',
  'thead',
  'thead th',
  'tbody tr',
  'tbody tr:last-child',
  'tbody td',
  'tfoot',
  'tfoot td',
  'th, td',
  'figure > *',
  'figcaption',
  'blockquote',
  'blockquote strong',
  'blockquote p:first-of-type::before',
  'blockquote p:last-of-type::after',
  'a strong',
  'h1 strong',
  'h2 strong',
  'h3 strong',
  'h4 strong',
  'ol[type="A"]',
  'ol[type="a"]',
  'ol[type="A" s]',
  'ol[type="a" s]',
  'ol[type="I"]',
  'ol[type="i"]',
  'ol[type="I" s]',
  'ol[type="i" s]',
  'ol[type="1"]',
];
// The plugin's colour variables, set to the site's own colours here, once: its grey palette and
// its dark ("invert") set would otherwise travel on every page only to be overridden. The others
// colour only what UNUSED removes (lead, rules, quotes, code, tables, captions), so they go too.
const COLOURS = {
  '--tw-prose-body': 'var(--mv-ink)',
  '--tw-prose-headings': 'var(--mv-ink)',
  '--tw-prose-links': 'var(--mv-accent)',
  '--tw-prose-bold': 'var(--mv-ink)',
  '--tw-prose-counters': 'var(--mv-muted)',
  '--tw-prose-bullets': 'var(--mv-muted)',
};
const UNUSED_COLOURS = ['lead', 'hr', 'quotes', 'quote-borders', 'captions', 'kbd', 'kbd-shadows', 'code'].concat([
  'pre-code',
  'pre-bg',
  'th-borders',
  'td-borders',
]);
const DARK_COLOURS = Object.keys(COLOURS)
  .map((variable) => variable.slice('--tw-prose-'.length))
  .concat(UNUSED_COLOURS);
const REMOVED = [
  ...UNUSED,
  ...UNUSED_COLOURS.map((name) => `--tw-prose-${name}`),
  ...DARK_COLOURS.map((name) => `--tw-prose-invert-${name}`),
];

export default {
  theme: {
    extend: {
      typography: {
        DEFAULT: {
          css: {
            ...COLOURS,
            // Article text at 1.125rem: set here rather than with the plugin's large size modifier, whose
            // second copy of every rule costs each article page about a kilobyte.
            fontSize: '1.125rem',
            lineHeight: '1.7',
            ...Object.fromEntries(REMOVED.map((key) => [key, null])),
          },
        },
      },
    },
  },
};
