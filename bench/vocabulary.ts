// The synthetic archive's language: real news words for the common core (so topic and country
// extraction have something to find) plus thousands of made-up but pronounceable words, places
// and names built from syllables, so the search index grows as it would on a real archive.
import { createRng, type Rng } from './prng.ts';

export interface Vocabulary {
  nouns: string[];
  verbs: { base: string; past: string; third: string; ing: string }[];
  adjectives: string[];
  places: string[];
  givenNames: string[];
  surnames: string[];
  /** The archive's recurring cast: officials appear again and again, as in real news. */
  people: { given: string; surname: string }[];
  organizations: string[];
  countries: { name: string; adjective: string; capital: string }[];
  agencies: string[];
  sites: string[];
}

const REAL_NOUNS = `cooperation trade energy investment agreement meeting delegation ministry minister president
parliament economy industry agriculture education health security transport tourism culture sport water
mining project partnership development region border market export import infrastructure railway road
airport bridge plant factory school hospital university program policy reform budget tax bank currency
inflation price harvest cotton wheat aluminum gold gas oil electricity power station dam river lake
mountain valley city village district province capital conference forum summit session council committee
commission court law election vote campaign party government official spokesman ambassador embassy
consulate visa migrant worker employment salary pension family child youth women science research
technology digitalization internet platform service company enterprise entrepreneur business contract
tender loan grant donor fund aid assistance crisis drought flood earthquake climate environment forest
pasture livestock fishery textile cement steel copper coal uranium fertilizer pharmaceutical medicine
vaccine clinic doctor teacher student exhibition festival museum theater film book heritage monument
anniversary holiday ceremony award medal championship tournament team athlete coach stadium army
police border guard customs terrorism extremism drug smuggling corruption investigation prosecutor
judge sentence prison rights freedom media journalist newspaper television radio statement interview
negotiation dialogue talks memorandum roadmap strategy concept initiative plan target volume growth
figure percent share deficit surplus reserve corridor logistics container cargo freight pipeline
transit highway tunnel shipping port terminal wagon locomotive aircraft flight route passenger`.split(/\s+/);

const REAL_VERBS = `discuss sign open attend visit meet launch build approve adopt host welcome stress note
support expand strengthen develop increase reduce promote implement review consider announce report
present propose agree invite organize complete finance fund export import produce deliver supply train
honor celebrate inaugurate commission renovate restore protect prevent address examine outline confirm
express emphasize underline highlight welcome praise urge call plan prepare release publish win lose
`.split(/\s+/).filter(Boolean);

const REAL_ADJECTIVES = `bilateral regional international national strategic economic political cultural
humanitarian industrial agricultural digital modern new joint mutual important special further
sustainable reliable friendly official annual historic major large small rural urban public private
foreign domestic local central northern southern eastern western key practical promising effective
significant comprehensive long-term short-term multilateral constructive open fruitful productive
green innovative technical scientific medical financial social legal military civil senior young`.split(/\s+/);

const COUNTRIES: [string, string, string][] = [
  ['Tajikistan', 'Tajik', 'Dushanbe'], ['Azerbaijan', 'Azerbaijani', 'Baku'], ['Iran', 'Iranian', 'Tehran'],
  ['Kazakhstan', 'Kazakh', 'Astana'], ['Uzbekistan', 'Uzbek', 'Tashkent'], ['Kyrgyzstan', 'Kyrgyz', 'Bishkek'],
  ['Turkmenistan', 'Turkmen', 'Ashgabat'], ['Russia', 'Russian', 'Moscow'], ['China', 'Chinese', 'Beijing'],
  ['Afghanistan', 'Afghan', 'Kabul'], ['Pakistan', 'Pakistani', 'Islamabad'], ['India', 'Indian', 'New Delhi'],
  ['Turkey', 'Turkish', 'Ankara'], ['Belarus', 'Belarusian', 'Minsk'], ['Armenia', 'Armenian', 'Yerevan'],
  ['Georgia', 'Georgian', 'Tbilisi'], ['Germany', 'German', 'Berlin'], ['France', 'French', 'Paris'],
  ['Japan', 'Japanese', 'Tokyo'], ['Saudi Arabia', 'Saudi', 'Riyadh'], ['Qatar', 'Qatari', 'Doha'],
  ['United Arab Emirates', 'Emirati', 'Abu Dhabi'], ['Egypt', 'Egyptian', 'Cairo'], ['Italy', 'Italian', 'Rome'],
  ['South Korea', 'Korean', 'Seoul'], ['Mongolia', 'Mongolian', 'Ulaanbaatar'], ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Hungary', 'Hungarian', 'Budapest'], ['Poland', 'Polish', 'Warsaw'], ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Malaysia', 'Malaysian', 'Kuala Lumpur'], ['Oman', 'Omani', 'Muscat'], ['Iraq', 'Iraqi', 'Baghdad'],
  ['Austria', 'Austrian', 'Vienna'], ['Switzerland', 'Swiss', 'Bern'], ['Spain', 'Spanish', 'Madrid'],
];

