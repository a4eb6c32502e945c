import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../src/extract/layout/clean.ts';
import type { Block } from '../src/extract/types.ts';

const seed = (name: string): string =>
  readFileSync(new URL(`../content/raw/${name}`, import.meta.url), 'utf8');
const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });

const HEAD = 'Tajikistan and Uzbekistan sign border treaty';
const LEAD = 'DUSHANBE, June 15 (Reuters) - Tajikistan and Uzbekistan signed a treaty on Thursday.';
const LAST = 'The treaty must now be ratified by both parliaments.';
/** A small article with one line of suspected chrome between two paragraphs. */
const around = (line: string): string => `${HEAD}\n\n${LEAD}\n\n${line}\n\n${LAST}\n`;

const chrome: Array<[string, string]> = [
  ['a bare "Read also" label is dropped', 'Read also'],
  ['a "Read also:" line with its linked headline is dropped', 'Read also: Kyrgyzstan raises power tariffs'],
  ['a "See also" cross-link is dropped', 'See also: Water forum opens in Dushanbe'],
  ['a "Related:" cross-link is dropped', 'Related: Uzbekistan opens a new power plant'],
  ['a Russian "Читайте также" cross-link is dropped', 'Читайте также: Рахмон прибыл в Ташкент'],
  ['a comment counter is dropped', 'Comments (0)'],
  ['a comment count written after the number is dropped', '12 comments'],
  ['a "Leave a Comment" prompt is dropped', 'Leave a Comment'],
  ['a "Leave a reply" prompt is dropped', 'Leave a Reply'],
  ['a follow-us line naming social networks is dropped', "Follow Daryo's official Instagram and Twitter pages to keep current on world news."],
  ['a subscribe-to-our-channel line is dropped', 'Subscribe to our Telegram channel for the latest news'],
  ['a Russian subscribe line is dropped', 'Подписывайтесь на наш канал в Telegram'],
  ['a share bar of menu words is dropped', 'Share | Tweet | Email | Print'],
  ['editor initials joined by a slash are dropped', 'EF/MA'],
  ['parenthesised editor initials are dropped', '(ES)'],
  ['a standalone date and time stamp after the lead is dropped', '15.06.2023 14:30'],
  ['a "Photo:" credit is dropped', 'Photo: Press service of the President'],
  ['a "Photo by" credit is dropped', 'Photo by Asia-Plus'],
  ['a copyright line is dropped', '© 2023 Asia News Agency. All rights reserved.'],
  ['an "All rights reserved" footer is dropped', 'Example Media Group, all rights reserved'],
  ['a tags line is dropped', 'Tags: Tajikistan, Uzbekistan, borders'],
  ['a reading-time badge is dropped', '3 min read'],
  ['a view counter is dropped', 'Views: 1,204'],
  ['an advertisement marker is dropped', 'Advertisement'],
  ['a "Source:" footer is dropped', 'Source: Ministry of Foreign Affairs'],
  ['a wire reporting credit is dropped', '(Reporting by Olga Petrova; Editing by John Smith)'],
  ['a byline is dropped', 'By Olga Petrova and John Smith'],
  ['a section separator is dropped', '* * *'],
  ['a French "Lire aussi" link is dropped', 'Lire aussi sur Le Site : Le barrage avance'],
  ['a Spanish "Lee también" link is dropped', 'Lee también: El puente reabre'],
  ['a German "Lesen Sie auch" link is dropped', 'Lesen Sie auch: Die Brücke ist wieder offen'],
  ['a Russian log-in prompt is dropped', 'Войти через:'],
  ['a contributor line is dropped, so its country is not the story\'s', 'Anna Sultanova in Tallinn, Estonia, contributed to this report.'],
  ['a metadata strip of agency, place and time is dropped', 'Wire | Bishkek | Updated: 04-03-2025 09:15 | Created: 04-03-2025 09:15'],
];
for (const [name, line] of chrome) {
  test(name, () => {
    const r = cleanArticle(around(line));
    assert.equal(r.headline, HEAD);
    assert.deepEqual(r.blocks, [p(LEAD), p(LAST)]);
    assert.deepEqual(r.removed, [line]);
  });
}

