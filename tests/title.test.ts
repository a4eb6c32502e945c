import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deriveTitle, TITLE_MAX } from '../src/extract/layout/title.ts';
import { cleanArticle } from '../src/extract/layout/clean.ts';
import { parseLead } from '../src/extract/layout/lead.ts';

/** The lead text the composer would pass for a sample file: first paragraph minus stamp and dateline. */
function seedLead(name: string): string {
  const text = readFileSync(new URL(`../content/raw/${name}`, import.meta.url), 'utf8');
  const first = cleanArticle(text).blocks.find((b) => b.kind === 'paragraph');
  return parseLead(first?.text ?? '').text;
}

test('a headline is used as the title with its whitespace normalised', () => {
  assert.equal(deriveTitle('  Tehran,\tDushanbe  set $1b\u00a0trade target \n', 'Ignored lead.'), 'Tehran, Dushanbe set $1b trade target');
});

test('a blank headline is treated as missing and the lead is used', () => {
  assert.equal(deriveTitle('   ', 'The budget was approved.'), 'The budget was approved');
});

test('with neither headline nor lead the title is empty', () => {
  assert.equal(deriveTitle(null, '  '), '');
});

const derived: Array<[string, string, string]> = [
  ['an aside between the subject and its verb is dropped, so the title says who did what',
    'Uzbek President Azamat Nurmatov and Kyrgyz President Bakyt Osmonov, who was in Tashkent on a working visit, signed a treaty on the border on Friday.',
    'Uzbek President Azamat Nurmatov and Kyrgyz President Bakyt Osmonov signed a treaty on the border on Friday'],
  ['only the first sentence of the lead is used', 'The budget was approved. Spending rises next year.', 'The budget was approved'],
  ['abbreviations and initials do not end the first sentence',
    'Mr. Rahmon met Dr. Aliyev in the U.S. capital on Dec. 12 with J. Smith. Then he left.', 'Mr. Rahmon met Dr. Aliyev in the U.S. capital on Dec. 12 with J. Smith'],
  ['a trailing "<Agency> reports" clause is dropped', 'Azerbaijan and Tajikistan signed five agreements, Trend reports.', 'Azerbaijan and Tajikistan signed five agreements'],
  ['a trailing "the Ministry ... reported" clause is dropped',
    'Kazakhstan and Tajikistan agreed to expand trade, the Ministry of Foreign Affairs of Kazakhstan reported.', 'Kazakhstan and Tajikistan agreed to expand trade'],
  ['a trailing "according to" clause is dropped',
    "Tajikistan will build two new hydropower plants, according to the ministry's press service.", 'Tajikistan will build two new hydropower plants'],
  ['a Russian "сообщает" attribution is dropped', 'Таджикистан и Узбекистан подписали соглашение о границе, сообщает ТАСС.', 'Таджикистан и Узбекистан подписали соглашение о границе'],
  ['a leading "According to X," is dropped and the rest capitalised',
    'According to the ministry, exports of aluminium rose by 12 percent in the first quarter.', 'Exports of aluminium rose by 12 percent in the first quarter'],
  ['opening time and place adverbials are dropped',
    'On Wednesday, June 4, in the capital of Tajikistan, the XI meeting of the Council on Industrial Policy opened, Niath Hovar reports.',
    'The XI meeting of the Council on Industrial Policy opened'],
  ['an opening clause followed by a coordinated clause is kept',
    'At least 20 people were killed, and 30 injured in the blast, police said.', 'At least 20 people were killed, and 30 injured in the blast'],
  ['a leading "<Role of Country>, <Name>," apposition is reduced to the name',
    'Foreign Minister of Uzbekistan, Bakhtiyor Saidov, held talks with his Tajik counterpart in Tashkent.',
    'Bakhtiyor Saidov held talks with his Tajik counterpart in Tashkent'],
  ['a list of countries is not mistaken for a role apposition',
    'Tajikistan, Uzbekistan, and Kyrgyzstan signed a water deal.', 'Tajikistan, Uzbekistan, and Kyrgyzstan signed a water deal'],
  ['a quotation lead keeps its attribution', '"We are ready to cooperate," the president said.', '"We are ready to cooperate," the president said'],
  ['a lead starting in lower case gets a capital', 'in 2025 the country will chair the CIS.', 'In 2025 the country will chair the CIS'],
  ['a long lead is cut at a word boundary with an ellipsis and no dangling function word',
    'The government of the republic has decided to significantly increase the volume of investment in the construction of roads and bridges across the mountains',
    'The government of the republic has decided to significantly increase the volume of investment…'],
  ['a long lead is cut before the last "of"/"and" of a name it cannot finish',
    'Minister of Economy of Azerbaijan Mikayil Jabbarov at the meeting with Minister of Industry and New Technologies of Tajikistan Sherali Kabir pointed out the importance of ties, Trend reports.',
    'Minister of Economy of Azerbaijan Mikayil Jabbarov at the meeting with Minister of Industry…'],
  ['a long lead runs slightly long rather than cut a name it can finish',
    'Today, the Speaker of the National Assembly Rustam Emomali met in Moscow with the Russian Prime Minister Mikhail Mishustin.',
    'The Speaker of the National Assembly Rustam Emomali met in Moscow with the Russian Prime Minister Mikhail Mishustin'],
  ['a long lead with a late clause boundary is cut there without an ellipsis',
    'The Asian Development Bank approved a loan of 50 million dollars for irrigation canals in the south, a move welcomed by farmers across the region.',
    'The Asian Development Bank approved a loan of 50 million dollars for irrigation canals in the south'],
];
for (const [name, lead, expected] of derived) {
  test(name, () => assert.equal(deriveTitle(null, lead), expected));
}

