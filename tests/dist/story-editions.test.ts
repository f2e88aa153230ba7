/**
 * A story's page and its timeline in a translated edition, as its reader meets them: in the edition's
 * language, with the story's and the tracks' translated words, every event of the English timeline at the
 * same permalink, each in our translation, the source's own words kept verbatim beside our translation of
 * the passage, and the English and translated pages naming each other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_EDITIONS } from '../../src/lib/editions';
import { page, pages, SITE, squash } from './dist';

interface StoryWords {
  title: string;
  timelineTitle: string;
  tracks: Record<string, { label: string }>;
}
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** A page's hreflang alternates, as hreflang → path. */
const alternates = (urlPath: string) =>
  Object.fromEntries(
    page(urlPath)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!.slice(SITE.length)]),
  );

const storyPages = pages().filter((p) => /^\/stories\/[^/]+\/$/.test(p));

it('builds the English story pages these tests compare with', () => {
  expect(storyPages.length).toBeGreaterThan(0);
});

describe.each(TRANSLATED_EDITIONS.map((e) => [e.lang, e] as const))('the %s edition', (lang, edition) => {
  const folder = `content/translations/${lang}`;
  const stories: Record<string, StoryWords> = json(`${folder}/stories.json`).stories;
  const events: Record<string, { headline: string }> = json(`${folder}/timeline.json`).events;
  const translated = storyPages.filter((p) => p.split('/')[2]! in stories);

  it('has a page and a timeline for every published story it has translated, and no /timeline/ of its own', () => {
    expect(translated.length).toBeGreaterThan(0);
    for (const english of translated) {
      expect(pages()).toContain(`${edition.prefix}${english}`);
      expect(pages()).toContain(`${edition.prefix}${english}timeline/`);
    }
    expect(pages()).not.toContain(`${edition.prefix}/timeline/`);
  });

  describe.each(translated)('%s', (english) => {
    const id = english.split('/')[2]!;
    const words = stories[id]!;
    const here = `${edition.prefix}${english}`;
    const timeline = `${here}timeline/`;
    const labels = Object.values(words.tracks).map((t) => t.label);

    it.each([here, timeline])('%s is in the edition’s language', (urlPath) => {
      expect(page(urlPath).querySelector('html')!.getAttribute('lang')).toBe(edition.locale);
    });

    it.each([
      [english, here],
      [`${english}timeline/`, timeline],
    ])('%s and %s name each other as alternates, with x-default', (en, translation) => {
      const expected = { en, [edition.hreflang]: translation, 'x-default': en };
      expect(alternates(translation)).toEqual(expected);
      expect(alternates(en)).toEqual(expected);
      expect(page(en).querySelector(`footer a[href="${translation}"][hreflang="${edition.hreflang}"]`)).not.toBeNull();
      expect(page(translation).querySelector(`footer a[href="${en}"][hreflang="en"]`)).not.toBeNull();
    });

    it('titles the story page with the translated title and lists the tracks by their translated labels', () => {
      const html = page(here);
      expect(squash(html.querySelector('h1')!.text)).toBe(words.title);
      expect(html.querySelectorAll('.story-track strong').map((s) => squash(s.text))).toEqual(labels);
      const link = html.querySelector('#timeline-title a')!;
      expect(link.getAttribute('href')).toBe(timeline);
      expect(squash(link.text)).toBe(words.timelineTitle);
    });

    it('links its articles and sources to the edition’s own pages, or marks the language of an English one', () => {
      for (const a of page(here).querySelectorAll('main a[href^="/"]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith(`${edition.prefix}/`)) expect(a.getAttribute('hreflang'), href).toBe('en');
      }
    });

    it('titles the timeline in translation and shows every event of the English timeline, at the same id', () => {
      const html = page(timeline);
      expect(squash(html.querySelector('h1')!.text)).toBe(words.timelineTitle);
      const ids = (urlPath: string) => page(urlPath).querySelectorAll('.timeline-event, .timeline-alias').map((e) => e.id);
      expect(ids(timeline)).toEqual(ids(`${english}timeline/`));
      expect(ids(timeline).length).toBeGreaterThan(0);
    });

    it('shows each event in our translation, on a track with its translated label', () => {
      for (const event of page(timeline).querySelectorAll('.timeline-event')) {
        const eventId = event.id.replace(/^event-/, '');
        expect(squash(event.querySelector('.timeline-headline')!.text), eventId).toContain(events[eventId]!.headline);
        expect(labels).toContain(squash(event.querySelector('.timeline-track')!.text));
      }
      expect(page(timeline).querySelectorAll('.timeline-lanes p').map((p) => squash(p.text))).toEqual(labels);
    });

    it('quotes the source verbatim in its own language, with our translation of the passage and its link', () => {
      const html = page(timeline);
      const quotes = html.querySelectorAll('.timeline-evidence q[cite]');
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        const cite = new URL(q.getAttribute('cite')!);
        const passage = cite.hash.slice(1);
        expect(q.getAttribute('lang')).toBe('en');
        // The words are the English source page's, exactly.
        expect(squash(page(cite.pathname).getElementById(passage)!.text)).toContain(squash(q.text));
        const link = q.closest('.timeline-evidence')!.querySelector('a[data-cite]')!;
        expect(link.getAttribute('href')).toBe(`${edition.prefix}${cite.pathname}#${passage}`);
        // Our translation of the passage, as the edition's source page shows it under the original.
        const translation = q.closest('.timeline-event')!.querySelector('.timeline-translation')!;
        const onSourcePage = page(link.getAttribute('href')!.split('#')[0]!).getElementById(passage)!;
        const ours = onSourcePage.querySelectorAll('p').find((p) => p.getAttribute('lang') !== 'en')!;
        ours.querySelectorAll('.sr-only').forEach((label) => label.remove());
        expect(squash(translation.text)).toContain(squash(ours.text));
        expect(translation.querySelector('.timeline-translation-label')).not.toBeNull();
      }
    });

    it('cites other reporting with links to its reports', () => {
      const context = page(timeline).querySelectorAll('.timeline-context');
      expect(context.length).toBeGreaterThan(0);
      for (const event of context) expect(event.querySelector('a[rel="external"]'), event.id).not.toBeNull();
    });
  });
});
