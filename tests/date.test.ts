// Behaviour of extractDate: which date an article gets, how the basis reads, and what is reported.
// Samples imitate many outlets' styles; none is copied from content/raw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { extractDate } from '../src/extract/date/date.ts';
import { isRealDate, isRealDay } from '../src/vocabulary/calendar.ts';
import type { Dateline, Lead } from '../src/extract/types.ts';


interface Case {
  name: string;
  stamp?: string;
  dateline?: Partial<Dateline>;
  /** The lead's prose (stamp and dateline already split off). */
  lead?: string;
  /** Headline and body; defaults to the lead prose, as the real text also holds the first paragraph. */
  text?: string;
  date: string | null;
  /** Exact basis, or a pattern it must match. */
  basis: string | RegExp;
  /** Patterns for every expected problem message, in order; omitted means no problems at all. */
  warnings?: RegExp[];
}

function run(c: Case) {
  const lead: Lead = {
    stamp: c.stamp ?? null,
    dateline: c.dateline ? { place: null, dateText: null, credit: null, ...c.dateline } : null,
    text: c.lead ?? '',
  };
  return extractDate({ lead, text: c.text ?? c.lead ?? '' });
}

const cases: Case[] = [
  // Stamps and datelines: the publication date.
  {
    name: 'an ISO stamp gives the date',
    stamp: 'date 2023-06-15',
    lead: 'Minister of Economy Mikayil Jabbarov met his Tajik counterpart, Trend reports.',
    date: '2023-06-15',
    basis: 'stamp "date 2023-06-15"',
  },
  {
    name: 'an ISO stamp with a time of day gives its calendar day',
    stamp: '2023-06-15T10:00',
    lead: 'The talks opened in Baku.',
    date: '2023-06-15',
    basis: 'stamp "2023-06-15T10:00"',
  },
  {
    name: 'a month-day dateline agreeing with a full stamp takes the stamp year (Trend style)',
    stamp: 'date 2023-06-15',
    dateline: { place: 'BAKU, Azerbaijan', dateText: 'June 15' },
    lead: 'Minister of Economy of Azerbaijan met the Minister of Industry of Tajikistan, Trend reports.',
    date: '2023-06-15',
    basis: 'stamp "date 2023-06-15"; the dateline "June 15" agrees',
  },
  {
    name: 'an abbreviated-month dateline "Jan. 25" agreeing with the stamp takes its year',
    stamp: '2024-01-25',
    dateline: { place: 'ASTANA', dateText: 'Jan. 25', credit: 'Kazinform' },
    lead: 'The Foreign Minister held talks with his Tajik counterpart.',
    date: '2024-01-25',
    basis: 'stamp "2024-01-25"; the dateline "Jan. 25" agrees',
  },
  {
    name: 'a stamp and a dateline naming different days keep the stamp and warn',
    stamp: 'date 2023-06-15',
    dateline: { place: 'BAKU', dateText: 'June 14' },
    lead: 'The delegation arrived.',
    date: '2023-06-15',
    basis: 'stamp "date 2023-06-15"',
    warnings: [/stamp "date 2023-06-15" and dateline "June 14" disagree/],
  },
  {
    name: 'a day-first dotted dateline gives the date (NIAT Khovar style)',
    dateline: { place: 'DUSHANBE', dateText: '03.03.2023', credit: 'NIAT Khovar' },
    lead: 'Today, the Speaker of the National Assembly met the Russian Prime Minister.',
    date: '2023-03-03',
    basis: 'dateline "03.03.2023"',
  },
  {
    name: 'a dotted date is read day-first even when month-first would also be possible',
    dateline: { place: 'TASHKENT', dateText: '04.05.2023', credit: 'UzA' },
    lead: 'The President received the delegation.',
    date: '2023-05-04',
    basis: 'dateline "04.05.2023"',
  },
  {
    name: 'a slashed date is read day-first (ministry release style)',
    lead: 'Press release 28/09/2021: the Ministry of Foreign Affairs informs that consultations were held.',
    date: '2021-09-28',
    basis: '"28/09/2021" in the text',
  },
  {
    name: 'a numeric date is read month-first only when day-first is impossible, and the basis says so',
    dateline: { place: 'KABUL', dateText: '09/28/2021' },
    lead: 'Officials met in the capital.',
    date: '2021-09-28',
    basis: 'dateline "09/28/2021", read month-first since 28 cannot be a month',
  },
  {
    name: 'a dashed day-first date is read like a dotted one',
    lead: 'ISLAMABAD, 15-06-2023: The Foreign Office spokesperson briefed the press.',
    date: '2023-06-15',
    basis: '"15-06-2023" in the text',
  },
  {
    name: 'a full written dateline "Dec. 12, 2022" gives the date (TASS style)',
    dateline: { place: 'MOSCOW', dateText: 'Dec. 12, 2022', credit: 'TASS' },
    lead: 'Russia and Tajikistan signed a memorandum on labour migration.',
    date: '2022-12-12',
    basis: 'dateline "Dec. 12, 2022"',
  },
  {
    name: 'a "Sept. 3, 2021" dateline with an abbreviated month gives the date (AP style)',
    dateline: { place: 'DUSHANBE, Tajikistan', dateText: 'Sept. 3, 2021', credit: 'AP' },
    lead: 'Leaders gathered for the summit.',
    date: '2021-09-03',
    basis: 'dateline "Sept. 3, 2021"',
  },
  {
    name: 'a "June 15, 2023" date in the lead sentence gives the date (Reuters style)',
    lead: 'Tajikistan on June 15, 2023 raised its key rate by 50 basis points, the central bank said.',
    date: '2023-06-15',
    basis: '"June 15, 2023" in the text',
  },
  {
    name: 'a "15 June 2023" day-month-year date in the lead gives the date (Kazinform style)',
    lead: 'ASTANA. KAZINFORM – The meeting of the intergovernmental commission took place on 15 June 2023 in Astana.',
    date: '2023-06-15',
    basis: '"15 June 2023" in the text',
  },
  {
    name: 'a year-first slashed date "2023/06/15" gives the date',
    lead: 'Posted 2023/06/15. The Xinhua correspondent reports from Urumqi.',
    date: '2023-06-15',
    basis: '"2023/06/15" in the text',
  },
  {
    name: 'a Russian month-day dateline agreeing with the stamp takes the stamp year (TASS Russian style)',
    stamp: '2023-06-03',
    dateline: { place: 'МОСКВА', dateText: '3 июня', credit: 'ТАСС' },
    lead: 'Премьер-министр провел переговоры с делегацией Таджикистана.',
    date: '2023-06-03',
    basis: 'stamp "2023-06-03"; the dateline "3 июня" agrees',
  },
  {
    name: 'a full Russian date in the lead gives the date',
    lead: 'ДУШАНБЕ – Встреча состоялась 15 июня 2023 г. в Душанбе.',
    date: '2023-06-15',
    basis: /^"15 июня 2023 г?" in the text$/,
  },
  {
    name: 'the weekday rule works for a Russian weekday and date',
    lead: 'В среду, 4 июня, в Душанбе открылось заседание Совета, в рамках председательства в 2025 году.',
    date: '2025-06-04',
    basis: '"среду, 4 июня" in the text; 2025 is the only year it mentions in which June 4 is a Wednesday',
  },
  {
    name: 'a two-digit-year dateline takes the one mentioned year ending in those digits',
    dateline: { place: 'BISHKEK', dateText: '03.03.23', credit: 'Kabar' },
    lead: 'The parliament adopted the 2023 budget.',
    date: '2023-03-03',
    basis: 'dateline "03.03.23"; 2023 is the only year the text mentions ending in 23',
  },
  {
    name: 'a two-digit-year dateline stays undated when the text mentions no year ending in those digits',
    dateline: { place: 'BISHKEK', dateText: '03.03.23', credit: 'Kabar' },
    lead: 'The parliament adopted the budget, as it did in 2022.',
    date: null,
    basis: 'dateline "03.03.23", year not stated in full',
  },
  {
    name: 'a two-digit-year February 29 is impossible when neither century makes it a leap day',
    dateline: { place: 'BISHKEK', dateText: '29.02.23' },
    lead: 'The parliament met in 2023.',
    date: null,
    basis: 'no usable date: "29.02.23" is not a real date',
    warnings: [/"29\.02\.23" is not a real date/],
  },
  // Year inference.
  {
    name: 'the weekday rule fixes the year when exactly one mentioned year fits (seed 000 shape)',
    lead: 'On Wednesday, June 4, in the capital of Tajikistan, the council meeting opened, NIAT Khovar reports.',
    text: 'CIS Council meets in Dushanbe\nOn Wednesday, June 4, in the capital ... The event is part of the chairmanship in 2025.',
    date: '2025-06-04',
    basis: '"Wednesday, June 4" in the text; 2025 is the only year it mentions in which June 4 is a Wednesday',
  },
  {
    name: 'the weekday rule picks the one fitting year among several mentioned (Xinhua style)',
    lead: 'BEIJING -- On Tuesday, March 14, lawmakers closed the annual session.',
    text: 'On Tuesday, March 14, lawmakers closed the annual session. The plan runs to 2030, building on results since 2021 and 2023.',
    date: '2023-03-14',
    basis: '"Tuesday, March 14" in the text; 2023 is the only year it mentions in which March 14 is a Tuesday',
  },
  {
    name: 'the weekday rule gives no date when two mentioned years fit',
    lead: 'On Wednesday, June 4, the parliament ratified the treaty.',
    text: 'On Wednesday, June 4, the parliament ratified the treaty signed in 2014. It enters into force in 2025.',
    date: null,
    basis: '"Wednesday, June 4", year unclear: the text mentions 2014 and 2025, and June 4 is a Wednesday in each',
  },
  {
    name: 'the weekday rule gives no date when the text mentions no year',
    lead: 'On Wednesday, June 4, the minister visited the plant.',
    date: null,
    basis: '"Wednesday, June 4", year not stated',
  },
  {
    name: 'the weekday rule gives no date when no mentioned year fits the weekday',
    lead: 'On Wednesday, June 4, the minister visited the plant, opened in 2023.',
    date: null,
    basis: '"Wednesday, June 4", year not stated; June 4 is not a Wednesday in any year the text mentions (2023)',
  },
  {
    name: 'a yearless February 29 with a weekday resolves to the leap year that fits',
    lead: 'On Thursday, February 29, the Majlisi Oli approved the budget amendments.',
    text: 'On Thursday, February 29, the Majlisi Oli approved the budget amendments for 2024 and beyond, revising 2023 figures.',
    date: '2024-02-29',
    basis: '"Thursday, February 29" in the text; 2024 is the only year it mentions in which February 29 is a Thursday',
  },
  {
    name: 'a month and day without a weekday stay yearless even when the text mentions one year (seed 002 shape)',
    lead: 'The Deputy Prime Minister held talks in Dushanbe on January 25, the ministry reported.',
    text: 'The Deputy Prime Minister held talks in Dushanbe on January 25. Trade grew in 2023, and software worth $2.8mn was handed over in December last year.',
    date: null,
    basis: '"January 25", year not stated',
  },
  {
    name: 'a yearless dateline without a stamp stays yearless (TASS style)',
    dateline: { place: 'MOSCOW', dateText: 'Dec. 12', credit: 'TASS' },
    lead: 'Russian gas exports to Central Asia rose in 2022, the ministry said.',
    date: null,
    basis: 'dateline "Dec. 12", year not stated',
  },
  {
    name: 'a yearless dateline takes its year from the same day written in full in the text',
    dateline: { place: 'ALMATY', dateText: 'Sept. 3', credit: 'Kazinform' },
    lead: 'The forum that opened on September 3, 2021 gathered 400 delegates.',
    date: '2021-09-03',
    basis: 'dateline "Sept. 3"; year from "September 3, 2021" in the text',
  },
  // Priority between candidates.
  {
    name: 'a stamp beats an earlier event dated in the body',
    stamp: 'date 2023-06-15',
    lead: 'The ministers reviewed the agreement signed on 12 March 2019 in Tashkent.',
    date: '2023-06-15',
    basis: 'stamp "date 2023-06-15"',
  },
  {
    name: 'a dateline beats a date in the lead sentence',
    dateline: { place: 'DUSHANBE', dateText: '03.03.2023', credit: 'Khovar' },
    lead: 'The sides discussed implementing the accord of 15 January 2022.',
    date: '2023-03-03',
    basis: 'dateline "03.03.2023"',
  },
  {
    name: 'a date in the lead sentence beats a date deeper in the body',
    lead: 'TEHRAN (MNA) – Iran and Tajikistan signed six documents on 10 May 2024.',
    // The headline comes first in the text, so the body date is met before the lead's.
    text: 'Talks resume on the 3 April 2019 accord\nIran and Tajikistan signed six documents on 10 May 2024.',
    date: '2024-05-10',
    basis: '"10 May 2024" in the text',
  },
  {
    name: 'a body date is used when nothing earlier gives one, and the basis says where it came from',
    lead: 'TEHRAN – Iran and Tajikistan have set a target of $1.0 billion in trade.',
    text: 'Iran and Tajikistan have set a target of $1.0 billion in trade.\nThe forum, held on 12 October 2024, gathered firms.',
    date: '2024-10-12',
    basis: '"12 October 2024", the first date in the text',
  },
  {
    name: 'relative words like "Today" and "yesterday" give no date',
    lead: 'Today, the Speaker met the Prime Minister; yesterday the delegation arrived.',
    date: null,
    basis: 'no date in the text',
  },
  {
    name: 'a text with no date at all gives none (seed 004 shape)',
    lead: 'TEHRAN – Iran and Tajikistan agreed to expand joint investments, as officials moved to deepen mining ties.',
    date: null,
    basis: 'no date in the text',
  },
  {
    name: 'a month with a year but no day, like "December last year" or "May 2024", gives no date',
    lead: 'The platform was transferred in December last year; exports rose in May 2024.',
    date: null,
    basis: 'no date in the text',
  },
  // Impossible and suspicious dates.
  {
    name: 'an impossible numeric date is a warning and is not rolled over',
    dateline: { place: 'DUSHANBE', dateText: '31.02.2024', credit: 'Khovar' },
    lead: 'The government approved the programme.',
    date: null,
    basis: 'no usable date: "31.02.2024" is not a real date',
    warnings: [/^"31\.02\.2024" is not a real date$/],
  },
  {
    name: 'an impossible written date is a warning and is not rolled over',
    lead: 'The commission met on February 30, 2024 in Khujand.',
    date: null,
    basis: 'no usable date: "February 30, 2024" is not a real date',
    warnings: [/^"February 30, 2024" is not a real date$/],
  },
  {
    name: 'February 29 in a non-leap year is an impossible date',
    dateline: { place: 'BISHKEK', dateText: '29.02.2023', credit: 'Kabar' },
    lead: 'The parliament adopted the law.',
    date: null,
    basis: 'no usable date: "29.02.2023" is not a real date',
    warnings: [/"29\.02\.2023" is not a real date/],
  },
  {
    name: 'an impossible date is reported but a later valid candidate still gives the date',
    dateline: { place: 'DUSHANBE', dateText: '31.02.2024' },
    lead: 'The ministry said the decree was signed on March 1, 2024.',
    date: '2024-03-01',
    basis: '"March 1, 2024" in the text',
    warnings: [/"31\.02\.2024" is not a real date/],
  },
  {
    name: 'a stated weekday that contradicts a full date keeps the date and warns',
    lead: 'On Wednesday, June 4, 2024, the delegation arrived in Ashgabat.',
    date: '2024-06-04',
    basis: '"Wednesday, June 4, 2024" in the text',
    warnings: [/says Wednesday, but 2024-06-04 is a Tuesday/],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const r = run(c);
    assert.equal(r.date, c.date);
    if (typeof c.basis === 'string') assert.equal(r.dateBasis, c.basis);
    else assert.match(r.dateBasis, c.basis);
    const expected = c.warnings ?? [];
    assert.equal(r.problems.length, expected.length, JSON.stringify(r.problems));
    expected.forEach((re, i) => {
      assert.match(r.problems[i].message, re);
      assert.equal(r.problems[i].field, 'date');
      assert.equal(r.problems[i].severity, 'warning');
      assert.match(r.problems[i].hint ?? '', /add date: YYYY-MM-DD front matter/);
    });
  });
}

