// The article as a region of the page: whatever chrome an unseen outlet puts around the story,
// the body is the run of prose, the headline the title-shaped line nearest above it, and the
// publication date the one printed beside the headline, not the site header's today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../src/extract/layout/clean.ts';
import { classifyLine } from '../src/extract/layout/content-region.ts';
import { ingestFile } from '../src/ingest/ingest-file.ts';

const P1 = 'The energy ministers of Kyrgyzstan and Tajikistan agreed on Tuesday to extend their summer power swap for another five years, officials said.';
const P2 = 'Under the deal, surplus hydropower will flow north in July and August and return as thermal power during the winter months.';
const P3 = 'Engineers will also upgrade two substations on the border before the next season begins.';
const HEAD = 'Kyrgyzstan and Tajikistan extend power swap';

const record = (text: string) => ingestFile({ bytes: new TextEncoder().encode(text), origin: 'content/raw/x.txt' }).article!.record;

const pages: { name: string; lines: string[]; headline: string; date?: string | null }[] = [
  {
    name: 'menus, tickers and a weather widget above; share and related links below (English)',
    lines: ['Home', 'News', 'Politics', 'Search', '• USD 89.40', '• EUR 97.12', '+23 °C', 'Sunday, March 9, 2025', 'Home > Region > Energy', HEAD, 'By Staff Reporter | Published: March 4, 2025 09:15', '512 views', P1, P2, P3, 'Share', 'Other news', 'Uzbekistan opens a solar park in Navoi', 'Kazakh grain exports hit a record', 'ENDS'],
    headline: HEAD,
    date: '2025-03-04',
  },
  {
    name: 'a Russian page whose header prints today and whose story prints its own date',
    lines: ['суббота, 12 апреля 2025', 'Главная', 'Новости', 'Мы в соцсетях:', 'Киргизия и Таджикистан продлили обмен электроэнергией', '4 марта 2025 09:15 Просмотров: 512',
      'Министры энергетики Киргизии и Таджикистана во вторник договорились продлить летний обмен электроэнергией ещё на пять лет.',
      'Излишки гидроэнергии будут передаваться на север в июле и августе, а зимой возвращаться в виде тепловой энергии.',
      'Поделиться:', 'Другие новости'],
    headline: 'Киргизия и Таджикистан продлили обмен электроэнергией',
    date: '2025-03-04',
  },
  {
    name: 'a date labelled as the last update above the headline counts; the site name does not',
    lines: ['Daily Wire Online', 'Last updated: Tuesday, 4 March, 2025, 10:05 GMT', HEAD, 'By Anna Sultanova', P1, P2],
    headline: HEAD,
    date: '2025-03-04',
  },
  {
    name: 'a wire story stamped just below its last paragraph',
    lines: [HEAD, 'Wire Service', P1, P2, '(END) Wire Service', 'March 04, 2025 07:10 ET (12:10 GMT)', 'Copyright (c) 2025 Wire Service'],
    headline: HEAD,
    date: '2025-03-04',
  },
  {
    name: 'a short date line right above the headline, in Kazakh',
    lines: ['• USD 468.56', '29 Наурыз, 05:38:42', '4 Наурыз, 2025 NEWS', 'Қырғызстан мен Тәжікстан электр алмасуын ұзартты',
      'Қырғызстан мен Тәжікстанның энергетика министрлері сейсенбі күні жазғы электр алмасуын тағы бес жылға ұзартуға келісті.'],
    headline: 'Қырғызстан мен Тәжікстан электр алмасуын ұзартты',
    date: '2025-03-04',
  },
  {
    name: 'a headline printed twice with the date line between the copies',
    lines: ['Новости', HEAD, '450', '04.03.2025', HEAD, P1, P2],
    headline: HEAD,
    date: '2025-03-04',
  },
  {
    name: 'a Persian page, whose headline has no capitals',
    lines: ['خانه', 'تمدید تبادل برق میان قرقیزستان و تاجیکستان',
      'وزیران انرژی قرقیزستان و تاجیکستان روز سه‌شنبه توافق کردند که تبادل برق تابستانی را پنج سال دیگر تمدید کنند.'],
    headline: 'تمدید تبادل برق میان قرقیزستان و تاجیکستان',
  },
  {
    name: 'a source line ending in its place, and a dateline that opens with its date, above the story (Spanish)',
    lines: ['Kirguistán y Tayikistán prorrogan el intercambio de electricidad', 'Servicio Estatal de Información (Bishkek)', '4 de marzo, Bishkek. Informa el corresponsal',
      'Los ministros de energía de Kirguistán y Tayikistán acordaron el martes prorrogar por cinco años más el intercambio de electricidad.'],
    headline: 'Kirguistán y Tayikistán prorrogan el intercambio de electricidad',
  },
  {
    name: 'a header date with no date beside the headline gives no date',
    lines: ['Independent Voice of the Region', '18.2 C', 'Friday, May 9, 2025', HEAD, P1, P2],
    headline: HEAD,
    date: null,
  },
  {
    name: 'a caption with its photo credit and a byline sit between the headline and the story (German)',
    lines: ['Startseite', 'Kirgistan und Tadschikistan verlängern den Stromtausch', 'Von Anna Weber | Nachrichten | Aktualisiert: 2025-03-04 10:13',
      'Die Energieminister beider Länder nach der Unterzeichnung in Bischkek am 3. März 2025. [Foto/Pressedienst]',
      'Die Energieminister Kirgistans und Tadschikistans haben am Dienstag vereinbart, den sommerlichen Stromtausch um fünf Jahre zu verlängern.',
      'Überschüssiger Strom aus Wasserkraft fließt im Juli und August nach Norden und kehrt im Winter als Wärmestrom zurück.'],
    headline: 'Kirgistan und Tadschikistan verlängern den Stromtausch',
    date: '2025-03-04',
  },
];

