// Behaviour of extractTopics and the taxonomy. Samples imitate many outlets' styles (wire copy,
// government press releases, business dailies, title-case headlines); none is copied from content/raw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TOPICS, TOPIC_SLUGS, extractTopics, scoreTopics,
} from '../src/extract/topics/topics.ts';
import { noEvidenceTest, phrasesFrom, singleWord } from '../src/extract/topics/topic-evidence.ts';
import { TOPIC_DEFINITIONS } from '../src/vocabulary/topics.ts';

interface Case {
  name: string;
  text: string;
  /** Exactly these topics, in this order. */
  topics?: string[];
  /** At least these topics (in any order). */
  includes?: string[];
  /** None of these topics. */
  excludes?: string[];
}

const cases: Case[] = [
  {
    name: 'a Russian article gets its topics from Russian words in any case ending',
    text: 'Президенты обсудили рост товарооборота между странами. Экспорт хлопка и импорт зерна выросли на треть. '
      + 'Стороны договорились о строительстве новой ГЭС. Поставки электроэнергии в летние месяцы увеличатся.',
    includes: ['trade', 'energy'],
    excludes: ['culture', 'health'],
  },
  {
    name: 'French, Spanish and German articles get their topics from their own words',
    text: "Les échanges commerciaux ont progressé. Les importations d'électricité ont doublé. La production d'électricité augmentera. "
      + 'El comercio bilateral creció. Las exportaciones de electricidad aumentaron. '
      + 'Der Handel wuchs. Der Stromexport stieg deutlich.',
    includes: ['trade', 'energy'],
  },
  {
    name: 'Turkish and Persian articles get their topics from their own words',
    text: 'İki ülke arasındaki ticaret arttı. İhracat yüzde on büyüdü. سفیر ایران با معاون وزیر دیدار کرد. صادرات برق افزایش یافت. سفیر بر روابط تأکید کرد.',
    includes: ['trade', 'diplomacy'],
  },
  {
    name: 'one Russian mention of a topic is not enough, as in English',
    text: 'Министры встретились в столице. Они коротко затронули вопросы культуры. Следующая встреча пройдёт осенью.',
    excludes: ['culture'],
  },
  {
    name: 'one passing mention of a topic name does not make the topic',
    text: 'ASTANA, May 2 (Kazinform) - The foreign ministers met in the capital on Monday. '
      + 'Among other matters they touched on energy. The next round of consultations is planned for autumn.',
    excludes: ['energy'],
  },
  {
    name: 'one strong term mentioned once does not make the topic',
    text: 'The festival opened with a concert of folk music. Artists from six countries performed. '
      + 'The organisers thanked sponsors, noting that bilateral trade links helped fund the event. '
      + 'Museum curators showed rare carpets and the theatre staged a new play.',
    includes: ['culture'],
    excludes: ['trade'],
  },
  {
    name: 'a list of sectors in one sentence makes no topic',
    text: 'The sides highlighted sectors such as trade, energy, mining, agriculture, and transport. '
      + 'They agreed to meet again next year.',
    topics: [],
  },
  {
    name: 'one sentence dense with a topic\'s words is still a passing mention',
    text: 'The governor opened the regional council session. '
      + 'Later he visited schools, universities and kindergartens and spoke with teachers and students. '
      + 'The session approved the budget of the province.',
    excludes: ['education'],
  },
  {
    name: 'strong evidence across sentences makes the topic',
    text: 'Uzbekistan, Kyrgyzstan Boost Trade\n'
      + 'Bilateral trade between Uzbekistan and Kyrgyzstan reached $2 billion last year, officials said. '
      + 'Exports of cotton yarn and fruit grew by 12 percent, while imports of fuel fell.',
    includes: ['trade'],
  },
  {
    name: 'topics are ordered by score, strongest first',
    text: 'The hydropower plant on the Vakhsh river will add 600 megawatts of electricity. '
      + 'The energy ministry said the power station would export electricity to neighbours. '
      + 'Officials also noted that the reservoir will store water for irrigation. '
      + 'Water users downstream have been consulted.',
    topics: ['energy', 'water'],
  },
  {
    name: 'a topic whose score reaches the threshold is assigned',
    text: 'Tourism grew in the spring. Tourists arrived from the south.',
    topics: ['tourism'],
  },
  {
    name: 'a topic one point below the threshold is not assigned',
    text: 'Tourism grew in the spring. Travel agents were pleased.',
    topics: [],
  },
  {
    name: 'matching is case-insensitive, so a capitalised headline counts',
    text: 'MIGRATION TALKS\nLabour migration was the main subject of the meeting.',
    topics: ['migration'],
  },
  {
    name: 'words that merely start like an evidence word do not count',
    text: 'It is important to respect tradition. Traditional crafts are an important part of the traditions here.',
    excludes: ['trade'],
  },
  {
    name: 'a blocking phrase keeps a shared word from counting for another topic',
    text: 'Social security payments rose. The social security fund reported a surplus. Social security reform waits.',
    excludes: ['security'],
  },
  {
    name: 'a hyphenated compound counts by its parts when it has no evidence of its own',
    text: 'The trade-economic commission met in Bishkek. Both sides praised trade-economic ties.',
    topics: ['trade'],
  },
  {
    name: 'no more than the maximum number of topics is returned',
    text: [
      'Bilateral trade and exports grew.', 'Exports of goods rose again.',
      'The hydropower plant produces electricity.', 'Electricity exports also rose.',
      'Labour migration was discussed.', 'Migrants will get work permits.',
      'The new hospital opened.', 'Public health spending grew and hospitals expanded.',
      'Military drills began.', 'Armed forces and border security were reviewed.',
      'Tourism grew fast.', 'Tourists filled the hotels.',
    ].join(' '),
    topics: ['trade', 'energy', 'migration', 'health', 'security'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const got = extractTopics(c.text);
    if (c.topics) assert.deepEqual(got, c.topics);
    for (const t of c.includes ?? []) assert.ok(got.includes(t), `expected ${t} in ${JSON.stringify(got)}`);
    for (const t of c.excludes ?? []) assert.ok(!got.includes(t), `did not expect ${t} in ${JSON.stringify(got)}`);
  });
}