test('amounts and decimals that look like years are not taken as mentioned years', () => {
  // June 4 is a Wednesday in 2014 and 2025; if either amount counted as a year, a date would appear.
  const r = run({
    name: '', lead: 'On Wednesday, June 4, the tariff was set at 2025.50 somoni, and $2014 in fees was waived.', date: null, basis: '',
  });
  assert.equal(r.date, null);
  assert.equal(r.dateBasis, '"Wednesday, June 4", year not stated');
});

test('a numeric run longer than a date, like a version number, is not read as a date', () => {
  const r = run({ name: '', lead: 'The registry moved to release 1.2.2023.4 of the software.', date: null, basis: '' });
  assert.equal(r.date, null);
  assert.equal(r.dateBasis, 'no date in the text');
});

test('a very large text is handled and years far beyond the parsed window still count', () => {
  const filler = 'The sides discussed trade, energy and transport cooperation in detail. '.repeat(75_000); // ~5 MB
  const text = `On Wednesday, June 4, the council met.\n${filler}\nThe chairmanship ends in 2025.`;
  assert.ok(text.length > 5_000_000);
  const r = extractDate({ lead: { stamp: null, dateline: null, text: 'On Wednesday, June 4, the council met.' }, text });
  assert.equal(r.date, '2025-06-04');
});

