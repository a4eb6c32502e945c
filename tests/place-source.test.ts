// Behaviour of extractPlace and extractSource. Samples imitate many outlets' styles (wire
// datelines, agency credits, footers); none is copied from content/raw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPlace } from '../src/extract/place/place.ts';
import { extractSource } from '../src/extract/source/source.ts';
import { canonicalSource } from '../src/extract/source/source-aliases.ts';
import type { Dateline } from '../src/extract/types.ts';

function dateline(d: Partial<Dateline> | undefined): Dateline | null {
  return d ? { place: null, dateText: null, credit: null, ...d } : null;
}

interface Case { name: string; dateline?: Partial<Dateline>; text: string; want: string | null }

const placeCases: Case[] = [
  // From the dateline
  { name: 'a capitalised dateline city is written in title case', dateline: { place: 'ASHGABAT' }, text: '', want: 'Ashgabat' },
  { name: 'a dateline "city, country" keeps only the city', dateline: { place: 'YEREVAN, Armenia' }, text: '', want: 'Yerevan' },
  { name: 'a multi-word dateline city is title-cased word by word', dateline: { place: 'NEW YORK' }, text: '', want: 'New York' },
  { name: 'a known dateline city takes the dataset spelling with its small words and accents', dateline: { place: 'PORT-AU-PRINCE' }, text: '', want: 'Port-au-Prince' },
  { name: 'an unknown dateline town is still title-cased', dateline: { place: 'TURSUNZODA' }, text: '', want: 'Tursunzoda' },
  { name: 'a mixed-case dateline place is kept as written', dateline: { place: 'Kabul' }, text: '', want: 'Kabul' },
  { name: 'the dateline wins over a place in the lead', dateline: { place: 'MOSCOW' }, text: 'The talks were held in Minsk on Friday between the two sides.', want: 'Moscow' },
  { name: 'a dateline left in the text by the lead parser is still recognised', text: 'ISLAMABAD, March 3 – Pakistan and China agreed to expand the corridor.', want: 'Islamabad' },

  // From the lead
  { name: '"in the capital of <country>" gives the dataset capital', text: 'On Monday, in the capital of Kyrgyzstan, a regional forum on water was opened.', want: 'Bishkek' },
  { name: '"in the <adjective> capital" gives that country\'s capital', text: 'A trade fair opened in the Uzbek capital on Tuesday with 300 exhibitors.', want: 'Tashkent' },
  { name: 'a city named after "the <adjective> capital" is used as written', text: 'Ministers gathered in the Kazakh capital, Astana, on Friday for the summit.', want: 'Astana' },
  { name: '"held in <city>" sets the place', text: 'The third investment summit was held in Tashkent on Thursday with foreign guests.', want: 'Tashkent' },
  { name: '"during his visit to <city>" sets the place', text: 'The Chinese foreign minister, during his visit to Ashgabat on Monday, praised gas ties.', want: 'Ashgabat' },
  { name: '"arrived in <city>" sets the place', text: 'President Mirziyoyev arrived in Baku for a two-day state visit on Wednesday.', want: 'Baku' },
  { name: 'an unknown town after an event cue is kept', text: 'A new cement plant opened in Tursunzoda on Friday in the presence of officials.', want: 'Tursunzoda' },
  { name: 'a known city after a bare "in" in the lead is used', text: 'Officials from six states discussed water quotas in Almaty with donors this week.', want: 'Almaty' },
  { name: 'a month after "in" is not a place', text: 'The ministers met in January to discuss the budget and the new trade rules.', want: null },
  { name: 'a person after "visit to" is not a place', text: 'The envoy paid a courtesy visit to President Japarov on Tuesday to discuss the border.', want: null },
  { name: 'a venue after "held in" is not a place', text: 'The conference was held in the Palace of Nations and in Congress Hall on Monday.', want: null },
  { name: 'a country after an event cue is a last resort', text: 'President Tokayev arrives in Turkmenistan on a working visit to attend the forum.', want: 'Turkmenistan' },
  { name: 'a city after an event cue beats a country after one', text: 'The envoy arrived in Turkmenistan and the talks were held in Ashgabat on Monday.', want: 'Ashgabat' },
  {
    name: 'a city mentioned only after the lead is a passing mention',
    text: 'The central bank kept its key rate unchanged at fourteen percent on Friday. Analysts had expected the decision for weeks now. Last year a similar forum was held in Tbilisi.',
    want: null,
  },
  { name: 'no place at all gives null', text: 'The ministry said the new tariff would apply to all households from next month.', want: null },
];