for (const page of pages) {
  test(`the story is found on ${page.name}`, () => {
    const text = page.lines.join('\n\n') + '\n';
    const clean = cleanArticle(text);
    assert.equal(clean.headline, page.headline);
    // The body as the record keeps it: stamps above the story are read off its first paragraph.
    const body = ingestFile({ bytes: new TextEncoder().encode(text), origin: 'content/raw/x.txt' }).article!.body.replace(/\\(.)/g, '$1');
    // The story is the lines written as sentences of the article; all else must go.
    const story = page.lines.filter((l) => l.length > 80 && /[.!?]$/.test(l));
    for (const p of story) assert.ok(body.includes(p.slice(20, 80)), `kept: ${p.slice(0, 40)}`);
    for (const l of page.lines) {
      if (!story.includes(l) && l !== page.headline) assert.ok(!body.includes(l), `dropped: ${l}`);
    }
    if (page.date !== undefined) assert.equal(record(text).date, page.date);
  });
}

test('a menu word, a ticker, a temperature, a counter or a breadcrumb is never the title', () => {
  for (const chrome of ['Latest', '• EUR 1.0842', '+23 °C', '512 views', 'Home > World > Asia', 'Share - Telegram',
    'Copy of 2025-03-04T101500Z_88213_RTR_ENERGY-SWAP', 'Friday, 07, March, 2025', 'суббота, 8 марта 2025',
    'Engineers at the substation on Monday. / Daily Wire', '3 years ago siteadmin Comments Off on Power swap', 'By Anna Sultanova | Daily Wire | 10:15']) {
    const title = record(`${chrome}\n\n${P1}\n\n${P2}\n`).title;
    assert.notEqual(title, chrome);
    assert.match(title, /energy ministers|Kyrgyzstan/i);
  }
});

test('a teaser of another story after a long stretch of chrome is not part of the article', () => {
  const teaser = 'Kazakhstan lifted its ban on fuel exports on Monday after prices at home fell for a third straight week, the ministry said.';
  const clean = cleanArticle([HEAD, P1, P2, P3, 'Share', 'Comments (0)', 'Related', 'Most read', 'Kazakhstan lifts fuel export ban', teaser].join('\n\n'));
  assert.ok(!clean.blocks.some((b) => b.text === teaser));
  assert.equal(clean.blocks.length, 3);
});

for (const [name, line, expected] of [
  ['a long sentence is prose', P1, 'prose'],
  ['a short sentence is a sentence', 'The talks end on Friday.', 'sentence'],
  ['a ticker is other', '• USD 89.40 • EUR 97.12 • RUB 1.02 • CNY 12.4', 'other'],
  ['a headline without a full stop is other', HEAD, 'other'],
  ['a Persian sentence is prose', 'وزیران انرژی قرقیزستان و تاجیکستان روز سه‌شنبه توافق کردند که تبادل برق تابستانی را پنج سال دیگر تمدید کنند.', 'prose'],
] as const) {
  test(`line class: ${name}`, () => assert.equal(classifyLine(line), expected));
}

const outletPages: [string, string[], string][] = [
  ['a masthead above the story', ['Pamir Daily News', 'Home', HEAD, P1, P2], 'Pamir Daily News'],
  ['an outlet between pipes in the byline strip', [HEAD, 'By Anna Sultanova | Steppe Herald | Updated: 2025-03-04 10:13', P1, P2], 'Steppe Herald'],
  ['the site domain in a subscribe prompt below the story', [HEAD, P1, P2, 'Get the news first: subscribe to Vesti.kg on Telegram'], 'Vesti.kg'],
  ['a Russian prompt naming the site domain', [HEAD, P1, P2, 'Оперативные новости в смартфоне: подпишись на Dalnie.kz'], 'Dalnie.kz'],
  ['a logo\'s text', ['Ad cover', 'Steppe Herald logo', HEAD, P1, P2], 'Steppe Herald'],
  ['a credit line ending in its city', ['National Press Office (Bishkek)', HEAD, P1, P2], 'National Press Office'],
  ['a byline that names an outlet', [HEAD, 'By SteppeWire March 4, 2025', P1, P2], 'SteppeWire'],
  ['a Russian "«X» писал" credit', [HEAD, P1, 'Ранее «Степной вестник» писал, что обмен может быть продлён.', P2], 'Степной вестник'],
  ['a Spanish correspondent credit wrapped over two lines', ['4 de marzo, Bishkek. Informa el corresponsal\nespecial de Kabar Azamat Nurmatov.', P1, P2], 'Kabar'],
];
for (const [name, lines, outlet] of outletPages) {
  test(`the page's outlet is found from ${name}`, () => assert.equal(record(lines.join('\n\n')).source, outlet));
}

test('a domain in a photo credit is not the page outlet', () => {
  assert.equal(record([HEAD, 'cover Фото: Police.kz', P1, P2].join('\n\n')).source, null);
});
