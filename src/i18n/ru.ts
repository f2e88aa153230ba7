/**
 * Every word of the site's interface in Russian: the same keys as en.ts, which the type system holds it
 * to (a key missing or extra fails `npm run check`), and the same slots in every template, which
 * tests/unit/i18n.test.ts checks. Counts give Russian's four plural forms (one, few, many, other); where a
 * count follows a preposition the form carries its case ("из 19 событий", "на 2 страницах"). Conventions:
 * content/translations/ru/README.md.
 */
import type { en } from './en.ts';
import { countForms } from './plural.ts';

export const ru = {
  layout: {
    skipToContent: 'Перейти к содержанию',
  },
  header: {
    homeLabel: '{site}, на главную',
    navLabel: 'Основное меню',
    timeline: 'Хронология',
    topics: 'Темы',
    sources: 'Источники',
    about: 'О сайте',
    subscribe: 'Подписка',
    search: 'Поиск',
  },
  languageSwitcher: {
    label: 'Язык',
    thisPage: 'Русский: эта страница по-русски',
  },
  theme: {
    label: 'Тема:',
    system: 'системная',
    light: 'светлая',
    dark: 'тёмная',
    switchTo: 'Переключить на {theme}',
  },
  footer: {
    about:
      'Multivector объясняет новости по их источникам. Каждая цитата сверяется с исходным документом знак в знак; факты из других публикаций помечены как контекст и снабжены ссылками.',
    howItWorks: 'Как устроен этот сайт',
    topics: 'Темы',
    sources: 'Исходные документы',
    subscribe: 'Подписка через RSS',
    copyright: '© {year} {site}',
  },
  seo: {
    feedTitle: '{site} ({format})',
    topicFeedTitle: '{site}: {topic} (RSS)',
  },
  articleMeta: {
    by: '{name}',
    published: 'Опубликовано {date}',
    addedTo: 'Добавлено на {site} {date}',
    updated: 'Обновлено {date}',
    separator: ' · ',
    minutes: countForms({
      one: '{count} мин чтения',
      few: '{count} мин чтения',
      many: '{count} мин чтения',
      other: '{count} мин чтения',
    }),
  },
  formats: {
    report: 'Исходное сообщение',
    explainer: 'Разбор',
    factfile: 'Факты и цифры',
  },
  articleCard: {
    origin: '{publisher}, {date}',
  },
  articleBody: {
    feedOrigin: 'Опубликовано изданием {publisher} {date}; добавлено на {site} {added}.',
  },
  article: {
    topics: 'Темы: ',
    topicSeparator: ', ',
    related: 'Похожие материалы',
    partOf: 'Часть сюжета {story}',
    translation: 'Это наш перевод. Оригинал: {original} ({language}).',
  },
  keyTakeaways: {
    title: 'Главное',
  },
  tableOfContents: {
    title: 'В этой статье',
    sections: countForms({
      one: '· {count} раздел',
      few: '· {count} раздела',
      many: '· {count} разделов',
      other: '· {count} раздела',
    }),
  },
  corrections: {
    title: 'Исправления и обновления',
    correction: 'исправление',
    update: 'обновление',
  },
  citations: {
    separator: '; ',
    withDate: '{publisher}, {date}',
  },
  excerptNotice: {
    title: 'Здесь исходный текст обрывается на середине предложения.',
    body: 'Мы получили только этот фрагмент сообщения. Остальная его часть нам недоступна, и мы её не дописывали и не домысливали. Полный текст, возможно, есть на {website}.',
    website: 'сайте {publisher}',
  },
  passageKinds: {
    sentence: 'предложение',
    paragraph: 'абзац',
    heading: 'заголовок',
  },
  cite: {
    caption: '{publisher}, {kind} {number}',
    quotedFrom: 'Цитата: {publisher}, {kind} ',
    translationLabel: 'Наш перевод',
    original: 'Оригинал ({language})',
  },
  context: {
    before: 'Контекст',
    after: 'Что было дальше',
    label: '{label} · из других публикаций',
    sources: countForms({ one: 'Источник: ', few: 'Источники: ', many: 'Источники: ', other: 'Источники: ' }),
  },
  copy: {
    failed: 'Не удалось скопировать: выделите адрес и скопируйте его вручную.',
  },
  evidence: {
    marker: 'Подтверждение: ',
    context: 'контекст',
    feedContext: 'контекст: {citation}',
    dialog: 'Подтверждение',
    caption: '{publisher}, {date}: {kind} {number}',
    allContext: 'Все факты контекста',
    close: 'Закрыть',
  },
  feedAddress: {
    copy: 'Скопировать адрес',
    copied: 'Адрес скопирован.',
    addTo: 'Добавить в',
    addLabel: 'Добавить {feed} в {reader}',
  },
  share: {
    title: 'Поделиться',
    copy: 'Скопировать ссылку',
    copied: 'Ссылка скопирована.',
    more: 'Поделиться…',
    email: 'Эл. почта',
  },
  sourceBox: {
    title: 'Откуда эти сведения',
    builtFrom: 'Основано на сообщении {headline} издания {publisher}, опубликованном {date}{excerpt}.',
    excerpt: ' (у нас есть только фрагмент, который обрывается на середине предложения)',
    readSource: 'Исходный документ, фрагмент за фрагментом',
    original: 'Оригинал на сайте {publisher}',
    contextFacts: countForms({
      one: 'В статье также использован {count} факт из других публикаций, каждый помечен как контекст и снабжён источником: {link}.',
      few: 'В статье также использованы {count} факта из других публикаций, каждый помечен как контекст и снабжён источником: {link}.',
      many: 'В статье также использовано {count} фактов из других публикаций, каждый помечен как контекст и снабжён источником: {link}.',
      other:
        'В статье также использовано {count} факта из других публикаций, каждый помечен как контекст и снабжён источником: {link}.',
    }),
    allContext: 'все факты контекста',
    markers: 'Значок после каждого утверждения открывает фрагмент или факт, на котором оно основано.',
  },
  sourceText: {
    sectionLink: 'Ссылка на этот раздел: {heading}',
    inSource: 'В исходном документе: ',
  },
  timeline: {
    whole: 'Вся хронология, {from} — {to}: {events}',
    events: countForms({
      one: '{count} событие',
      few: '{count} события',
      many: '{count} событий',
      other: '{count} события',
    }),
    entries: countForms({
      one: '{count} запись',
      few: '{count} записи',
      many: '{count} записей',
      other: '{count} записи',
    }),
    wholeWithEvidence: 'Вся хронология, {from} — {to}, с подтверждением каждого события',
    around: 'Около ',
    inferred: ' (дата определена косвенно)',
    searchTitle: '{date}: {headline}',
    kinds: {
      event: 'Событие',
      statement: 'Заявление',
      expectation: 'Ожидание, а не событие',
      figure: 'Показатель за период',
    },
    figurePrecision: { year: 'за год', month: 'за месяц', day: '' },
    precision: { year: 'месяц и день не указаны', month: 'день не указан', day: '' },
    approximate: 'приблизительная',
    inferredFlag: 'определена косвенно',
    flagsJoin: ' и ',
    dateNote: 'Дата {flags}.',
    fromOtherReporting: 'Из других публикаций: ',
    translation: 'Наш перевод фрагмента: ',
    alsoReported: 'Также сообщали: ',
    respondsTo: 'Ответ на: ',
    answeredBy: 'Ответом стало: ',
    permalink: 'Ссылка на это событие',
    draft: 'Черновик — не опубликовано',
    within:
      'Точнее датированные события внутри периода «{period}». Источники не сообщают, произошли они до или после события выше.',
    filterLabel: 'Показать события',
    allEvents: 'Все события',
    status: {
      one: 'Показана 1 запись',
      noneOfOne: 'Показано 0 из 1 записи',
      all: countForms({
        one: 'Показаны все {count} запись',
        few: 'Показаны все {count} записи',
        many: 'Показаны все {count} записей',
        other: 'Показаны все {count} записи',
      }),
      some: countForms({
        one: 'Показано {shown} из {count} записи',
        few: 'Показано {shown} из {count} записей',
        many: 'Показано {shown} из {count} записей',
        other: 'Показано {shown} из {count} записи',
      }),
    },
    gap: {
      years: countForms({
        one: 'Спустя {count} год',
        few: 'Спустя {count} года',
        many: 'Спустя {count} лет',
        other: 'Спустя {count} года',
      }),
      months: countForms({
        one: 'Спустя {count} месяц',
        few: 'Спустя {count} месяца',
        many: 'Спустя {count} месяцев',
        other: 'Спустя {count} месяца',
      }),
      moreThanYears: countForms({
        one: 'Спустя более {count} года',
        few: 'Спустя более {count} лет',
        many: 'Спустя более {count} лет',
        other: 'Спустя более {count} года',
      }),
      moreThanMonths: countForms({
        one: 'Спустя более {count} месяца',
        few: 'Спустя более {count} месяцев',
        many: 'Спустя более {count} месяцев',
        other: 'Спустя более {count} месяца',
      }),
    },
  },
  dates: {
    // Intl writes "13 октября 2025 г."; in running text the year is written out: "13 октября 2025 года".
    written: (text: string): string => text.replace(/(\d{4}) г\./g, '$1 года'),
    // A label is in the nominative, as the month's is («октябрь 2023 года»); running text puts the case around it.
    year: '{year} год',
  },
  notFound: {
    title: 'Страница не найдена',
    description: 'По этому адресу страницы нет.',
    lead: 'По этому адресу страницы нет. Возможно, в адресе опечатка или страница переехала.',
    home: '{link} со всеми статьями сюжета',
    homeLink: 'Главная страница',
    topics: 'Темы',
    sources: 'Исходные документы',
    searchLabel: 'Поиск по сайту',
    startFrom: 'Или начните с:',
  },
  about: {
    title: 'О сайте: как он устроен',
    description:
      'Как устроен Multivector: разборы по исходным документам, цитаты, сверенные знак в знак, подтверждение у каждого утверждения, факты контекста со ссылками.',
    heading: 'Как устроен этот сайт',
    lead: 'Multivector объясняет новости по сообщениям, на которых они основаны. Мы сделали его так, чтобы вы могли проверить каждое слово.',
    storiesHeading: 'Сюжеты',
    storyItem: '{title}: {standfirst}',
    sourcesHeading: 'Исходные документы',
    builtFrom: 'Наши статьи основаны на {reports}:',
    reports: countForms({
      '=1': 'одном новостном сообщении',
      one: '{count} новостном сообщении',
      few: '{count} новостных сообщениях',
      many: '{count} новостных сообщениях',
      other: '{count} новостного сообщения',
    }),
    sourceItem: '{headline}, {publisher}, {date}.',
    excerpt:
      ' У нас есть только его фрагмент: текст обрывается на середине предложения, и мы говорим об этом везде, где его показываем.',
    keptAsReceived:
      'Мы храним каждый файл точно в том виде, в каком его получили. Если документ пришёл одним сплошным блоком текста, мы расставили абзацы и восстановили подзаголовки; где они проходят, записано рядом с файлом, а сам текст мы никогда не правим. У каждого абзаца и предложения есть номер, поэтому ссылка ведёт точно к нужным словам.',
    evidenceHeading: 'У каждого утверждения есть подтверждение',
    evidence:
      'В наших разборах и подборках фактов каждый абзац заканчивается небольшим значком. Это ссылка на предложение источника или на факт из другой публикации, на котором основан абзац: на странице источника наш перевод стоит под оригиналом, а каждый факт контекста приведён вместе с публикациями, которые о нём сообщили. Если у абзаца нет значка или он ссылается на несуществующий фрагмент или факт, сайт не собирается. Сейчас в статьях {markers}.',
    markers: countForms({
      one: '{count} такой значок',
      few: '{count} таких значка',
      many: '{count} таких значков',
      other: '{count} такого значка',
    }),
    quotationsHeading: 'Цитаты проверяются',
    quotations:
      'Наши статьи никогда не перепечатывают слова сообщения вручную. Автор указывает фрагмент, и сайт берёт цитату из источника при сборке страниц. Если статья ссылается на несуществующий фрагмент или на слова, которых в нём нет, сайт не собирается. Сейчас в собственном тексте статей {quotations}, и каждая ведёт к своему месту в источнике; хронология цитирует источник для каждого события, взятого из него.',
    quotationCount: countForms({
      one: '{count} такая цитата',
      few: '{count} такие цитаты',
      many: '{count} таких цитат',
      other: '{count} такой цитаты',
    }),
    contextHeading: 'Контекст помечен и снабжён ссылками',
    context:
      'Иногда читателю нужен факт, которого нет в сообщении, например о том, что произошло после его публикации. Мы используем только {facts} из {list}, каждый взят из других опубликованных материалов, и показываем каждый отдельно от сведений самого сообщения, с пометкой «контекст», названием издания, ссылкой и, если публикация её указывает, датой.',
    facts: countForms({ one: '{count} факт', few: '{count} факта', many: '{count} фактов', other: '{count} факта' }),
    list: 'короткого списка',
    notHeading: 'Чего мы не делаем',
    notComplete: 'Мы не дописываем фрагменты и не домысливаем то, что в них опущено.',
    notCorrect:
      'Мы не исправляем источник: его пунктуация, включая цитату, которая открывается прямой кавычкой, а закрывается фигурной, сохранена в том виде, в каком мы её получили.',
    notLoad:
      'Мы ничего не загружаем с других сайтов: ни рекламы, ни отслеживания, ни веб-шрифтов, ни встроенных медиа.',
    correctionsHeading: 'Исправления',
    corrections:
      'Если мы исправляем или обновляем статью, изменение указывается в её конце вместе с датой и описанием того, что изменилось.',
    translationsHeading: 'Переводы',
    translations:
      'Исходные документы остаются на своём языке, слово в слово, и каждая цитата по-прежнему сверяется с ними. Переводы на этом сайте наши: они помечены как перевод, а оригинал всегда в одном шаге.',
  },
  contextPage: {
    title: 'Контекст: факты из других публикаций',
    description:
      'Факты из других опубликованных материалов, которые могут использовать наши разборы и хронология, каждый со ссылками на сообщившие о нём публикации.',
    heading: 'Контекст: факты из других публикаций',
    lead: 'Наши статьи основаны на исходных документах. Если читателю нужно то, чего в источнике нет, мы можем использовать только факты, приведённые ниже: {facts} из {reports} ({publishers}). Каждый изложен нашими словами, со ссылками на сообщившие о нём публикации, и везде, где он появляется, помечен как контекст.',
    facts: countForms({ one: '{count} факт', few: '{count} факта', many: '{count} фактов', other: '{count} факта' }),
    reports: countForms({
      one: '{count} другой публикации',
      few: '{count} других публикаций',
      many: '{count} других публикаций',
      other: '{count} другой публикации',
    }),
    publishers: countForms({
      one: '{count} издание',
      few: '{count} издания',
      many: '{count} изданий',
      other: '{count} издания',
    }),
    before: 'До сообщения и в дни его выхода',
    after: 'Что было дальше',
    reportedBy: 'Сообщили: ',
    onTimeline: 'В хронологии',
  },
  home: {
    heading: '{site}: новости, объяснённые по источникам',
    lead: '{stories} по {reports} и {facts} из других публикаций; у каждого утверждения есть подтверждение.',
    stories: countForms({
      one: '{count} сюжет',
      few: '{count} сюжета',
      many: '{count} сюжетов',
      other: '{count} сюжета',
    }),
    reports: countForms({
      one: '{count} новостному сообщению',
      few: '{count} новостным сообщениям',
      many: '{count} новостным сообщениям',
      other: '{count} новостного сообщения',
    }),
    facts: countForms({ one: '{count} факту', few: '{count} фактам', many: '{count} фактам', other: '{count} факта' }),
    storyKicker: 'Сюжет',
    // Entries, as the English says: the timeline holds statements, an expectation and a figure, not only events.
    timeline: '{title}: {events}, {from} — {to}, у каждой — подтверждение.',
    events: countForms({
      one: '{count} запись',
      few: '{count} записи',
      many: '{count} записей',
      other: '{count} записи',
    }),
    more: 'Другие статьи',
    archive: 'Все статьи, сначала новые ({count})',
    topics: 'Темы',
  },
  search: {
    title: 'Поиск',
    description:
      'Поиск по статьям, исходным документам и хронологиям; каждый результат открывается на фрагменте, где это сказано.',
    heading: 'Поиск',
    lead: 'Найдите имя, число или фразу в статьях, исходных документах и хронологиях. Каждый результат открывается на предложении, абзаце или событии, где это сказано.',
    noScript: 'Для поиска нужен JavaScript, а в этом браузере он выключен или недоступен.',
    noScriptLinks:
      'Всё на сайте доступно и без него: откройте {stories}, у каждого из которых есть хронология событий, {topics} или {sources}, где у каждого абзаца и предложения есть своя ссылка.',
    stories: 'сюжеты',
    topicPages: 'страницы тем',
    sources: 'исходные документы',
    label: 'Что искать',
    button: 'Найти',
    prompt: 'Введите слово, имя или число, чтобы искать в статьях, исходном документе и хронологии.',
    none: 'По запросу «{query}» ничего не найдено. Попробуйте меньше слов или другое написание.',
    found: 'По запросу «{query}» {verb} {passages} {pages}.',
    passages: countForms({
      one: '{count} фрагмент',
      few: '{count} фрагмента',
      many: '{count} фрагментов',
      other: '{count} фрагмента',
    }),
    pages: countForms({
      one: 'на {count} странице',
      few: 'на {count} страницах',
      many: 'на {count} страницах',
      other: 'на {count} страницы',
    }),
    verb: countForms({ one: 'найден', few: 'найдено', many: 'найдено', other: 'найдено' }),
    failed: 'Не удалось загрузить поиск. Перезагрузите страницу и попробуйте снова.',
  },
  subscribe: {
    title: 'Подписка',
    description:
      'Читайте Multivector в любой программе для чтения лент: адреса RSS, Atom и JSON Feed для всего сайта и для каждой темы, последние статьи целиком.',
    heading: 'Подписка',
    lead: 'Подпишитесь на Multivector в программе для чтения лент, и каждая новая статья будет приходить туда целиком, с цитатами и ссылками на источник. Не нужны ни учётная запись, ни адрес электронной почты, и никто за вами не следит.',
    howHeading: 'Как подписаться',
    step1: 'Откройте программу для чтения лент (например, NetNewsWire, Feedly, Inoreader или Thunderbird).',
    step2:
      'Выберите «Добавить ленту» или «Подписаться» и вставьте один из адресов ниже или перейдите по ссылке для вашей программы.',
    step3: 'Многие программы находят ленты сами, если указать им адрес сайта.',
    siteHeading: 'Весь сайт',
    siteLead: countForms({
      one: 'Последняя {count} статья, сначала новые, каждая целиком. Выберите один формат: статьи в них одни и те же.',
      few: 'Последние {count} статьи, сначала новые, каждая целиком. Выберите один формат: статьи в них одни и те же.',
      many: 'Последние {count} статей, сначала новые, каждая целиком. Выберите один формат: статьи в них одни и те же.',
      other:
        'Последние {count} статьи, сначала новые, каждая целиком. Выберите один формат: статьи в них одни и те же.',
    }),
    formats: {
      RSS: 'её читает любая программа для чтения лент и большинство новостных приложений',
      Atom: 'те же статьи для программ, которые предпочитают Atom',
      'JSON Feed': 'те же статьи в JSON, для приложений и скриптов',
    },
    formatLine: '{format}: {what}',
    siteReaders: 'весь сайт (RSS)',
    storyHeading: 'Один сюжет',
    storyLead: 'Только статьи одного сюжета, в формате RSS.',
    storyReaders: '{story} (RSS)',
    storyFeedTitle: '{site}: {story}',
    topicHeading: 'Одна тема',
    topicLead: 'Только статьи по одной теме, в формате RSS.',
    topicReaders: '{topic} (RSS)',
  },
  archive: {
    title: 'Все статьи',
    titlePage: 'Все статьи, страница {page}',
    description: 'Все статьи, опубликованные на {site}, сначала новые.',
    heading: 'Все статьи',
    count: countForms({
      one: '{count} статья, сначала новые.',
      few: '{count} статьи, сначала новые.',
      many: '{count} статей, сначала новые.',
      other: '{count} статьи, сначала новые.',
    }),
  },
  timelinePage: {
    reportedIn: 'Датированные события, заявления и цифры из {sources} рядом с фактами из других публикаций.',
    sourceItem: 'сообщения {headline} ({publisher}, {date}{excerpt})',
    sourceSeparator: ', ',
    sourceJoin: ' и ',
    excerpt: '; у нас есть только его фрагмент, который обрывается на середине предложения',
    evidence:
      'Каждое событие из сообщения цитирует его слова и ссылается на них. События из других публикаций помечены как контекст и снабжены источниками; {link} приведён со ссылками на публикации.',
    everyFact: 'каждый факт контекста',
    precision:
      'Даты указаны с той точностью, которую дают источники: год, месяц или день. Если дату мы вывели сами, у события сказано как. Событие, известное только с точностью до месяца, включает события, датированные точнее внутри него: источники не говорят, что было раньше.',
    searchTitle: 'Хронология',
    moved: 'У этой хронологии теперь свой адрес: {link}. Ссылки на её события здесь продолжают работать.',
    movedLink: '{title}: хронология',
    indexTitle: 'Хронологии',
    indexDescription: 'Хронология каждого сюжета: каждое датированное событие с подтверждением.',
  },
  storyPage: {
    kicker: 'Сюжет',
    pageTitle: '{title}: статьи, страница {page}',
    lead: 'Главная статья',
    timelineKicker: 'Хронология',
    timeline: '{entries}, {from} — {to}, у каждой — подтверждение:',
    entries: countForms({
      '=0': 'нет записей',
      one: '{count} запись',
      few: '{count} записи',
      many: '{count} записей',
      other: '{count} записи',
    }),
    track: '{label} ({entries}): {description}',
    more: 'Ещё по этому сюжету',
    pages: 'Статьи сюжета «{title}»',
    builtFrom: 'На основе',
    source: '{headline}, {publisher}, {date}{excerpt}',
    excerpt: ' (фрагмент)',
    allSources: countForms({
      one: 'Все {count} исходный документ',
      few: 'Все {count} исходных документа',
      many: 'Все {count} исходных документов',
      other: 'Все {count} исходного документа',
    }),
    follow: 'Следить за сюжетом через RSS',
    feedTitle: '{site}: {title} (RSS)',
  },
  sourcesPage: {
    title: 'Исходные документы',
    titlePage: 'Исходные документы, страница {page}',
    description:
      'Документы, на которых построен сайт, в том виде, в каком мы их получили; на каждый фрагмент можно сослаться.',
    heading: 'Исходные документы',
    lead: 'Наши статьи основаны на этих документах, а факты из других публикаций помечены как {context}. Каждый документ хранится точно в том виде, в каком мы его получили.',
    context: 'контекст',
    item: '{publisher}, {date}{excerpt}',
    excerpt: ' · фрагмент',
  },
  sourcePage: {
    title: 'Источник: {headline}',
    description:
      'Исходный документ в том виде, в каком мы его получили: {publisher}, {date}. На каждый абзац и предложение можно сослаться.',
    kicker: 'Исходный документ',
    publisher: 'Издание',
    published: 'Опубликовано',
    original: 'Оригинал',
    language: 'Язык',
    completeness: 'Полнота',
    sha256: 'SHA-256',
    excerpt: 'Фрагмент: текст обрывается на середине предложения',
    complete: 'Полный текст сообщения',
    howToRead: 'Как читать эту страницу',
    flattened:
      'Документ пришёл в виде двух строк: заголовок, а затем всё сообщение одним абзацем. Ниже в точности этот текст. Разбивка на абзацы наша{lifted}; слова не тронуты.',
    liftedOne: ', а подзаголовок вынесен из сплошного текста, где он стоял',
    liftedMany: ', а подзаголовки вынесены из сплошного текста, где они стояли',
    asArrived:
      'Ниже в точности документ в том виде, в каком он пришёл, со своими абзацами и подзаголовками; слова не тронуты.',
    numbered:
      'У каждого абзаца (¶) и предложения есть номер, на который можно сослаться, и каждая цитата на этом сайте при сборке сверяется с этими предложениями.',
    paragraph: 'Абзац {number}',
    paragraphLink: 'Ссылка на абзац {number}',
    sentenceLink: 'Ссылка на предложение {number}',
    asReceived: 'Файл в точности в том виде, в каком он получен',
    translationHeading: 'Оригинал и наш перевод, фрагмент за фрагментом',
    translationNote:
      'Текст сообщения остаётся таким, каким мы его получили, на языке оригинала ({language}). Под каждым фрагментом наш перевод, помеченный как наш; цитаты сверяются с оригиналом.',
    translationLabel: 'Наш перевод',
  },
  topicsPage: {
    title: 'Темы',
    description: 'Все темы, которые освещает {site}, со статьями по каждой.',
    heading: 'Темы',
    articles: countForms({
      one: '{count} статья',
      few: '{count} статьи',
      many: '{count} статей',
      other: '{count} статьи',
    }),
  },
  topicPage: {
    kicker: 'Тема',
    follow: 'Следить за темой через RSS',
    otherFeeds: 'другие ленты',
    empty: 'По этой теме пока ничего не опубликовано.',
    feedTitle: '{site}: {topic}',
    pageTitle: '{topic}, страница {page}',
    pagesLabel: 'Статьи по теме «{topic}»',
  },
  pagination: {
    newer: '← Более новые',
    older: 'Более ранние →',
    page: 'Страница {current} из {last}',
    nav: '{label}: страницы',
  },
  cards: {
    siteKicker: 'Разборы: сначала источники',
    siteDek:
      'Каждая цитата сверена с исходным документом знак в знак. Факты из других публикаций помечены и снабжены ссылками.',
    siteAlt: '{site}: {tagline}.',
    articleAlt: '{title}: заголовок на карточке {site}.',
    date: '{publisher}, {date}',
  },
} satisfies typeof en;