const AGENCIES = ['NIAT Khovar', 'MNA', 'Trend', 'Xinhua', 'IRNA', 'Kabar', 'Kazinform', 'UzA', 'TASS',
  'AKIpress', 'Asia-Plus', 'Azertac', 'APA', 'Anadolu', 'Tasnim', 'Khovar', 'Report.az', 'Interfax'];
const SITES = ['Daryo', 'Trend', 'Tehran Times', 'Kun.uz', 'Times of Central Asia', 'Asia-Plus', 'Gazeta.uz',
  'Caspian News', 'Eurasia Review', 'The Astana Times'];

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'kh',
  'ch', 'br', 'tr', 'st', 'gr', 'pl', 'dr', 'j', 'q', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ia', 'o', 'a', 'e'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'st', 'nd', 'rk', 'sh', 'z', 't'];

function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
}

/** `count` distinct made-up words, each 2-3 syllables plus one of the suffixes, none a real word. */
function coin(rng: Rng, count: number, suffixes: string[], taken: Set<string>): string[] {
  const words: string[] = [];
  while (words.length < count) {
    const parts = rng.int(1, 2);
    let word = '';
    for (let i = 0; i < parts; i++) word += syllable(rng);
    word += rng.pick(suffixes);
    if (word.length < 4 || word.length > 14 || taken.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

function conjugate(base: string) {
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return { base, past: `${stem}ied`, third: `${stem}ies`, ing: `${base}ing` };
  }
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return { base, past: `${stem}ed`, third, ing: `${stem}ing` };
}

export function pluralize(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Distinct people: each gets a page on the site, so this sets how many person pages 10,000 articles make. */
const PEOPLE = 4000;

/** Built from a fixed seed: the archive's seed varies the articles, not the language. */
export function buildVocabulary(seed = 20250615): Vocabulary {
  const rng = createRng(seed);
  const taken = new Set<string>([...REAL_NOUNS, ...REAL_VERBS, ...REAL_ADJECTIVES]);
  const nouns = [...REAL_NOUNS, ...coin(rng, 2400, ['or', 'ment', 'ion', 'ity', 'ance', 'ism', 'ure', 'et', 'on'], taken)];
  const verbs = [...REAL_VERBS, ...coin(rng, 600, ['ize', 'ate', 'ify', 'en'], taken)].map(conjugate);
  const adjectives = [...REAL_ADJECTIVES, ...coin(rng, 700, ['al', 'ic', 'ive', 'ous', 'ary', 'ish'], taken)];
  const places = coin(rng, 500, ['abad', 'kent', 'shahr', 'obod', 'sk', 'ovo', 'grad', 'dara', ''], taken).map(capital);
  const givenNames = coin(rng, 300, ['ali', 'ullo', 'bek', 'jon', 'ina', 'a', 'ur', 'shod', 'mir'], taken).map(capital);
  const surnames = coin(rng, 900, ['ov', 'ova', 'zoda', 'yev', 'i', 'pur', 'zade', 'enko', 'ian'], taken).map(capital);
  const organizations = coin(rng, 200, ['prom', 'gaz', 'energo', 'bank', 'trans', 'invest'], taken)
    .map((w) => `${capital(w)} ${rng.pick(['Company', 'Group', 'Holding', 'Corporation', 'Agency', 'Foundation'])}`);
  const seen = new Set<string>();
  const people: Vocabulary['people'] = [];
  while (people.length < PEOPLE) {
    const person = { given: rng.pick(givenNames), surname: rng.pick(surnames) };
    if (seen.has(`${person.given} ${person.surname}`)) continue;
    seen.add(`${person.given} ${person.surname}`);
    people.push(person);
  }
  return {
    nouns, verbs, adjectives, places, givenNames, surnames, people, organizations,
    countries: COUNTRIES.map(([name, adjective, cap]) => ({ name, adjective, capital: cap })),
    agencies: AGENCIES,
    sites: SITES,
  };
}
