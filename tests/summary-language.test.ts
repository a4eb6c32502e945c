import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { summarize, SUMMARY_MAX } from '../src/extract/text/summary.ts';
import { detectLanguage } from '../src/extract/text/language.ts';
import type { Block } from '../src/extract/types.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });
const seed = (name: string): string => readFileSync(new URL(`../content/raw/${name}`, import.meta.url), 'utf8');

// ---- summary ----

const S1 = 'Tajikistan and Uzbekistan signed a treaty on Thursday ending a dispute over the Fergana valley border that had lasted for three decades.';
const S2 = 'The treaty, signed by Presidents Emomali Rahmon and Shavkat Mirziyoyev in Dushanbe, settles the last disputed sections.';
const S3 = 'It must now be ratified by both parliaments before it enters into force later this year, officials said on Thursday evening.';

test('a lead within the limit is returned whole', () => {
  assert.equal(summarize([p(S1), p(S2)]), S1);
});

test('the summary skips sub-headings and an emptied stamp-only first paragraph', () => {
  assert.equal(summarize([h('Background'), p('  '), p(S2), p(S3)]), S2);
});

test('no paragraph gives an empty summary', () => {
  assert.equal(summarize([h('Only a heading')]), '');
  assert.equal(summarize([]), '');
});

test('a long lead is cut at the last sentence end that fits', () => {
  const lead = `${S1} ${S2} ${S3}`;
  assert.ok(lead.length > SUMMARY_MAX);
  assert.equal(summarize([p(lead)]), `${S1} ${S2}`);
});

test('abbreviations and initials are not taken for sentence ends when cutting', () => {
  const second = 'The text was drafted over many months by teams led by Mr. Jones, Dr. Karimov and U.S. envoy J. Smith, who met in Khujand, Osh, Bishkek and Tashkent more than forty times in the past ten years.';
  const lead = `${S1} ${second}`;
  // Every abbreviation lies inside the limit while the sentence they sit in ends past it.
  assert.ok(lead.indexOf('J. Smith') < SUMMARY_MAX && lead.length > SUMMARY_MAX);
  assert.equal(summarize([p(lead)]), S1);
});

test('a lead with no sentence end in reach is cut at a word with an ellipsis', () => {
  const lead = Array.from({ length: 60 }, (_, i) => `delegation${i} visited`).join(' and ');
  const s = summarize([p(lead)]);
  assert.ok(s.length <= SUMMARY_MAX, String(s.length));
  assert.ok(s.endsWith('…'));
  assert.doesNotMatch(s, /\s(?:and|of|the)…$/);
  assert.ok(lead.startsWith(s.slice(0, -1)));
});

test('a single short opening sentence is not preferred over a fuller cut lead', () => {
  const lead = `Talks ended. ${'The delegations discussed energy trade and transport links across the region '.repeat(5)}`;
  const s = summarize([p(lead)]);
  assert.ok(s.length > 200 && s.endsWith('…'), s);
});

test('whitespace inside the lead is normalised', () => {
  assert.equal(summarize([p('The  minister\n arrived\tin Khujand. ')]), 'The minister arrived in Khujand.');
});


test('a five-megabyte lead is summarised within the length limit', () => {
  const s = summarize([p('Trade grew strongly this year across the region. '.repeat(100_000))]);
  assert.ok(s.length <= SUMMARY_MAX);
});

// ---- language ----

const languages: Array<[string, string, string]> = [
  ['English news prose is en', 'en', 'The Minister of Industry and New Technologies met with the delegation to discuss trade and investment cooperation between the two countries.'],
  ['Russian news prose is ru', 'ru', 'Президент Таджикистана Эмомали Рахмон провёл встречу с министром иностранных дел Казахстана и обсудил вопросы торгового сотрудничества.'],
  ['Tajik Cyrillic is told apart from Russian by its letters', 'tg', 'Президенти Ҷумҳурии Тоҷикистон Эмомалӣ Раҳмон бо вазири корҳои хориҷии Қазоқистон мулоқот карда, масъалаҳои ҳамкориро баррасӣ намуд.'],
  ['Uzbek Cyrillic is uz', 'uz', 'Ўзбекистон Республикаси Президенти Шавкат Мирзиёев Қозоғистон ташқи ишлар вазири билан учрашди ва ҳамкорлик масалаларини муҳокама қилди.'],
  ['Uzbek Latin is uz', 'uz', "O'zbekiston Respublikasi Prezidenti Shavkat Mirziyoyev Qozog'iston tashqi ishlar vaziri bilan uchrashdi va hamkorlik masalalarini muhokama qildi."],
  ['Kazakh is kk', 'kk', 'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Тәжікстан сыртқы істер министрімен кездесіп, екіжақты ынтымақтастық мәселелерін талқылады.'],
  ['Kyrgyz is ky', 'ky', 'Өкмөт башчысы Бишкекте жолугушуу өткөрдү, анда эки өлкөнүн ортосундагы соода-экономикалык кызматташтыкты өнүктүрүү маселелери талкууланды.'],
  ['Persian is fa', 'fa', 'رئیس جمهور ایران با وزیر امور خارجه تاجیکستان دیدار کرد و درباره گسترش همکاری های اقتصادی و تجاری گفتگو شد.'],
  ['Ukrainian is uk', 'uk', 'Президент України Володимир Зеленський зустрівся з міністром закордонних справ і обговорив питання співпраці.'],
  ['Bulgarian is bg', 'bg', 'Президентът на България се срещна с министъра на външните работи на Таджикистан и обсъдиха търговското сътрудничество между двете страни.'],
  ['German is de', 'de', 'Der Minister für Industrie traf sich mit der Delegation, um die Zusammenarbeit im Handel zwischen beiden Ländern zu besprechen.'],
  ['a Russian story quoting one Tajik name stays ru', 'ru', 'Президент Таджикистана провёл встречу в Душанбе. В ходе встречи стороны обсудили торговлю, энергетику, транспорт и образование. На встрече присутствовал глава компании «Ҷумҳурият».'],
  ['a short plain-Russian text falls back to ru', 'ru', 'Привет мир'],
  ['a short Tajik word is tg by its letters', 'tg', 'Тоҷикистон'],
  ['a short Cyrillic word with letters of several Turkic alphabets is und', 'und', 'Қазақстан'],
  ['a short Latin text is und', 'und', 'Hello'],
  ['a short Greek text is el by its script', 'el', 'Γειά σου'],
  ['text without letters is und', 'und', ' 123 – 456 '],
  ['empty text is und', 'und', ''],
];
for (const [name, code, text] of languages) {
  test(name, () => assert.equal(detectLanguage(text), code));
}

test('all five English samples are detected as en', () => {
  for (const f of ['000_e89b67148e8a9132.txt', '001_5d4062198c4cec68.txt', '002_d1b71018f3567910.txt', '003_5563cc646f6c1601.txt', '004_c71d60370df70e7a.txt']) {
    assert.equal(detectLanguage(seed(f)), 'en', f);
  }
});

test('a five-megabyte article is still detected as its language', () => {
  const big = seed('004_c71d60370df70e7a.txt').repeat(1300);
  assert.equal(detectLanguage(big), 'en');
});