const prose: Array<[string, string]> = [
  ['a sentence starting "Follow-up" that mentions Twitter stays', 'Follow-up talks will address how Twitter is regulated in the region.'],
  ['a sentence starting "Related" stays', 'Related talks were held in Astana last week.'],
  ['a sentence starting "Photo" stays', 'Photo exhibitions opened in Khujand on Monday.'],
  ['a sentence starting "By" and a year stays', 'By 2030, Tajikistan plans to double its power exports.'],
  ['a sentence about comments stays', 'Comments from the ministry were not immediately available.'],
  ['a sentence naming a source stays', 'Sources in the ministry said the decision was final.'],
];
for (const [name, line] of prose) {
  test(name, () => {
    const r = cleanArticle(around(line));
    assert.deepEqual(r.blocks, [p(LEAD), p(line), p(LAST)]);
    assert.deepEqual(r.removed, []);
  });
}

const headlines: Array<{ name: string; text: string; headline: string | null }> = [
  { name: 'a short first line without a full stop is the headline', text: `${HEAD}\n${LEAD}`, headline: HEAD },
  { name: 'a headline ending in a question mark is still a headline', text: `Why does Central Asia matter?\n\n${LEAD}`, headline: 'Why does Central Asia matter?' },
  { name: 'a headline ending in an abbreviation with dots is a headline', text: `Tajikistan signs energy deal with U.S.\n${LEAD}`, headline: 'Tajikistan signs energy deal with U.S.' },
  { name: 'a first line that is a full sentence is not a headline', text: `${LEAD}\n${LAST}`, headline: null },
  { name: 'a first line that is a wire dateline is never the headline', text: 'DUSHANBE, 03.03.2023 (NIAT Khovar) – Talks held\nThe parties met.', headline: null },
  { name: 'a first line that is a date stamp is never the headline', text: `15.06.2023 14:30\n${HEAD}\n${LEAD}`, headline: HEAD },
  { name: 'site chrome above the headline is skipped', text: `Share\nTweet\n${HEAD}\n${LEAD}`, headline: HEAD },
  { name: 'a lone title-shaped line with nothing after it is not a headline', text: HEAD, headline: null },
  { name: 'a first line starting in lower case is not a headline', text: `and then the talks resumed\n${LEAD}`, headline: null },
];
for (const c of headlines) {
  test(c.name, () => assert.equal(cleanArticle(c.text).headline, c.headline));
}

test('a "Read also" line under the headline is not taken as the headline and is dropped', () => {
  const r = cleanArticle(`Read also\n${HEAD}\n${LEAD}`);
  assert.equal(r.headline, HEAD);
  assert.deepEqual(r.removed, ['Read also']);
});

test('a stamp line between headline and body is prefixed to the first paragraph for parseLead', () => {
  const r = cleanArticle(`${HEAD}\nPosted: March 3, 2024\n\nThe region is often overlooked.\nIt is changing.`);
  assert.deepEqual(r.blocks, [p('Posted: March 3, 2024 The region is often overlooked.'), p('It is changing.')]);
  assert.deepEqual(r.removed, []);
});

test('short title-like lines followed by a paragraph become sub-headings', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\nA new corridor south\nTrade routes are shifting.\nWhat comes next?\nTalks resume in May.`);
  assert.deepEqual(r.blocks, [p(LEAD), h('A new corridor south'), p('Trade routes are shifting.'), h('What comes next?'), p('Talks resume in May.')]);
});

test('a short sentence after the story, past a line of chrome, is still the story', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\nShare | Tweet\nThe talks end on Friday.`);
  assert.deepEqual(r.blocks, [p(LEAD), p('The talks end on Friday.')]);
});

test('an unpunctuated line below the story is chrome, and stays among the removed lines for the source', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\nPress Service of the Ministry of Foreign Affairs`);
  assert.deepEqual(r.blocks, [p(LEAD)]);
  assert.deepEqual(r.removed, ['Press Service of the Ministry of Foreign Affairs']);
});

test('headlines listed under a bare related label after the story are dropped', () => {
  const links = ['Uzbekistan opens new power plant', 'Tajikistan exports power to Afghanistan', 'Turkmenistan boosts gas output'];
  const r = cleanArticle(`${HEAD}\n${LEAD}\n${LAST}\nRelated news:\n${links.join('\n')}`);
  assert.deepEqual(r.blocks, [p(LEAD), p(LAST)]);
  assert.deepEqual(r.removed, ['Related news:', ...links]);
});

test('a linked headline under a "Read more" label inside the story is dropped', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\nRead more\nKazakhstan cuts gas prices for households\n${LAST}`);
  assert.deepEqual(r.blocks, [p(LEAD), p(LAST)]);
  assert.deepEqual(r.removed, ['Read more', 'Kazakhstan cuts gas prices for households']);
});