test('every derived title stays within the length limit plus the slack for finishing a name', () => {
  const long = 'Officials from the ministries of energy and water resources of the five Central Asian republics gathered in the city of Khujand to review the state of the shared reservoirs and agree on a schedule of releases for the irrigation season';
  const t = deriveTitle(null, long);
  assert.ok(t.length <= TITLE_MAX, `${t.length}: ${t}`);
  assert.ok(t.endsWith('…'));
  assert.doesNotMatch(t, /\s(?:of|the|and|to|in|for)…$/);
});

test('sample 002 without a headline gets "Murat Nurtleu engaged in crucial negotiations ..." as its title', () => {
  const t = deriveTitle(null, seedLead('002_d1b71018f3567910.txt'));
  assert.equal(t, "Murat Nurtleu engaged in crucial negotiations with Tajikistan's Minister of Foreign Affairs");
});

test('sample 001 without a headline gets a title without the Trend credit or its stamp and dateline', () => {
  const t = deriveTitle(null, seedLead('001_5d4062198c4cec68.txt'));
  assert.match(t, /^Minister of Economy of Azerbaijan Mikayil Jabbarov/);
  assert.doesNotMatch(t, /Trend|BAKU|2023/);
  assert.ok(t.length <= TITLE_MAX);
});

test('a derived title from a five-megabyte lead stays within the title limit', () => {
  assert.ok(deriveTitle(null, 'word '.repeat(1_000_000)).length <= TITLE_MAX + 1);
});

// A derived headline names people without their long official titles; short titles stay.
for (const [behaviour, lead, people, expected] of [
  ['a long "<title> of <body>" before a name is dropped',
    'Minister of Energy and Water Resources of Tajikistan Daler Juma inaugurated a new substation near Kulob.',
    ['Daler Juma'], 'Daler Juma inaugurated a new substation near Kulob'],
  ['two titled people in one lead both lose their long titles',
    'Chairman of the Board of the National Bank of Uzbekistan Alisher Mirsoatov received Governor of the Central Bank of Iran Farzin Mohammad in Tashkent.',
    ['Alisher Mirsoatov', 'Farzin Mohammad'], 'Alisher Mirsoatov received Farzin Mohammad in Tashkent'],
  ['a short title before a name is kept',
    'President Shavkat Mirziyoyev opened a textile plant in Namangan on Friday morning.',
    ['Shavkat Mirziyoyev'], 'President Shavkat Mirziyoyev opened a textile plant in Namangan on Friday morning'],
  ['without the name extractor\'s people, the lead is left as written',
    'Minister of Energy and Water Resources of Tajikistan Daler Juma inaugurated a new substation.',
    [], 'Minister of Energy and Water Resources of Tajikistan Daler Juma inaugurated a new substation'],
] as const) {
  test(`derived title: ${behaviour}`, () => {
    assert.equal(deriveTitle(null, lead, people), expected);
  });
}
