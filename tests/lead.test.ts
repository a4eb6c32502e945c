import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseLead } from '../src/extract/layout/lead.ts';
import type { Dateline } from '../src/extract/types.ts';

const dl = (place: string | null, dateText: string | null = null, credit: string | null = null): Dateline =>
  ({ place, dateText, credit });

interface Case { name: string; input: string; stamp: string | null; dateline: Dateline | null; text: string }

const datelines: Case[] = [
  { name: 'a known city before a colon is a dateline',
    input: 'Tashkent: Uzbekistan and Kyrgyzstan reopened two border posts.', stamp: null,
    dateline: dl('Tashkent'), text: 'Uzbekistan and Kyrgyzstan reopened two border posts.' },
  { name: 'a label before a colon is not a dateline',
    input: 'Update: the border posts reopened.', stamp: null, dateline: null, text: 'Update: the border posts reopened.' },
  { name: 'a Russian wire dateline with full stops and a mixed-case credit is split off',
    input: 'Бишкек. 3 марта. АКИпресс – Парламент одобрил бюджет.', stamp: null,
    dateline: dl('Бишкек', '3 марта', 'АКИпресс'), text: 'Парламент одобрил бюджет.' },
  { name: 'a credit right after the dash, with an abbreviated Russian month, is split off',
    input: 'БИШКЕК, 3 мар — Sputnik. Парламент одобрил бюджет.', stamp: null,
    dateline: dl('БИШКЕК', '3 мар', 'Sputnik'), text: 'Парламент одобрил бюджет.' },
  { name: 'a capitalised city, country and date dateline ending in a full stop is split off',
    input: 'BAKU, Azerbaijan, June 15. Minister of Economy spoke.', stamp: null,
    dateline: dl('BAKU, Azerbaijan', 'June 15'), text: 'Minister of Economy spoke.' },
  { name: 'a place, numeric date and agency credit before an en dash are split off',
    input: 'DUSHANBE, 03.03.2023 (NIAT Khovar) – Today, the Speaker met guests.', stamp: null,
    dateline: dl('DUSHANBE', '03.03.2023', 'NIAT Khovar'), text: 'Today, the Speaker met guests.' },
  { name: 'a bare capitalised place before a dash is a dateline',
    input: 'TEHRAN – Iran and Tajikistan have set a target.', stamp: null,
    dateline: dl('TEHRAN'), text: 'Iran and Tajikistan have set a target.' },
  { name: 'an abbreviated month with a dot is read as the date, not as a region',
    input: 'TEHRAN, Dec. 12 (MNA) – Iran said on Tuesday.', stamp: null,
    dateline: dl('TEHRAN', 'Dec. 12', 'MNA'), text: 'Iran said on Tuesday.' },
  { name: 'a double-hyphen separator ends the dateline',
    input: 'ASTANA, March 12 (Xinhua) -- Kazakhstan will host the summit.', stamp: null,
    dateline: dl('ASTANA', 'March 12', 'Xinhua'), text: 'Kazakhstan will host the summit.' },
  { name: 'a slash-wrapped agency credit followed by a full stop is split off',
    input: 'MOSCOW, June 3 /TASS/. Russia and Tajikistan agreed.', stamp: null,
    dateline: dl('MOSCOW', 'June 3', 'TASS'), text: 'Russia and Tajikistan agreed.' },
  { name: 'a place with only a credit and a spaced hyphen is a dateline',
    input: 'LONDON (Reuters) - Britain said on Monday.', stamp: null,
    dateline: dl('LONDON', null, 'Reuters'), text: 'Britain said on Monday.' },
  { name: 'a Capitalised city and country with a credit is a dateline',
    input: 'Tashkent, Uzbekistan (UzDaily.com) -- Uzbekistan launched a fund.', stamp: null,
    dateline: dl('Tashkent, Uzbekistan', null, 'UzDaily.com'), text: 'Uzbekistan launched a fund.' },
  { name: 'a multi-word capitalised place with a full date and year is split off',
    input: 'NEW YORK, June 15, 2023 (AP) — Stocks rose.', stamp: null,
    dateline: dl('NEW YORK', 'June 15, 2023', 'AP'), text: 'Stocks rose.' },
  { name: 'a region written as an abbreviation with dots stays part of the place',
    input: 'WASHINGTON, D.C. — The talks ended.', stamp: null,
    dateline: dl('WASHINGTON, D.C.'), text: 'The talks ended.' },
  { name: 'a Russian TASS dateline with a day-month date and a credit after a full stop is split off',
    input: 'МОСКВА, 3 июня. /ТАСС/. Президент России провел встречу.', stamp: null,
    dateline: dl('МОСКВА', '3 июня', 'ТАСС'), text: 'Президент России провел встречу.' },
  { name: 'a South Asian style colon dateline is split off',
    input: 'ISLAMABAD: Prime Minister arrived in Dushanbe.', stamp: null,
    dateline: dl('ISLAMABAD'), text: 'Prime Minister arrived in Dushanbe.' },
  { name: 'a single Capitalised place word before a dash is a dateline',
    input: 'Bishkek — Kyrgyzstan raised tariffs.', stamp: null,
    dateline: dl('Bishkek'), text: 'Kyrgyzstan raised tariffs.' },
  { name: 'a hyphenated all-caps city is one place',
    input: 'NUR-SULTAN, Nov. 3 (Kazinform) – The forum opened.', stamp: null,
    dateline: dl('NUR-SULTAN', 'Nov. 3', 'Kazinform'), text: 'The forum opened.' },
  { name: 'an all-caps agency name after the city and a full stop is the credit',
    input: 'ASTANA. KAZINFORM – President Tokayev signed the law.', stamp: null,
    dateline: dl('ASTANA', null, 'KAZINFORM'), text: 'President Tokayev signed the law.' },
  { name: 'an abbreviated all-caps place word keeps its dot',
    input: 'ST. PETERSBURG, June 3 (Reuters) - The forum opened.', stamp: null,
    dateline: dl('ST. PETERSBURG', 'June 3', 'Reuters'), text: 'The forum opened.' },
  { name: 'a place whose first word is "THE" is still a place',
    input: 'THE HAGUE, June 3 (Reuters) - The court ruled.', stamp: null,
    dateline: dl('THE HAGUE', 'June 3', 'Reuters'), text: 'The court ruled.' },
  { name: 'a paragraph that is only a dateline leaves empty text',
    input: 'DUSHANBE, 03.03.2023 (NIAT Khovar) –', stamp: null,
    dateline: dl('DUSHANBE', '03.03.2023', 'NIAT Khovar'), text: '' },
];

