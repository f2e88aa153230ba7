/**
 * The timeline's island. The list itself arrives as server-rendered children, complete without
 * JavaScript; this component only adds the track filter: toggle buttons, a status line, the
 * filter in the address (?track=…), and permalinks that still land when their event is filtered out.
 * It shows or hides the list's items through their `hidden` attribute rather than re-rendering
 * them, so the browser downloads none of the list's text twice. Its words are the page's edition's,
 * given as props: the island carries no strings file.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { timelineStatus } from '../i18n/messages';
import { countShown, readTrack, shows, urlWithTrack, type TrackFilter } from '../lib/timeline-filter';

/** The filter's words in the page's edition (t(lang).timeline). */
export type FilterWords = Pick<Strings['timeline'], 'filterLabel' | 'allEvents' | 'status'>;

interface Props {
  /** The story's tracks, in order: the filter's buttons. */
  tracks: { id: string; label: string }[];
  /** How many events each track has, by track id. */
  counts: Record<string, number>;
  /** The page's words for the buttons' group, the all-events button and the status line… */
  words: FilterWords;
  /** …and its locale, for the status line's plurals and numbers. */
  locale: string;
  /** The complete list, rendered on the server: items carry data-track, gap labels data-gap. */
  children?: ComponentChildren;
}

export default function TimelineFilter({ tracks, counts, words, locale, children }: Props) {
  const choices: { filter: TrackFilter; label: string }[] = [
    { filter: 'all', label: words.allEvents },
    ...tracks.map((track) => ({ filter: track.id, label: track.label })),
  ];
  const [filter, setFilter] = useState<TrackFilter>('all');
  const [alive, setAlive] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // An event to bring into view once the list shows the given filter.
  const reveal = useRef<{ event: HTMLElement; under: TrackFilter } | null>(null);

  // The hashchange listener is set once; it reads the current filter through this ref.
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const choose = (next: TrackFilter) => {
    setFilter(next);
    history.replaceState(history.state, '', urlWithTrack(location.href, next));
  };

  // The event the address's #fragment names, if it is in this timeline (event ids are plain ASCII slugs).
  const linkedEvent = () => {
    // An event's former id (an alias, inside it) leads to the event itself.
    const target = location.hash
      ? document.getElementById(location.hash.slice(1))?.closest<HTMLElement>('[data-track]')
      : null;
    return target && root.current?.contains(target) ? target : null;
  };
  // …when `current` would hide it.
  const hiddenLinkedEvent = (current: TrackFilter) => {
    const event = linkedEvent();
    return event && !shows(current, event.dataset['track']!) ? event : null;
  };

  useEffect(() => {
    setAlive(true);
    const fromUrl = readTrack(
      location.search,
      tracks.map((t) => t.id),
    );
    if (hiddenLinkedEvent(fromUrl)) {
      // A permalink wins over a filter that would hide its event.
      choose('all');
    } else if (fromUrl !== 'all') {
      // Filtering moves the linked event: keep it in view (not every browser anchors the scroll itself).
      const event = linkedEvent();
      reveal.current = event && { event, under: fromUrl };
      setFilter(fromUrl);
    }
    const onHashChange = () => {
      const event = hiddenLinkedEvent(filterRef.current);
      if (event) {
        reveal.current = { event, under: 'all' };
        choose('all');
      }
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    const list = root.current;
    if (!list) return;
    for (const item of list.querySelectorAll<HTMLElement>('[data-track]')) {
      item.hidden = !shows(filter, item.dataset['track']!);
    }
    for (const gap of list.querySelectorAll<HTMLElement>('[data-gap]')) {
      gap.hidden = gap.dataset['gap'] !== (filter === 'all' ? 'all' : 'track');
    }
    if (reveal.current?.under === filter) {
      reveal.current.event.scrollIntoView({ block: 'start' });
      reveal.current = null;
    }
  }, [filter]);

  const total = countShown(counts, 'all');
  return (
    <div ref={root} class="timeline" data-filter={filter}>
      {/* Rendered on the server too, unseen until hydration (data-pending), so that the buttons take
          their place without moving the page; where scripting is off, CSS removes them altogether. */}
      <div
        role="group"
        aria-label={words.filterLabel}
        class="timeline-filter no-print"
        data-pending={alive ? undefined : ''}
      >
        {choices.map((choice) => (
          <button
            type="button"
            aria-pressed={filter === choice.filter}
            disabled={!alive}
            onClick={() => choose(choice.filter)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <p role="status" class="timeline-status">
        {timelineStatus(locale, words.status, countShown(counts, filter), total)}
      </p>
      {children}
    </div>
  );
}
