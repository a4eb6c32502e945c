// Behaviour of extractNames: who and which bodies an article mentions. Samples imitate many outlets'
// styles (wire datelines, press-service releases, business dailies, title-case headlines); none is
// copied from content/raw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNames } from '../src/extract/names/names.ts';

interface Case {
  name: string;
  text: string;
  /** Exactly these people, in this order. */
  people?: string[];
  /** Exactly these organisations, in this order. */
  organizations?: string[];
  /** Organisations that must be present / absent (when the full list is not the point). */
  orgsInclude?: string[];
  orgsExclude?: string[];
  peopleExclude?: string[];
}

const cases: Case[] = [
  // People in other languages: their titles, and the country in its own language's form.
  {
    name: 'a Spanish title with its "de" complement gives the person without the country',
    text: 'El Presidente de Uzbekistán Azamat Nurmatov llegó a la capital. Le recibió el alcalde Bahrom Salimov.',
    people: ['Azamat Nurmatov', 'Bahrom Salimov'],
  },
  {
    name: 'a German title gives the person',
    text: 'Der kasachische Präsident Serik Omarov besuchte am Montag die Fabrik in Duschanbe.',
    people: ['Serik Omarov'],
  },
  {
    name: 'a Russian title before an inflected country gives the person without the country',
    text: 'Президент Таджикистана Азиз Каримов провёл переговоры в Душанбе.',
    people: ['Азиз Каримов'],
  },
  {
    name: 'a first name that begins a country other than a "-stan" one is kept (Roman, Romania)',
    text: 'First Deputy Prime Minister Roman Sultanov headed the delegation.',
    people: ['Roman Sultanov'],
  },
  {
    name: 'a counterpart is named like a title, in English and German',
    text: 'He also held talks with his Kyrgyz counterpart Bakyt Osmonov. Er traf seinen Amtskollegen Azamat Nurmatov.',
    people: ['Bakyt Osmonov', 'Azamat Nurmatov'],
  },
  {
    name: 'the party of a meeting is a person (Spanish "un encuentro con")',
    text: 'En el Palacio de las Naciones mantuvo un encuentro con Azamat Nurmatov.',
    people: ['Azamat Nurmatov'],
  },
  {
    name: 'an appositive role may follow a country word, and French roles count',
    text: 'Bakyt Osmonov, a former Kyrgyz ambassador, spoke first. Le 3 mars, Azamat Nurmatov, directeur de l’Institut, a parlé.',
    people: ['Bakyt Osmonov', 'Azamat Nurmatov'],
  },
  {
    name: 'names listed after a plural title and its countries are all people',
    text: 'The presidents of Kyrgyzstan and Uzbekistan, Bakyt Osmonov and Azamat Nurmatov, opened the border post.',
    people: ['Bakyt Osmonov', 'Azamat Nurmatov'],
  },
  {
    name: 'a Russian lower-case title phrase and a name in its case form make a person',
    text: 'Делегацию возглавили исполняющий обязанности министра иностранных дел Узбекистана Азамата Нурматова и министр Бахром Саидов.',
    people: ['Азамата Нурматова', 'Бахром Саидов'],
  },
  // People, by the evidence around them.
  {
    name: 'a name right after a title is a person and the title is dropped',
    text: 'Kazakh President Kassym-Jomart Tokayev received the delegation on Tuesday.',
    people: ['Kassym-Jomart Tokayev'],
  },
  {
    name: 'a name after a title and its "of" complement is a person without the country',
    text: 'Minister of Energy and Water Resources of Uzbekistan Jurabek Mirzamakhmudov opened the plant.',
    people: ['Jurabek Mirzamakhmudov'],
  },
  {
    name: 'a first name that is also the first word of a country (Solomon Islands, Costa Rica) stays in the name',
    text: 'President Solomon Dersso said the talks would resume. Minister Costa Silva said the same.',
    people: ['Solomon Dersso', 'Costa Silva'],
  },
  {
    name: 'a country adjective the dataset lacks (Tajik) is still read as a place before a title',
    text: 'Tajik Foreign Minister Sirojiddin Muhriddin met the delegation.',
    people: ['Sirojiddin Muhriddin'],
  },
  {
    name: 'an unknown place in the complement is not taken into the name',
    text: 'Governor of Sughd Region Rajabboy Ahmadzoda inspected the new school.',
    people: ['Rajabboy Ahmadzoda'],
  },
  {
    name: 'a name set off by commas after a title is a person',
    text: "Uzbekistan's foreign minister, Bakhtiyor Saidov, told reporters the talks went well.",
    people: ['Bakhtiyor Saidov'],
  },
  {
    name: 'a name before a speech verb is a person',
    text: 'Ainura Beishenova said the agency would publish the figures in June.',
    people: ['Ainura Beishenova'],
  },
  {
    name: 'a name after a speech verb at the end of a quote is a person',
    text: '"We expect growth to continue," said Lars Eriksson.',
    people: ['Lars Eriksson'],
  },
  {
    name: 'a name followed by a role in an appositive is a person',
    text: 'Maria Gonzalez, a senior economist at the bank, expects rates to fall.',
    people: ['Maria Gonzalez'],
  },
  {
    name: 'a surname alone merges into the full name seen elsewhere',
    text: 'Prime Minister Akylbek Japarov chaired the session. Japarov said the budget was balanced. '
      + 'Later Japarov met investors.',
    people: ['Akylbek Japarov'],
  },
  {
    name: 'a surname alone is never a person by itself',
    text: 'Japarov said the budget was balanced. Minister Saidov agreed.',
    people: [],
  },
  {
    name: 'a shorter form inside a longer name is the same person',
    text: "Hamid Sa'adi Rad, head of the port authority, spoke first. Sa'adi Rad said exports rose.",
    people: ["Hamid Sa'adi Rad"],
  },
  {
    name: 'an honorific before the name is dropped',
    text: 'Dr. Anna Kowalski said the vaccine trial was complete.',
    people: ['Anna Kowalski'],
  },
  {
    name: 'lower-case particles stay inside a name',
    text: 'Ursula von der Leyen said the summit would be held in Samarkand.',
    people: ['Ursula von der Leyen'],
  },
  {
    name: 'role words, bodies and regions are not people',
    text: 'The Deputy Prime Minister said the National Assembly approved the plan. '
      + 'Foreign Affairs officials noted that Central Asia needs the Middle Corridor. '
      + 'Industrial Park managers added that the Prime Minister agreed.',
    people: [],
  },
  {
    name: 'a country or capital before a speech verb is not a person',
    text: 'Tajikistan said it would join. Dushanbe and Tashkent agreed on a new route, Moscow noted.',
    people: [],
  },
  {
    name: 'a run holding a non-name word is not a person even after a speech verb',
    text: '"The talks were useful," said Cabinet Secretariat.',
    people: [],
  },
  {
    name: 'names in a title-case headline are found by titles and verbs',
    text: 'Kyrgyz Speaker Nurlanbek Shakiev Meets Chinese Ambassador Du Dewen\nThe sides discussed trade.',
    people: ['Nurlanbek Shakiev', 'Du Dewen'],
  },
  {
    name: 'people are listed in order of first mention',
    text: 'Bakyt Torobaev said the harvest was good. Earlier President Sadyr Japarov visited the farm. '
      + 'Torobaev added that prices were stable.',
    people: ['Bakyt Torobaev', 'Sadyr Japarov'],
  },

  // Organisations.
  {
    name: 'acronyms are organisations in order of first mention',
    text: 'The sides pledged support within the UN, SCO, CSTO and ASEAN frameworks.',
    organizations: ['UN', 'SCO', 'CSTO', 'ASEAN'],
  },
  {
    name: 'roman numerals are not acronyms',
    text: 'The XII Congress met in Phase II of the plan, a decade after World War II ended. The CIS observed.',
    organizations: ['CIS'],
  },
  {
    name: 'a capitals dateline city is not an organisation',
    text: 'ASTANA (Kazinform) – The WHO office opened. BAKU, Azerbaijan – OPEC met.',
    organizations: ['WHO', 'OPEC'],
  },
  {
    name: 'common capitalised abbreviations are not organisations',
    text: 'IT exports to the US grew 5% of GDP, the EU said.',
    organizations: ['EU'],
  },
  {
    name: 'sign-off initials and shouted headlines are not organisations',
    text: 'BREAKING: MINISTERS AGREE NEW TARIFF DEAL\nThe ministers met in Ankara. NATO was not involved.\nAB/CD',
    organizations: ['NATO'],
  },
  {
    name: 'a mixed-case acronym is an organisation',
    text: 'Training was funded through the EuroAID programme.',
    organizations: ['EuroAID'],
  },
  {
    name: 'a name defined by a bracketed acronym is reported once, as the acronym',
    text: 'Members of the Eurasian Economic Union (EAEU) met in Minsk. EAEU leaders approved the budget.',
    organizations: ['EAEU'],
  },
  {
    name: 'an acronym that spells a name elsewhere in the text merges with it',
    text: 'The Shanghai Cooperation Organisation will hold its summit in Astana. The SCO has ten members.',
    organizations: ['SCO'],
  },
  {
    name: 'capitalised names with an organisation head noun are organisations',
    text: 'The Ministry of Foreign Affairs of Uzbekistan thanked the Asian Development Bank and the '
      + 'State Committee on Investment for their support.',
    organizations: [
      'Ministry of Foreign Affairs of Uzbekistan', 'Asian Development Bank', 'State Committee on Investment',
    ],
  },
  {
    name: 'a comma list closing with "and" stays inside a ministry name',
    text: 'The Ministry of Energy, Mines and Water signed the contract.',
    organizations: ['Ministry of Energy, Mines and Water'],
  },
  {
    name: 'a country possessive is not part of an organisation name',
    text: "Uzbekistan's Ministry of Transport announced new routes.",
    organizations: ['Ministry of Transport'],
  },
  {
    name: 'a title before an organisation name is dropped',
    text: 'The President of the Asian Development Bank arrived in Dushanbe.',
    organizations: ['Asian Development Bank'],
  },
  {
    name: 'a title-case headline is not read as one long organisation name',
    text: 'Meeting Of Heads Of Delegations Of The Council Is Held In Tashkent\nDelegates met on Monday.',
    organizations: [],
  },
  {
    name: 'a capitalised run without an organisation head noun is not an organisation',
    text: 'The Middle Corridor and the Sumgait Chemical Industrial Park were discussed in Central Asia.',
    organizations: [],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const got = extractNames(c.text);
    if (c.people) assert.deepEqual(got.people, c.people);
    if (c.organizations) assert.deepEqual(got.organizations, c.organizations);
    for (const o of c.orgsInclude ?? []) assert.ok(got.organizations.includes(o), `expected ${o}`);
    for (const o of c.orgsExclude ?? []) assert.ok(!got.organizations.includes(o), `did not expect ${o}`);
    for (const p of c.peopleExclude ?? []) assert.ok(!got.people.includes(p), `did not expect ${p}`);
  });
}

