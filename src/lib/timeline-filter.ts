/**
 * The timeline's filter, as the island uses it in the browser. Kept apart from the build-time
 * timeline code so the island ships only these few lines. Tracks are the story's (content/stories/):
 * the island is given their ids and labels, and knows no track of its own; its words come as props too,
 * in the page's edition (the status line is src/i18n/messages.ts's timelineStatus).
 */

/** A track's id, or 'all' for every event. */
export type TrackFilter = string;

/** The query parameter that keeps the filter in a shareable address: ?track=<track id>. */
export const TRACK_PARAM = 'track';

/** Whether an event on `track` is shown under `filter`. */
export function shows(filter: TrackFilter, track: string): boolean {
  return filter === 'all' || filter === track;
}

/** The filter a query string asks for, among the story's `tracks`; anything unknown shows every event. */
export function readTrack(search: string, tracks: readonly string[]): TrackFilter {
  const value = new URLSearchParams(search).get(TRACK_PARAM);
  return value !== null && tracks.includes(value) ? value : 'all';
}

/** The same address with the filter in its query (or without it, for every event); other parameters and the fragment are kept. */
export function urlWithTrack(href: string, filter: TrackFilter): string {
  const url = new URL(href);
  if (filter === 'all') url.searchParams.delete(TRACK_PARAM);
  else url.searchParams.set(TRACK_PARAM, filter);
  return url.href;
}

/** How many events a filter shows, given how many each track has. */
export function countShown(counts: Readonly<Record<string, number>>, filter: TrackFilter): number {
  return Object.entries(counts).reduce((sum, [track, n]) => sum + (shows(filter, track) ? n : 0), 0);
}
