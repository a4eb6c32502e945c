// Behaviour of extractCountries, countryInfo and resolveCountry. Samples imitate many outlets'
// styles and regions; none is copied from content/raw, so each rule is shown on fresh input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryInfo, extractCountries, resolveCountry, scanCountryTerms } from '../src/extract/place/countries.ts';

interface Case {
  name: string;
  text: string;
  /** The exact ranked list, when the order is the behaviour under test. */
  exact?: string[];
  /** Codes that must be present (any order). */
  has?: string[];
  /** Codes that must be absent. */
  lacks?: string[];
}

const cases: Case[] = [
  // Ways a country is named
  { name: 'common and official names are both found', text: 'The Republic of Uzbekistan and Mongolia signed a memorandum.', has: ['UZ', 'MN'] },
  { name: 'short news adjectives the dataset lacks count (Kazakh, Kyrgyz, Tajik, Uzbek)', text: 'Kazakh, Kyrgyz, Tajik and Uzbek farmers share the water.', exact: ['KZ', 'KG', 'TJ', 'UZ'] },
  { name: 'dataset demonyms count (Afghan, Turkmen, Iranian, Chinese, Azerbaijani)', text: 'Afghan traders met Turkmen, Iranian, Chinese and Azerbaijani buyers.', exact: ['AF', 'TM', 'IR', 'CN', 'AZ'] },
  { name: 'capitals stand for their country', text: 'Flights between Bishkek and Ashgabat resume, while Kabul and Beijing talk.', exact: ['KG', 'TM', 'AF', 'CN'] },
  { name: 'main non-capital cities from the alias table stand for their country', text: 'A rail link from Samarkand to Khujand and Almaty opened.', exact: ['UZ', 'TJ', 'KZ'] },
  { name: 'hyphenated adjective pairs give both countries', text: 'The Kyrgyz-Uzbek border commission met again.', exact: ['KG', 'UZ'] },
  { name: 'possessives still count', text: "Armenia's exports to Georgia's ports doubled.", has: ['AM', 'GE'] },
  { name: 'curly apostrophes match names written with straight ones', text: 'Talks with the People’s Republic of China and Côte d’Ivoire.', has: ['CN', 'CI'] },
  { name: 'spellings without diacritics match accented dataset names', text: 'Delegates flew from Bogota to Yaounde.', exact: ['CO', 'CM'] },
  { name: 'a name broken across a line still matches', text: 'The mayor of New\nYork arrived.', exact: ['US'] },
  { name: 'capitalised dateline places match', text: 'ALMATY, May 2 – Grain prices rose.', exact: ['KZ'] },
  { name: 'the common abbreviations US and UK count', text: 'The US and UK imposed new sanctions.', exact: ['US', 'GB'] },
  { name: 'Turkey the country is found under its old English name', text: 'Turkey and Greece agreed on flights.', exact: ['TR', 'GR'] },

  // Other languages: the dataset's translations, inflected forms and the region's own languages
  { name: 'Russian names are found in their inflected forms', text: 'Президент Таджикистана встретился с делегацией Узбекистана, а затем улетел в Россию и Китай.', exact: ['TJ', 'UZ', 'RU', 'CN'] },
  { name: 'Russian usage the dataset spells otherwise counts (Кыргызстан, США)', text: 'Кыргызстан и США обсудили поставки в Кыргызстане.', exact: ['KG', 'US'] },
  { name: 'French, German and Spanish names count', text: 'L’Ouzbékistan et le Tadjikistan. Usbekistan und Kasachstan. Tayikistán y Afganistán.', has: ['UZ', 'TJ', 'KZ', 'AF'] },
  { name: 'Persian names count, with or without their short vowels', text: 'سفیر ایران در تاجیکستان با معاون وزیر دیدار کرد.', exact: ['IR', 'TJ'] },
  { name: 'Uzbek Latin names with suffixes and either apostrophe count', text: "O‘zbekiston Prezidenti Tojikistonga tashrif buyurdi; Qozog'istonning vakillari ham keldi.", exact: ['UZ', 'TJ', 'KZ'] },
  { name: 'Kazakh and Tajik Cyrillic names with suffixes count', text: 'Тәжікстан Президенті Қазақстанға келді. Тоҷикистон ва Ӯзбекистон.', has: ['TJ', 'KZ', 'UZ'] },
  { name: 'an inflection adds a short ending only, never another word', text: 'Индианаполисский марафон прошёл без происшествий.', exact: [] },

  // False-positive traps
  { name: 'lower-case turkey the bird is not a country', text: 'Families roasted a turkey for the holiday.', exact: [] },
  { name: 'Chad as a first name is not the country', text: 'Drummer Chad Smith toured Europe.', lacks: ['TD'] },
  { name: 'Jordan as a surname is not the country', text: 'Michael Jordan signed autographs.', lacks: ['JO'] },
  { name: 'Jordan as a first name is not the country', text: 'Jordan Peterson gave a lecture.', lacks: ['JO'] },
  { name: 'Georgia inside a longer proper name is not the country', text: 'Students at Georgia Tech built a robot.', lacks: ['GE'] },
  { name: 'Chad, Jordan and Georgia standing alone are countries', text: 'Chad and Jordan sent envoys; Georgia did not.', exact: ['TD', 'JO', 'GE'] },
  { name: 'a name-like country after "of" stays a country even before a personal name', text: 'The President of Georgia Salome Zourabichvili spoke.', exact: ['GE'] },
  { name: 'Niger is not found inside Nigeria', text: 'Nigeria raised oil output.', exact: ['NG'] },
  { name: 'Mali is not found inside Somali', text: 'Somali fishermen returned home.', exact: ['SO'] },
  { name: 'Oman is not found inside Romania', text: 'Romania joined the talks.', exact: ['RO'] },
  { name: 'the Russian Federation Council is Russia, found once', text: 'The Russian Federation Council ratified the treaty.', exact: ['RU'] },
  { name: 'Central Asia and Central Asian are regions, not countries', text: 'Countries of Central Asia and Central Asian states met.', exact: [] },
  { name: 'continent adjectives do not count as the United States', text: 'Latin American and North American leaders met.', exact: [] },
  { name: 'the Indian Ocean is not India', text: 'The ship crossed the Indian Ocean.', exact: [] },
  { name: 'a shouted "CONTACT US" footer is not the United States', text: 'CONTACT US', exact: [] },
  { name: 'demonyms shared by two sovereign states are ignored', text: 'Congolese soldiers and Dominican dancers.', exact: [] },
  { name: 'dataset spellings that are English words are ignored', text: 'Reunion of old friends. Male voters. Island life.', exact: [] },

  // Prominence
  { name: 'the most mentioned country comes first', text: 'Kyrgyzstan met Chinese investors. Kyrgyzstan signed. Kyrgyzstan hopes. Bishkek welcomed it.', exact: ['KG', 'CN'] },
  { name: 'equal counts are ordered by the earlier first mention', text: 'Armenia and Belarus signed; Belarus and Armenia will meet again.', exact: ['AM', 'BY'] },
  { name: 'a dateline country leads even when another is mentioned more', text: 'MINSK, May 4 (BelTA) – Uzbekistan and Uzbekistan again; Uzbek firms will invest.', exact: ['BY', 'UZ'] },
  {
    name: 'a single passing mention in a long article is kept but ranked last',
    text: 'Mongolia opened a mine. ' + 'Mongolia and China traded coal. '.repeat(5) + 'Observers noted the situation in Myanmar. ' + 'China bought more. '.repeat(3),
    exact: ['CN', 'MN', 'MM'],
  },
  { name: 'early mentions outweigh the same number of late ones, even against an earlier first mention', text: 'Chile waits. Peru and Peru.' + ' filler'.repeat(200) + ' Chile.', exact: ['PE', 'CL'] },
];

