import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { pageLabel } from '../../src/lib/pagination';

describe('pageLabel', () => {
  it.each([
    [1, 1, '', en],
    [1, 3, 'Page 1 of 3', en],
    [3, 3, 'Page 3 of 3', en],
    [1, 1, '', ru],
    [2, 5, 'Страница 2 из 5', ru],
  ])('page %i of %i → "%s"', (current, last, label, words) => {
    expect(pageLabel(current, last, words.pagination.page)).toBe(label);
  });
});

describe('pageLabel in another edition', () => {
  const russian = (n: number) => new Intl.NumberFormat('ru-RU').format(n);
  it.each([
    [1, 1, ''],
    [2, 3, 'Страница 2 из 3'],
    [1, 1200, 'Страница 1 из 1\u00a0200'],
  ])('page %i of %i → "%s"', (current, last, label) => {
    expect(pageLabel(current, last, 'Страница {current} из {last}', russian)).toBe(label);
  });
});
