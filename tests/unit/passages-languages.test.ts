import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSentences, splitPassages } from '../../src/lib/passages';

const sentences = (text: string, locale?: string) => segmentSentences(text, locale).map((s) => s.text);

describe('segmentSentences in Russian', () => {
  it.each([
    [
      'an initial before a surname',
      'Об этом сообщил пресс-секретарь Р. Желдыбай. Позже он уточнил детали.',
      ['Об этом сообщил пресс-секретарь Р. Желдыбай.', 'Позже он уточнил детали.'],
    ],
    [
      'two initials joined by a hyphen',
      'Президент К.-Ж. Токаев приветствовал соглашение. Заявление опубликовано.',
      ['Президент К.-Ж. Токаев приветствовал соглашение.', 'Заявление опубликовано.'],
    ],
    [
      'a unit before a capitalised name',
      'Товарооборот превысил 450 млн долл. США в 2023 году. Это немало.',
      ['Товарооборот превысил 450 млн долл. США в 2023 году.', 'Это немало.'],
    ],
    [
      '«г.» before a city',
      'Саммит прошёл в г. Шарм-эш-Шейх. Израиль не участвовал.',
      ['Саммит прошёл в г. Шарм-эш-Шейх.', 'Израиль не участвовал.'],
    ],
    [
      '«т. е.» before a capital',
      'Речь идёт о двух государствах, т. е. Израиле и Палестине. Так сказано в сообщении.',
      ['Речь идёт о двух государствах, т. е. Израиле и Палестине.', 'Так сказано в сообщении.'],
    ],
    [
      'a quotation in «ёлочках» that ends a sentence',
      'Позиция страны — «два государства для двух народов». Она не менялась.',
      ['Позиция страны — «два государства для двух народов».', 'Она не менялась.'],
    ],
    [
      'a question and an exclamation',
      'Что произошло 13 октября? Хамас передал заложников! Так сообщается.',
      ['Что произошло 13 октября?', 'Хамас передал заложников!', 'Так сообщается.'],
    ],
    [
      'an unfinished last sentence',
      'Израиль ввёл блокаду. В то время 76...',
      ['Израиль ввёл блокаду.', 'В то время 76...'],
    ],
  ])('%s', (_, text, expected) => {
    expect(sentences(text, 'ru')).toEqual(expected);
  });

  it('knows the language by its primary subtag', () => {
    const text = 'Пресс-секретарь Р. Желдыбай заявил. Затем выступил министр.';
    expect(sentences(text, 'ru-RU')).toEqual(sentences(text, 'ru'));
    expect(sentences(text, 'ru-KZ')).toEqual(sentences(text, 'ru'));
  });

  it('gives offsets that point at each sentence in the text', () => {
    const text =
      'Токаев поддержал план 30 сентября. 9 октября он приветствовал соглашение. Желдыбай, т. е. пресс-секретарь, объявил об этом.';
    for (const s of segmentSentences(text, 'ru')) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(segmentSentences(text, 'ru')).toHaveLength(3);
  });
});

describe('segmentSentences in English, unchanged', () => {
  const raw = readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt', 'utf8');
  const body = raw.split('\n')[1]!;
  const meta = JSON.parse(readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.json', 'utf8'));

  it.each(['en', 'en-GB', 'en-US'])(
    'reads our source in %s as in en: 26 sentences, "U.S. President" kept whole',
    (locale) => {
      const split = segmentSentences(body, locale);
      expect(split).toEqual(segmentSentences(body));
      expect(split).toHaveLength(26);
      expect(split[2]!.text).toMatch(/^On October 13, U\.S\. President Donald Trump addressed the Knesset/);
    },
  );

  it('keeps the English list to English: a Russian text with "Dr." is split as Intl splits it', () => {
    expect(sentences('Пришёл Dr. Smith. Все встали.', 'ru')).toEqual(['Пришёл Dr.', 'Smith.', 'Все встали.']);
  });

  it('numbers the source passages as before', () => {
    const ids = splitPassages(body, meta.structure, meta.language).flatMap((b) =>
      b.kind === 'paragraph' ? [b.id, ...b.sentences.map((s) => s.id)] : [b.id],
    );
    expect(ids).toHaveLength(13 + 26 + 1);
  });
});
