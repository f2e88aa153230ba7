/**
 * Plurals, numbers and slots in a string, for any locale, through Intl. Kept apart from the strings
 * themselves and from the editions, so the timeline's island can count in its reader's language with
 * these few lines and the strings it is given, not the whole dictionary. Pure.
 */

/**
 * A count's forms, one per plural category of the language (Intl.PluralRules: English has one and other;
 * Russian one, few, many and other), plus exact matches that win over the category ("=1": "one news report").
 * `{count}` in a form is the count, written as the locale writes numbers.
 */
export interface Plural {
  '=0'?: string;
  '=1'?: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

// Making an Intl object costs far more than using one; a build counts thousands of things in a few locales.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The plural categories a locale has, in Intl's order ("one", "few", "many", "other" for Russian). */
export function pluralCategories(locale: string): Intl.LDMLPluralRule[] {
  return rulesFor(locale).resolvedOptions().pluralCategories;
}

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** A number as the locale writes it: "1,968" in English, "1 968" (with a no-break space) in Russian. */
export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** The form of `forms` for `count`: an exact match, else its plural category, else "other". */
export function pluralForm(locale: string, forms: Plural, count: number): string {
  const exact = forms[`=${count}` as '=0' | '=1'];
  if (exact !== undefined) return exact;
  return forms[rulesFor(locale).select(count)] ?? forms.other;
}

/** The slots of a template, in order: "{count} of {total}" → ["count", "total"]. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * A template with its slots filled: fill("Published {date}", { date: "13 October 2025" }). A slot without
 * a value is a mistake in the caller, and would show readers "{date}": it throws, naming the slot.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new RangeError(`"${template}": no value for {${name}}`);
    return String(value);
  });
}

/** The form for `count`, its `{count}` written in the locale's numbers and any other slot filled. */
export function plural(
  locale: string,
  forms: Plural,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(pluralForm(locale, forms, count), { count: formatNumber(locale, count), ...values });
}

/** A piece of a template: text as it is, or the name of a slot a component fills with markup (a link, a <time>). */
export type Segment = { text: string } | { slot: string };

/**
 * A template cut at its slots, for a component that puts elements in them:
 * segments("Built from {headline}, a report") → [{text: "Built from "}, {slot: "headline"}, {text: ", a report"}].
 */
export function segments(template: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) out.push({ text: template.slice(last, match.index) });
    out.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

/** Marks an entry of a strings file as a count's forms, so that every edition's file gives it as one. */
export const countForms = (forms: Plural): Plural => forms;