test('a lead with no paragraph breaks at all is bounded like the text', () => {
  const huge = `${'Officials met. '.repeat(400_000)}They met on 12 March 2019.`;
  const r = extractDate({ lead: { stamp: null, dateline: null, text: huge }, text: huge });
  assert.equal(r.date, null); // the date lies beyond the parsed window, so it is not seen
  assert.equal(r.dateBasis, 'no date in the text');
});

test('isRealDate accepts real YYYY-MM-DD days and rejects impossible or malformed ones', () => {
  const table: [string, boolean][] = [
    ['2023-06-15', true], ['2024-02-29', true], ['2023-02-29', false], ['2024-02-31', false],
    ['2024-13-01', false], ['2024-6-1', false], ['2023-06-15T10:00', false], ['', false], ['15.06.2023', false],
  ];
  for (const [iso, real] of table) assert.equal(isRealDate(iso), real, iso);
});

test('isRealDay answers as luxon does for every day, month and year a text can write', () => {
  for (let year = -50; year <= 2200; year++) {
    for (let month = -1; month <= 14; month++) {
      for (let day = -1; day <= 33; day++) {
        const luxon = DateTime.fromObject({ year, month, day }, { zone: 'utc' }).isValid;
        assert.equal(isRealDay(year, month, day), luxon, `${year}-${month}-${day}`);
      }
    }
  }
  for (const odd of [[2024.5, 1, 1], [2024, 1.5, 1], [2024, 1, Number.NaN]]) assert.equal(isRealDay(odd[0], odd[1], odd[2]), false);
});

