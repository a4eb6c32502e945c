// Who met whom (src/extract/names/meetings.ts): pairs only from sentences that report a meeting,
// in the shapes that make one; my own sentences, in English and Russian.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMeetings } from '../src/extract/names/meetings.ts';

const ALMAS = 'Almas Bekov';
const DINA = 'Dina Orlova';
const TIMUR = 'Timur Rashidov';
const PEOPLE = [ALMAS, DINA, TIMUR];

const cases: { name: string; text: string; people?: string[]; want: string[] }[] = [
  { name: '"X met Y" pairs the two', text: 'Foreign Minister Almas Bekov met his counterpart Dina Orlova in Bishkek on Monday.', want: ['people: Almas Bekov + Dina Orlova'] },
  { name: '"X held talks with Y" pairs the two', text: 'Almas Bekov held talks with Timur Rashidov on water sharing.', want: ['people: Almas Bekov + Timur Rashidov'] },
  { name: '"X received Y" pairs the two', text: 'President Dina Orlova received Almas Bekov at the palace.', want: ['people: Dina Orlova + Almas Bekov'] },
  { name: '"X and Y met" pairs the two', text: 'Almas Bekov and Dina Orlova met behind closed doors.', want: ['people: Almas Bekov + Dina Orlova'] },
  { name: '"talks between X and Y" pairs the two', text: 'The talks between Almas Bekov and Timur Rashidov lasted three hours.', want: ['people: Almas Bekov + Timur Rashidov'] },
  { name: 'a surname alone names the person', text: 'Later, Bekov met Orlova again.', want: ['people: Almas Bekov + Dina Orlova'] },
  { name: 'one host meeting two guests makes two pairs', text: 'Almas Bekov met Dina Orlova and Timur Rashidov.', want: ['people: Almas Bekov + Dina Orlova', 'people: Almas Bekov + Timur Rashidov'] },
  { name: 'a phone call pairs the two', text: 'Dina Orlova had a phone conversation with Timur Rashidov.', want: ['people: Dina Orlova + Timur Rashidov'] },
  { name: 'names listed without a meeting cue are no pair', text: 'Almas Bekov, Dina Orlova and Timur Rashidov attended the opening of the dam.', want: [] },
  { name: 'a cue with one named person is no pair', text: 'Almas Bekov met farmers in the valley.', want: [] },
  { name: 'names in different sentences are no pair', text: 'Almas Bekov met the press. Dina Orlova stayed home.', want: [] },
  { name: 'two countries on either side of the cue are a country pair', text: 'The Kyrgyz delegation met Tajik officials in Osh.', people: [], want: ['countries: KG + TJ'] },
  { name: 'countries joined by "and" before talks are a pair', text: 'Kazakhstan and Uzbekistan held talks on transit fees.', people: [], want: ['countries: KZ + UZ'] },
  { name: 'a Russian meeting pairs names in any case', text: 'Алмас Беков встретился с Диной Орловой в Бишкеке.', people: ['Алмас Беков', 'Дина Орлова'], want: ['people: Алмас Беков + Дина Орлова'] },
  { name: 'Russian talks "между X и Y" pair the two', text: 'Переговоры между Алмасом Бековым и Тимуром Рашидовым продлились два часа.', people: ['Алмас Беков', 'Тимур Рашидов'], want: ['people: Алмас Беков + Тимур Рашидов'] },
  { name: 'Russian talks of X and Y in the genitive pair the two', text: 'В пятницу прошли переговоры министра Алмаса Бекова и главы МИД Тимура Рашидова.', people: ['Алмас Беков', 'Тимур Рашидов'], want: ['people: Алмас Беков + Тимур Рашидов'] },
  { name: 'a Russian phone conversation in another case pairs the two', text: 'Алмас Беков в телефонном разговоре пригласил коллегу Дину Орлову в Бишкек.', people: ['Алмас Беков', 'Дина Орлова'], want: ['people: Алмас Беков + Дина Орлова'] },
  { name: 'a country that receives goods meets nobody', text: 'Uzbekistan receives Tajik power only in summer.', people: [], want: [] },
];

for (const c of cases) {
  test(`meetings: ${c.name}`, () => {
    const found = extractMeetings(c.text, c.people ?? PEOPLE).map((m) => `${m.kind}: ${m.pair.join(' + ')}`);
    assert.deepEqual(found, c.want);
  });
}

test('meetings: each pair keeps the sentence that reports it', () => {
  const [meeting] = extractMeetings('The budget passed. Almas Bekov met Dina Orlova on Friday. Prices rose.', PEOPLE);
  assert.equal(meeting!.sentence, 'Almas Bekov met Dina Orlova on Friday.');
});
