// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TimelineFilter from '../../src/components/TimelineFilter';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';

// The words a page gives the island, in its edition.
const wordsOf = ({ timeline: { filterLabel, allEvents, status } }: typeof en) => ({ filterLabel, allEvents, status });
const english = wordsOf(en);

// The list as the server renders it: the island receives it as children and never re-renders it.
const list = (
  <ol>
    <li id="event-recognition" data-track="kazakhstan">
      <h2>Kazakhstan recognises Palestine</h2>
    </li>
    <li id="event-attack" data-track="ceasefire">
      <p data-gap="all">31 years later</p>
      <p data-gap="track" hidden>
        31 years later
      </p>
      <h2>Hamas attacks Israel</h2>
    </li>
    <li id="event-condemns" data-track="kazakhstan">
      <p data-gap="track" hidden>
        31 years later
      </p>
      <h2>The Foreign Ministry condemns the attacks</h2>
    </li>
  </ol>
);

const counts = { ceasefire: 1, kazakhstan: 2 };
// The story's tracks, given to the island as data: it knows none of its own.
const tracks = [
  { id: 'ceasefire', label: 'Gaza: war and ceasefire' },
  { id: 'kazakhstan', label: 'Kazakhstan' },
];
// Role queries leave out what a reader cannot perceive: the hidden items and everything in them.
const shownItems = () => screen.queryAllByRole('heading').map((h) => h.textContent);
const shownGapLabels = () =>
  screen
    .queryAllByText('31 years later')
    .filter((p) => !p.hidden && !p.closest('li')!.hidden)
    .map((p) => p.dataset['gap']);

describe('<TimelineFilter>', () => {
  beforeEach(() => history.replaceState(null, '', '/timeline/'));
  afterEach(cleanup);

  it('filters the list by track, says how many are shown, and keeps the filter in the address', async () => {
    render(
      <TimelineFilter tracks={tracks} counts={counts} words={english} locale="en-GB">
        {list}
      </TimelineFilter>,
    );
    const kazakhstan = await screen.findByRole('button', { name: 'Kazakhstan' });
    expect(screen.getByRole('status').textContent).toBe('Showing all 3 entries');
    expect(screen.getByRole('button', { name: 'All events' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(kazakhstan);
    await waitFor(() => expect(shownItems()).toHaveLength(2));
    expect(shownItems()).toEqual(['Kazakhstan recognises Palestine', 'The Foreign Ministry condemns the attacks']);
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 3 entries');
    expect(kazakhstan.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'All events' }).getAttribute('aria-pressed')).toBe('false');
    expect(location.search).toBe('?track=kazakhstan');
    expect(shownGapLabels()).toEqual(['track']);

    fireEvent.click(screen.getByRole('button', { name: 'All events' }));
    await waitFor(() => expect(shownItems()).toHaveLength(3));
    expect(screen.getByRole('status').textContent).toBe('Showing all 3 entries');
    expect(location.search).toBe('');
    expect(shownGapLabels()).toEqual(['all']);
  });

  it('opens on the filter a shared address names', async () => {
    history.replaceState(null, '', '/timeline/?track=ceasefire');
    render(
      <TimelineFilter tracks={tracks} counts={counts} words={english} locale="en-GB">
        {list}
      </TimelineFilter>,
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 entries'));
    expect(shownItems()).toEqual(['Hamas attacks Israel']);
    expect(screen.getByRole('button', { name: 'Gaza: war and ceasefire' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows every event when a permalink names one the filter would hide', async () => {
    history.replaceState(null, '', '/timeline/?track=ceasefire#event-condemns');
    render(
      <TimelineFilter tracks={tracks} counts={counts} words={english} locale="en-GB">
        {list}
      </TimelineFilter>,
    );
    await screen.findByRole('button', { name: 'All events' });
    await waitFor(() => expect(shownItems()).toHaveLength(3));
    expect(screen.getByRole('button', { name: 'All events' }).getAttribute('aria-pressed')).toBe('true');
    expect(location.search).toBe('');
    expect(location.hash).toBe('#event-condemns');
  });

  it('speaks the page’s edition: its group name, its all-events button and its status line', async () => {
    history.replaceState(null, '', '/ru/stories/fixture/timeline/');
    const russianTracks = [
      { id: 'ceasefire', label: 'Газа: война и прекращение огня' },
      { id: 'kazakhstan', label: 'Казахстан' },
    ];
    render(
      <TimelineFilter tracks={russianTracks} counts={counts} words={wordsOf(ru)} locale="ru-RU">
        {list}
      </TimelineFilter>,
    );
    const kazakhstan = await screen.findByRole('button', { name: 'Казахстан' });
    expect(screen.getByRole('group', { name: 'Показать события' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Все события' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Показаны все 3 записи');

    fireEvent.click(kazakhstan);
    await waitFor(() => expect(shownItems()).toHaveLength(2));
    expect(screen.getByRole('status').textContent).toBe('Показано 2 из 3 записей');
    expect(location.search).toBe('?track=kazakhstan');
  });
});