for (const c of cases) {
  test(c.name, () => {
    const got = extractCountries(c.text);
    if (c.exact) assert.deepEqual(got, c.exact);
    for (const code of c.has ?? []) assert.ok(got.includes(code), `${code} missing from ${got.join(',')}`);
    for (const code of c.lacks ?? []) assert.ok(!got.includes(code), `${code} should not be in ${got.join(',')}`);
  });
}

test('a dateline the lead parser split off still makes its country lead', () => {
  const dateline = { place: 'TASHKENT', dateText: null, credit: null };
  const text = 'Kazakhstan and Kazakhstan again agreed with Uzbek officials; Kazakh firms will invest.';
  assert.deepEqual(extractCountries(text), ['KZ', 'UZ']);
  assert.deepEqual(extractCountries(text, { dateline }), ['UZ', 'KZ']);
});

test('a dateline country counts even when the text never names it', () => {
  const dateline = { place: 'BAKU, Azerbaijan', dateText: 'June 15', credit: null };
  assert.deepEqual(extractCountries('Georgian and Georgian officials met.', { dateline }), ['AZ', 'GE']);
});

// Speed is measured by npm run bench, not here; this checks a 5 MB text is handled correctly.
test('a 5 MB text is scanned whole and gives the countries it names', () => {
  const big = 'Delegations from Tajikistan and Kazakhstan met in Dushanbe, while lower-case prose fills the rest. '.repeat(50_000);
  assert.deepEqual(extractCountries(big), ['TJ', 'KZ']);
});

test('a capital beyond the BMP (mathematical 𝐀, digit 𝟏) starts no term and the scan goes on past it', () => {
  // Such a character used to make the scan loop forever.
  const hits = scanCountryTerms('𝐀 Tajikistan, 𝐀Iran, 𝟏Kazakhstan and 𝐁𝐂 Mongolia');
  assert.deepEqual(hits.map((h) => h.text), ['Tajikistan', 'Iran', 'Kazakhstan', 'Mongolia']);
});

test('countryInfo gives the common English name and an ASCII kebab slug', () => {
  assert.deepEqual(countryInfo('US'), { code: 'US', name: 'United States', slug: 'united-states' });
  assert.deepEqual(countryInfo('ax'), { code: 'AX', name: 'Åland Islands', slug: 'aland-islands' });
  assert.equal(countryInfo('TJ')?.slug, 'tajikistan');
});

test('countryInfo returns null for an unknown code', () => {
  assert.equal(countryInfo('XX'), null);
  assert.equal(countryInfo(''), null);
});

const resolveCases: [string, string | null][] = [
  ['TJ', 'TJ'], ['tj', 'TJ'], ['Tajikistan', 'TJ'], ['tajikistan', 'TJ'], [' Kyrgyz Republic ', 'KG'],
  ['Turkey', 'TR'], ['Turkiye', 'TR'], ['UK', 'GB'], ['the Netherlands', 'NL'], ['KAZ', 'KZ'], ['Kazakh', 'KZ'],
  ['Narnia', null], ['XX', null], ['', null],
];
for (const [input, code] of resolveCases) {
  test(`resolveCountry maps front-matter value ${JSON.stringify(input)} to ${code}`, () => {
    assert.equal(resolveCountry(input), code);
  });
}