const trailingList = [
  'Kyrgyz parliament approves new budget code',
  'Uzbekistan and China open a new rail link',
  'Tajik cotton harvest beats last year figures',
  'Kazakh central bank keeps key rate unchanged',
];
test('a run of other headlines after a gap of blank lines at the end is dropped', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\n${LAST}\n\n\n\n${trailingList.slice(0, 3).join('\n')}\n\n`);
  assert.deepEqual(r.blocks, [p(LEAD), p(LAST)]);
  assert.deepEqual(r.removed, trailingList.slice(0, 3));
});

test('four or more trailing headline-shaped lines are dropped even without a gap', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\n${LAST}\n${trailingList.join('\n')}`);
  assert.deepEqual(r.blocks, [p(LEAD), p(LAST)]);
});

test('headline-shaped lines below the last sentence of the story are dropped, even two without a gap', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\n${LAST}\n${trailingList.slice(0, 2).join('\n')}`);
  assert.deepEqual(r.blocks, [p(LEAD), p(LAST)]);
});

test('sub-headings between paragraphs of the story are kept', () => {
  const r = cleanArticle(`${HEAD}\n\n${LEAD}\n\nWhat comes next\n\n${LAST}\n`);
  assert.deepEqual(r.blocks, [p(LEAD), h('What comes next'), p(LAST)]);
});

test('a list introduced by a colon at the end of the story is kept', () => {
  const items = ['Agreement on visa-free travel for diplomats', 'Memorandum on cultural cooperation', 'Programme of consultations for 2024', 'Protocol on border demarcation'];
  const r = cleanArticle(`${HEAD}\n${LEAD}\nThe documents signed:\n${items.join('\n')}`);
  assert.deepEqual(r.blocks.map((b) => b.text), [LEAD, 'The documents signed:', ...items]);
});

test('hard-wrapped paragraphs separated by blank lines are joined', () => {
  const text = [
    'Dushanbe hosts regional water forum', '',
    'DUSHANBE - Delegations from more than forty countries gathered in the',
    'Tajik capital on Monday for the third high-level water conference,',
    'organisers said.', '',
    'The conference, co-hosted by the United Nations, will run for three',
    'days and focus on glaciers, financing and regional cooperation.',
  ].join('\n');
  const r = cleanArticle(text);
  assert.deepEqual(r.blocks, [
    p('DUSHANBE - Delegations from more than forty countries gathered in the Tajik capital on Monday for the third high-level water conference, organisers said.'),
    p('The conference, co-hosted by the United Nations, will run for three days and focus on glaciers, financing and regional cooperation.'),
  ]);
});

test('short one-line paragraphs of a terse brief are not mistaken for hard-wrapped text', () => {
  const lines = ['Parliament approved the budget on Monday.', 'Spending on schools rises by ten percent.', 'Defence spending stays flat.', 'The law takes effect in January.'];
  const r = cleanArticle(`Budget approved\n\n${lines.join('\n')}`);
  assert.deepEqual(r.blocks, lines.map(p));
});

test('a sub-heading right after a linked headline under "Read more" is kept', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\nRead more\nKazakhstan cuts gas prices\nWhat comes next\n${LAST}`);
  assert.deepEqual(r.blocks, [p(LEAD), h('What comes next'), p(LAST)]);
  assert.deepEqual(r.removed, ['Read more', 'Kazakhstan cuts gas prices']);
});

test('a line broken after a function word is joined with the next line', () => {
  const r = cleanArticle(`${HEAD}\nThe minister met with\nPresident Rahmon on Monday.\n${LAST}`);
  assert.deepEqual(r.blocks, [p('The minister met with President Rahmon on Monday.'), p(LAST)]);
});

test('editor initials after the last sentence on the same line are removed', () => {
  const r = cleanArticle(`${HEAD}\n${LEAD}\nThe treaty must be ratified. (ES)`);
  assert.deepEqual(r.blocks, [p(LEAD), p('The treaty must be ratified.')]);
  assert.deepEqual(r.removed, ['(ES)']);
});