const stamps: Case[] = [
  { name: 'a lower-case "date" stamp before a dateline is split off with the dateline',
    input: ' date 2023-06-15 BAKU, Azerbaijan, June 15. Minister Jabbarov met Kabir.', stamp: 'date 2023-06-15',
    dateline: dl('BAKU, Azerbaijan', 'June 15'), text: 'Minister Jabbarov met Kabir.' },
  { name: 'an ISO date and time stamp is split off', input: '2023-06-15 14:30 The minister arrived.',
    stamp: '2023-06-15 14:30', dateline: null, text: 'The minister arrived.' },
  { name: 'an ISO timestamp with T, seconds and offset is one stamp', input: '2023-06-15T14:30:00+05:00 The minister arrived.',
    stamp: '2023-06-15T14:30:00+05:00', dateline: null, text: 'The minister arrived.' },
  { name: 'a dotted day-month-year stamp is split off', input: '15.06.2023 Minister Kabir said.',
    stamp: '15.06.2023', dateline: null, text: 'Minister Kabir said.' },
  { name: 'a "Published:" label with a written date is one stamp', input: 'Published: June 15, 2023 The minister arrived.',
    stamp: 'Published: June 15, 2023', dateline: null, text: 'The minister arrived.' },
  { name: 'published and updated stamps in a row are kept together',
    input: 'Published: June 15, 2023 | Updated: June 16, 2023 14:05 GMT The minister arrived.',
    stamp: 'Published: June 15, 2023 | Updated: June 16, 2023 14:05 GMT', dateline: null, text: 'The minister arrived.' },
  { name: 'a weekday, day-month-year and time stamp is split off', input: 'Monday, 15 June 2023 14:30 The minister arrived.',
    stamp: 'Monday, 15 June 2023 14:30', dateline: null, text: 'The minister arrived.' },
  { name: 'a time written before the date is part of the stamp', input: '14:30, 15.06.2023 The minister arrived.',
    stamp: '14:30, 15.06.2023', dateline: null, text: 'The minister arrived.' },
  { name: 'a Russian "Опубликовано" label is a stamp', input: 'Опубликовано: 15.06.2023 Министр прибыл.',
    stamp: 'Опубликовано: 15.06.2023', dateline: null, text: 'Министр прибыл.' },
  { name: 'a stamp followed by a dash separator drops the dash', input: 'June 15, 2023 — The ministry said.',
    stamp: 'June 15, 2023', dateline: null, text: 'The ministry said.' },
  { name: 'a paragraph that is only a stamp leaves empty text', input: 'date 2023-06-15',
    stamp: 'date 2023-06-15', dateline: null, text: '' },
  { name: 'a bare time on its own is a stamp', input: '14:30', stamp: '14:30', dateline: null, text: '' },
];