for (const text of [
  'Officials said Tuesday, a week after voters approved the new constitution.',
  '"We met the day before yesterday," the minister told reporters.',
  'The day before, the delegation had toured the plant.',
]) {
  test(`a relative expression gives no date: ${text.slice(0, 40)}`, () => {
    const r = extractDate({ lead: { stamp: null, dateline: null, text }, text });
    assert.equal(r.date, null, r.dateBasis);
  });
}

for (const [text, iso] of [
  ['Президент прибыл 4 Наурыз, 2025 жылы.', '2025-03-04'],
  ['Мулоқот 2-уми декабри соли 2022 баргузор шуд.', '2022-12-02'],
  ["Prezident 4 dekabr 2019 yil Toshkentda bo'ldi.", '2019-12-04'],
  ['Büyükelçi 14 Mart 2018 tarihinde Duşanbe’ye geldi.', '2018-03-14'],
  ['Der Präsident reiste am 10. März 2018 nach Duschanbe.', '2018-03-10'],
  ['Le président est arrivé le 29 mars 2021 à Douchanbé.', '2021-03-29'],
  ['El presidente llegó el 3 de junio de 2021 a Dushanbe.', '2021-06-03'],
] as const) {
  test(`a date in the article's language is read: ${text.slice(0, 30)}`, () => {
    const r = extractDate({ lead: { stamp: null, dateline: null, text }, text });
    assert.equal(r.date, iso, r.dateBasis);
  });
}

test('a month named without a year stays undated in any language', () => {
  const text = 'Мулоқот 24-iyul kuni bo‘ldi, 14 Наурыз da.';
  assert.equal(extractDate({ lead: { stamp: null, dateline: null, text }, text }).date, null);
});

test("a page's stamp with a two-digit year is read in this century; the same date in the story is not", () => {
  const stamped = extractDate({ lead: { stamp: '04.03.25 Politics', dateline: null, text: 'The presidents met.' }, text: 'The presidents met.' });
  assert.equal(stamped.date, '2025-03-04');
  assert.match(stamped.dateBasis, /read as 2025/);
  const inStory = extractDate({ lead: { stamp: null, dateline: null, text: 'The treaty of 04.03.25 was signed.' }, text: 'The treaty of 04.03.25 was signed.' });
  assert.equal(inStory.date, null);
});
