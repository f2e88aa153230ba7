/**
 * Hands on, in the order of a list, items that arrive in any order: the search index numbers pages in
 * the order it is given them, and pages finish rendering two at a time, in whichever order they finish.
 * An item may arrive empty (a route that is not a page) and still holds its place; an item with no place
 * in the list waits until the end, after every listed one, in the order `compare` gives. Pure.
 */
export interface ListOrder<T> {
  /** The item at `position` of the list is here; `send` is called with every item now in order. */
  arrived(position: number | undefined, item: T | undefined): void;
  /** Every item still held (gaps in the list skipped, then the unlisted), each passed to `send`. */
  finish(): void;
}

export function listOrder<T>(send: (item: T) => void, compare: (a: T, b: T) => number): ListOrder<T> {
  const waiting = new Map<number, T | undefined>();
  const unlisted: T[] = [];
  let next = 0;
  return {
    arrived(position, item) {
      if (position === undefined) {
        if (item !== undefined) unlisted.push(item);
        return;
      }
      waiting.set(position, item);
      while (waiting.has(next)) {
        const ready = waiting.get(next);
        waiting.delete(next++);
        if (ready !== undefined) send(ready);
      }
    },
    finish() {
      for (const position of [...waiting.keys()].sort((a, b) => a - b)) {
        const item = waiting.get(position);
        if (item !== undefined) send(item);
      }
      waiting.clear();
      for (const item of unlisted.sort(compare)) send(item);
      unlisted.length = 0;
    },
  };
}