test("a person's name is never read into an organisation's name", () => {
  const got = extractNames(
    'Head of the Ministry of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev said the visit was useful.');
  assert.deepEqual(got.people, ['Jeenbek Kulubaev']);
  assert.deepEqual(got.organizations, ['Ministry of Foreign Affairs of Kyrgyzstan']);
});

test('a surname alone does not cut an organisation named after a person', () => {
  const got = extractNames(
    'President Ilham Aliyev praised the Heydar Aliyev Foundation. Aliyev said it built schools.');
  assert.deepEqual(got.people, ['Ilham Aliyev']);
  assert.deepEqual(got.organizations, ['Heydar Aliyev Foundation']);
});

test('a 5 MB text gives the same people as the article it repeats', () => {
  const article = 'DUSHANBE, March 3 (Asia-Plus) – Minister of Finance of Tajikistan Fayziddin Qahhorzoda met '
    + 'Asian Development Bank (ADB) officials. Qahhorzoda said the CIS and SCO support the reform, '
    + "while Maria Gonzalez, an economist, noted that Uzbekistan's Ministry of Energy, Mines and Water agreed.\n";
  const big = extractNames(article.repeat(Math.ceil(5e6 / article.length)));
  assert.deepEqual(big.people, ['Fayziddin Qahhorzoda', 'Maria Gonzalez']);
});