const plain = (name: string, input: string): Case => ({ name, input, stamp: null, dateline: null, text: input });
const ordinary: Case[] = [
  plain('a sentence opening with a surname and a verb is not a dateline', 'Kabir noted that trade is developing steadily.'),
  plain('a sentence opening with "In 2025," has neither stamp nor dateline', 'In 2025, the country will chair the CIS.'),
  plain('a year starting a sentence is not a stamp', '2023 was a record year for trade.'),
  plain('a decimal number starting a sentence is not a stamp', '12.5 percent of exports went to Russia.'),
  plain('a month and day without a year or label is not a stamp', 'June 15 marked the anniversary of the treaty.'),
  plain('a sentence adverb before a dash is not a place', 'Meanwhile – the talks went on into the night.'),
  plain('a story label before a colon is not a place', 'BREAKING: Earthquake hits the Rasht valley.'),
  plain('a multi-word story label before a colon is not a place', 'BREAKING NEWS: Earthquake hits the Rasht valley.'),
  plain('an all-caps word glued to a hyphen is a compound, not a dateline', 'TEHRAN-based firms said they would invest.'),
  plain('a headline listing two cities is not a dateline', 'Tehran, Dushanbe set $1b trade target, deepen industrial, mining ties'),
  plain('a role apposition before a name is not a dateline',
    'Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, Murat Nurtleu, engaged in talks.'),
  plain('a lower-case parenthetical aside is not an agency credit', 'Gazprom (the Russian gas giant) – said prices would rise.'),
  plain('a weekday and date before a full stop is not a place', 'Monday, June 15. The talks began.'),
  plain('an adverbial time phrase opening a sentence is not a dateline', 'On Wednesday, June 4, in the capital of Tajikistan, the meeting opened.'),
  plain('a two-letter acronym before a dash is not taken for a place', 'EU – China summit ends without a statement.'),
  plain('a word starting with "Date" is not a date label', 'Date palms grow well in the south.'),
  plain('an all-caps word ending a short sentence is not a dateline', 'ASTANA. The capital hosted the forum – again.'),

];

for (const c of [...datelines, ...stamps, ...ordinary]) {
  test(c.name, () => {
    assert.deepEqual(parseLead(c.input), { stamp: c.stamp, dateline: c.dateline, text: c.text });
  });
}

test('the dateline of sample 003 is split off its first paragraph', () => {
  const line = readFileSync(new URL('../content/raw/003_5563cc646f6c1601.txt', import.meta.url), 'utf8').split('\n')[2];
  const lead = parseLead(line);
  assert.deepEqual(lead.dateline, dl('DUSHANBE', '03.03.2023', 'NIAT Khovar'));
  assert.match(lead.text, /^Today, the Speaker/);
});

test('a lead paragraph of several megabytes is parsed in linear time', () => {
  const big = 'LONDON (Reuters) - ' + 'Trade grew again this year. '.repeat(200_000);
  const lead = parseLead(big);
  assert.equal(lead.dateline?.credit, 'Reuters');
});

test('a huge whitespace run after a label is not taken for a stamp', () => {
  assert.equal(parseLead('date' + ' '.repeat(1_000_000) + 'x').stamp, null);
});