test('non-breaking and repeated spaces inside a line are collapsed', () => {
  const r = cleanArticle(`${HEAD}\nThe\u00a0minister   arrived\tin Khujand.\u200b`);
  assert.deepEqual(r.blocks, [p('The minister arrived in Khujand.')]);
});

test('a Russian article keeps its dateline paragraph and drops Russian chrome', () => {
  const text = 'Рахмон встретился с Мирзиёевым\n\nДУШАНБЕ, 15 июня. /ТАСС/. Президент Таджикистана провел переговоры.\n\n' +
    'Читайте также: Таджикистан и Узбекистан подписали договор\n\nСтороны обсудили торговлю.\n\nФото: ТАСС';
  const r = cleanArticle(text);
  assert.equal(r.headline, 'Рахмон встретился с Мирзиёевым');
  assert.deepEqual(r.blocks, [p('ДУШАНБЕ, 15 июня. /ТАСС/. Президент Таджикистана провел переговоры.'), p('Стороны обсудили торговлю.')]);
  assert.equal(r.removed.length, 2);
});

test('sample 000 keeps its headline and all eleven paragraphs', () => {
  const r = cleanArticle(seed('000_e89b67148e8a9132.txt'));
  assert.equal(r.headline, 'Meeting Of Council On Industrial Policy Of CIS Is Taking Place In Dushanbe');
  assert.equal(r.blocks.length, 11);
  assert.ok(r.blocks.every((b) => b.kind === 'paragraph'));
  assert.deepEqual(r.removed, []);
});

test('sample 001 has no headline and keeps its stamp and dateline in the first paragraph', () => {
  const r = cleanArticle(seed('001_5d4062198c4cec68.txt'));
  assert.equal(r.headline, null);
  assert.equal(r.blocks.length, 8);
  assert.match(r.blocks[0].text, /^date 2023-06-15 BAKU, Azerbaijan, June 15\. Minister/);
});

test('sample 002 drops the Daryo follow line and the comment counter', () => {
  const r = cleanArticle(seed('002_d1b71018f3567910.txt'));
  assert.equal(r.headline, null);
  assert.deepEqual(r.removed, ["Follow Daryo's official Instagram and Twitter pages to keep current on world news.", 'Comments (0)']);
  assert.equal(r.blocks.length, 14);
  assert.match(r.blocks[13].text, /^As part of his visit/);
});

test('sample 003 drops "Read also" and the twelve trailing headlines but keeps the last paragraph', () => {
  const r = cleanArticle(seed('003_5563cc646f6c1601.txt'));
  assert.equal(r.headline, 'Rustam Emomali Meets Russian Prime Minister Mikhail Mishustin');
  assert.equal(r.removed[0], 'Read also');
  assert.equal(r.removed.length, 13);
  assert.ok(r.removed.slice(1).every((l) => /Rahmon|Political School/.test(l)));
  assert.match(r.blocks[0].text, /^DUSHANBE, 03\.03\.2023 \(NIAT Khovar\)/);
  assert.match(r.blocks[r.blocks.length - 1].text, /^The meeting also focused/);
  assert.ok(r.blocks.every((b) => b.kind === 'paragraph'));
});

test('sample 004 keeps its two sub-headings and drops EF/MA and Leave a Comment', () => {
  const r = cleanArticle(seed('004_c71d60370df70e7a.txt'));
  assert.equal(r.headline, 'Tehran, Dushanbe set $1b trade target, deepen industrial, mining ties');
  assert.deepEqual(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    ['Joint mining task force to oversee reconstruction and training', 'Steel exports and water projects in focus']);
  assert.deepEqual(r.removed, ['EF/MA', 'Leave a Comment']);
  assert.match(r.blocks[0].text, /^TEHRAN – Iran and Tajikistan/);
  assert.match(r.blocks[r.blocks.length - 1].text, /Iranian producers\.$/);
});

test('cleaning a five-megabyte paste takes linear time', () => {
  const body = seed('004_c71d60370df70e7a.txt');
  const big = body.repeat(1300) + 'Read also\nSome linked story title here\n'.repeat(50_000);
  const r = cleanArticle(big);
  assert.ok(r.blocks.length > 1000);
  assert.ok(r.removed.includes('Read also'));
});
