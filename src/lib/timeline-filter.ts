/**
 * The timeline's filter, as the island uses it in the browser. Kept apart from the build-time
 * timeline code so the island ships only these few lines.
 */

export const TRACKS = ['ceasefire', 'kazakhstan'] as const;
export type Track = (typeof TRACKS)[number];
/** A track, or every event. */
export type TrackFilter = Track | 'all';

/** Each track in words, as readers see it on every event and on the filter buttons. */
export const TRACK_LABELS: Record<Track, string> = {
  ceasefire: 'Gaza: war and ceasefire',
  kazakhstan: 'Kazakhstan',
};

/** The query parameter that keeps the filter in a shareable address: ?track=kazakhstan. */
export const TRACK_PARAM = 'track';

export function isTrack(value: unknown): value is Track {
  return (TRACKS as readonly unknown[]).includes(value);
}

/** Whether an event on `track` is shown under `filter`. */
export function shows(filter: TrackFilter, track: string): boolean {
  return filter === 'all' || filter === track;
}

/** The filter a query string asks for; anything unknown shows every event. */
export function readTrack(search: string): TrackFilter {
  const value = new URLSearchParams(search).get(TRACK_PARAM);
  return isTrack(value) ? value : 'all';
}

/** The same address with the filter in its query (or without it, for every event); other parameters and the fragment are kept. */
export function urlWithTrack(href: string, filter: TrackFilter): string {
  const url = new URL(href);
  if (filter === 'all') url.searchParams.delete(TRACK_PARAM);
  else url.searchParams.set(TRACK_PARAM, filter);
  return url.href;
}

/** How many events a filter shows, given how many each track has. */
export function countShown(counts: Record<Track, number>, filter: TrackFilter): number {
  return TRACKS.reduce((sum, track) => sum + (shows(filter, track) ? counts[track] : 0), 0);
}

/** The line a screen reader announces when the filter changes. */
export function statusLine(shown: number, total: number): string {
  if (total === 1) return shown === 1 ? 'Showing 1 event' : 'Showing 0 of 1 event';
  return shown === total ? `Showing all ${total} events` : `Showing ${shown} of ${total} events`;
}