test('an evidence phrase consumes its words, so "bilateral trade" counts once', () => {
  const trade = scoreTopics('Bilateral trade rose.').find((t) => t.slug === 'trade');
  assert.equal(trade?.score, 3);
});

test('items of an enumeration count at most one point each', () => {
  const tourism = (text: string) => scoreTopics(text).find((t) => t.slug === 'tourism')?.score;
  assert.equal(tourism('Talks covered tourism.'), 2);
  assert.equal(tourism('Talks covered tourism, trade, and mining.'), 1);
});

test('ties in score are broken by first mention, not by taxonomy order', () => {
  const farmersFirst = 'Farmers met. Artists met. Farmers talked. Artists talked.';
  const artistsFirst = 'Artists met. Farmers met. Artists talked. Farmers talked.';
  assert.deepEqual(extractTopics(farmersFirst), ['agriculture', 'culture']);
  assert.deepEqual(extractTopics(artistsFirst), ['culture', 'agriculture']);
});

test('the taxonomy holds the required slugs with unique slugs and labels', () => {
  const required = ['trade', 'investment', 'industry', 'mining', 'energy', 'transport', 'water', 'agriculture',
    'digital', 'diplomacy', 'security', 'migration', 'education', 'culture', 'health'];
  for (const slug of required) assert.ok(TOPIC_SLUGS.includes(slug), slug);
  assert.equal(new Set(TOPIC_SLUGS).size, TOPICS.length);
  for (const t of TOPICS) assert.match(t.label, /^\p{Lu}\p{Ll}+$/u, `${t.slug} label`);
});

test('every topic carries a well-formed IPTC Media Topic code and label', () => {
  for (const t of TOPICS) {
    assert.match(t.iptc.code, /^medtop:(?:(?:0[1-9]|1[0-7])000000|20\d{6})$/, t.slug);
    assert.ok(t.iptc.label.length > 0, `${t.slug} has an IPTC label`);
  }
});

test('a 5 MB text is scored whole and gives the topics it supports', () => {
  const para = 'Bilateral trade and exports grew, officials said, as the hydropower plant added electricity. ';
  const big = para.repeat(Math.ceil(5e6 / para.length));
  assert.deepEqual(extractTopics(big), ['trade', 'energy']);
});

test('the no-evidence shortcut never rules out a word that is evidence, part of a phrase, or a kept word', () => {
  const isSurelyNoEvidence = noEvidenceTest(['and', 'or']);
  const stems = TOPIC_DEFINITIONS.flatMap((d) => Object.keys(d.evidence))
    .flatMap((term) => term.toLowerCase().split(' ')).map((w) => w.replace(/\*$/, ''));
  // Every stem, its beginnings, and words built on it, next to plain words of every shape.
  const words = new Set(['and', 'or', 'order', 'andes', 'the', 'tradition', 'iran’s', "oil's", 'co-operation', 'x', 'ab', 'zzz',
    'yesterday', 'quickly', 'people', 'zebra', 'announced', 'house', 'whose', 'kairtoshify']);
  for (const stem of stems) {
    for (let n = 1; n <= stem.length; n++) words.add(stem.slice(0, n));
    for (const ending of ['s', 'ing', 'al', "'s", '’s', '-based']) words.add(stem + ending);
  }
  const phraseWords = new Set(stems);
  let ruledOut = 0;
  for (const word of words) {
    if (!isSurelyNoEvidence(` ${word} `, 1, word.length + 1)) continue;
    ruledOut++;
    assert.deepEqual(singleWord(word), [], word);
    assert.deepEqual(phrasesFrom(word), [], word);
    assert.ok(!phraseWords.has(word) && ![...phraseWords].some((w) => word.startsWith(w)), word);
    assert.ok(word !== 'and' && word !== 'or', word);
  }
  // And it does apply to ordinary words, which are most of any article.
  const ordinary = ['yesterday', 'quickly', 'people', 'zebra', 'announced', 'house', 'whose', 'kairtoshify'];
  assert.ok(ruledOut >= ordinary.filter((w) => isSurelyNoEvidence(w, 0, w.length)).length);
  assert.ok(ordinary.filter((w) => isSurelyNoEvidence(w, 0, w.length)).length >= 4);
});