for (const c of placeCases) {
  test(`place: ${c.name}`, () => {
    assert.equal(extractPlace({ dateline: dateline(c.dateline), text: c.text }), c.want);
  });
}

const sourceCases: Case[] = [
  // Dateline credits
  { name: 'a dateline credit maps through the alias table', dateline: { credit: 'NIAT Khovar' }, text: '', want: 'Khovar' },
  { name: 'quotes around a dateline credit do not matter', dateline: { credit: 'NIAT "Khovar"' }, text: '', want: 'Khovar' },
  { name: 'an abbreviation credit maps to the full outlet name', dateline: { credit: 'MNA' }, text: '', want: 'Mehr News Agency' },
  { name: 'an unknown dateline credit is kept as written', dateline: { credit: ' Kabar ' }, text: '', want: 'Kabar' },
  { name: 'the dateline credit wins over a footer credit', dateline: { credit: 'Xinhua' }, text: 'Follow Daryo on Telegram', want: 'Xinhua' },

  // Credit shapes in the text
  { name: 'a parenthesised credit before a dash at the top of a line is found', text: 'BEIJING, May 3 (Xinhua) -- China will expand grain imports this year.', want: 'Xinhua' },
  { name: 'a slash credit after a wire dateline is found', text: 'MOSCOW, June 5. /TASS/. Russia and India signed a deal on fertiliser.', want: 'TASS' },
  { name: 'a capitalised credit after "CITY." is found', text: 'ASTANA. KAZINFORM – The Senate approved the budget on Friday.', want: 'Kazinform' },
  { name: 'an ", X reports." clause credit is found', text: 'The Senate approved the budget on Friday, Kazinform reports.', want: 'Kazinform' },
  { name: 'an ", reports X." clause credit is found', text: 'The bridge will open in May, reports AKIpress.', want: 'AKIpress' },
  { name: '"according to <outlet>" is found', text: 'Wheat prices rose by a tenth, according to Interfax.', want: 'Interfax' },
  { name: '"according to" a person is not a credit', text: 'The economy grew six percent, according to Mirziyoyev.', want: null },
  { name: '"according to A and B" credits the first outlet', text: 'Prices rose, according to Reuters and AFP.', want: 'Reuters' },
  { name: 'an outlet correspondent credit is found', text: 'Exports grew by a fifth, a Trend correspondent reports.', want: 'Trend' },
  { name: 'a "correspondent of X" credit is found', text: 'The plant was opened, the correspondent of Kabar was told by officials.', want: 'Kabar' },
  { name: 'a "Source: X" footer line names the outlet', text: 'Roads reopened on Monday.\nSource: Asia Plus', want: 'Asia-Plus' },
  { name: 'a "Follow X\'s official" footer names the outlet', text: 'The dam is finished.\nFollow Kun.uz\'s official Telegram channel for news.', want: 'Kun.uz' },
  { name: 'a "Subscribe to X on" footer maps through the alias table', text: 'Roads reopened.\nSubscribe to Asia Plus on Telegram', want: 'Asia-Plus' },
  { name: 'a copyright footer names the outlet', text: 'Roads reopened.\n© 2024 Tengri News. All rights reserved.', want: 'Tengrinews' },
  { name: 'a lead credit wins over a footer credit', text: 'Flights resumed, Report News Agency reports.\nFollow Daryo on Telegram', want: 'Report.az' },
  { name: 'an unknown outlet in a credit shape is kept as written', text: 'The mine reopened on Monday, Pamir Daily News reports.', want: 'Pamir Daily News' },
  { name: 'a country as the subject of "reports that" is not a credit', text: 'Tajikistan reports that cotton exports rose.', want: null },
  { name: 'a person who "reported" is not a credit', text: 'The works are complete, Minister Kabir reported.', want: null },
  { name: 'a government body that reported is kept as written', text: 'The forum opened, the Ministry of Energy of Uzbekistan reported.', want: 'Ministry of Energy of Uzbekistan' },
  { name: 'an outlet footer wins over a government body', text: 'Talks ended, the Ministry of Foreign Affairs of Kyrgyzstan reported.\nFollow 24.kg on Telegram', want: '24.kg' },
  { name: 'a "Follow us" footer names nobody', text: 'Roads reopened.\nFollow us on Twitter', want: null },
  { name: 'editor initials with a slash are not a credit', text: 'Ties will deepen.\nEF/MA\nLeave a Comment', want: null },
  { name: 'a Persian wire credit names the agency', text: 'به گزارش خبرنگار خبرگزاری مهر در تهران، وزیران دیدار کردند.', want: 'خبرگزاری مهر' },
  { name: 'a republished article names where it first appeared', text: 'The dam is finished.\nThis article was originally published on Kabar.kg and is translated with permission.', want: 'Kabar.kg' },
  { name: 'a Russian lead credit with the verb first names the outlet', text: 'Министры обсудили поставки зерна, передает «Вести Севера».\nДругие подробности не сообщаются.', want: 'Вести Севера' },
  { name: 'a Russian credit naming the kind of outlet keeps only its name', text: 'Мост откроют в мае, сообщает агентство «Горный край».', want: 'Горный край' },
  { name: 'an outlet pointing to its own earlier story wins over a relayed lead credit', text: 'Министр прибудет в среду, сообщает «Горный край».\nРанее «Степной вестник» писал о переговорах.', want: 'Степной вестник' },
  { name: '"Earlier, X reported" names the page outlet over a lead credit', text: 'Flights resume in May, Kabar reports.\nEarlier, Steppe Frontier reported on the delays.', want: 'Steppe Frontier' },
  { name: 'an outlet in guillemets as a subject without a credit verb is not a credit', text: 'Завод «Северная сталь» передал городу новый парк.', want: null },
  { name: '"sources told X" names the reporting outlet', text: 'Sources told Steppe Frontier that the border post would reopen.', want: 'Steppe Frontier' },
  { name: 'an official who told a person is not a credit', text: 'Officials told Minister Kabir that the work was late.', want: null },
  { name: 'an official who told an outlet-named body is a credit', text: 'A spokesman told Pamir Daily News on Monday that flights resume.', want: 'Pamir Daily News' },
  { name: 'text with no credit gives null', text: 'The president met voters in the north. Nothing else was said.', want: null },
];

for (const c of sourceCases) {
  test(`source: ${c.name}`, () => {
    assert.equal(extractSource({ dateline: dateline(c.dateline), text: c.text }), c.want);
  });
}

const fuzzyCases: [string, string | null, string][] = [
  ['Niath Hovar', 'Khovar', 'a transliteration two edits from a long alias maps to it'],
  ['Kazinfrom', 'Kazinform', 'a one-letter typo in a mid-length alias maps to it'],
  ['Tengri News', 'Tengrinews', 'a spaced spelling maps to the joined alias'],
  ['Trent', null, 'a short near-miss ("Trent" for "Trend") must not match'],
  ['APA', null, 'a short near-miss ("APA" for "AP"/"AFP") must not match'],
  ['Interfax-Kazakhstan', null, 'a sister outlet with a longer name must not match the parent'],
];
for (const [credit, want, name] of fuzzyCases) {
  test(`alias: ${name}`, () => {
    assert.equal(canonicalSource(credit), want);
  });
}
