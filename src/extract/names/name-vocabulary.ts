// Word lists the name extractor reads text with. All entries are lower-case; callers compare
// lower-cased tokens. Places come from the world-countries dataset so no country is hand-listed.
import raw from 'world-countries';
import type { Country } from 'world-countries';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Titles and honorifics written before a name ("President", "Deputy Prime Minister", "Dr"). */
export const TITLES = words(`
  president vice-president vice prime minister premier deputy first acting former chairman chairwoman
  chairperson chair speaker ambassador king queen prince princess crown emir amir sheikh sultan mr mrs ms
  miss dr prof professor sir dame general gen colonel col lieutenant lt major captain capt admiral marshal
  governor mayor senator sen congressman congresswoman secretary secretary-general director director-general
  chief head commander envoy pope patriarch archbishop bishop imam ayatollah mufti chancellor judge spokesman
  spokeswoman spokesperson ceo leader excellency academician counsellor counselor minister-counsellor
  presidente ministro alcalde embajador canciller vicepresidente président ministre ambassadeur maire
  präsident ministerpräsident minister botschafter bürgermeister kanzler außenminister cumhurbaşkanı bakanı
  büyükelçisi başbakanı prezident prezidenti vaziri elchisi rais raisi президент премьер-министр министр
  председатель посол мэр глава заместитель вице-премьер вице-президент губернатор спикер министра президента
  посла председателя главы премьер-министра президенті министрі елшісі
  counterpart homologue homólogo amtskollege amtskollegen staatschef коллега коллегой
  presidents ministers leaders ambassadors governors mayors президенты министры
  президентом президенту министром министру главой послом послу председателем коллегу коллеги премьер-министром
`);

/** "met with X", "talks with X", "un encuentro con X", "встреча с X": a meeting names its party. */
export const MEETING_WORDS = words(`
  met meet meets meeting talks talked spoke speaks conversation encuentro reunión reunió entretien rencontre
  rencontré treffen traf gespräch встреча встретился встретилась переговоры беседа görüştü görüşme uchrashdi
`);
export const WITH_WORDS = words('with con avec mit с со ile bilan');

/** Nouns that describe a person in an appositive ("Saeed Zarandi, chief executive of ..."). */
export const ROLE_NOUNS = words(`
  minister president head chief chairman chairwoman chairperson director director-general executive spokesman
  spokeswoman spokesperson ambassador envoy governor mayor secretary founder co-founder leader deputy adviser
  advisor official commander representative ceo manager economist analyst professor expert researcher member
  speaker senator lawmaker mp chancellor premier counterpart aide editor correspondent
  directeur président ministre ambassadeur porte-parole director presidente ministro embajador portavoz
  direktor präsident botschafter sprecher директор президент министр посол глава председатель
`);

/** Verbs that follow or precede a speaker's name ("Kabir emphasized", "said Atabak"). */
export const SPEECH_VERBS = words(`
  said says told tells noted notes stressed stresses emphasized emphasised emphasizes emphasises added adds
  stated states explained explains announced announces highlighted highlights underlined underscored
  acknowledged expressed remarked declared recalled urged warned insisted affirmed reaffirmed confirmed welcomed
  met meets thanked congratulated praised wrote asked replied argued commented observed assured proposed
  suggested mentioned concluded attended attends arrived arrives received receives visited visits chaired
`);

/** Lower-case words that may sit inside a personal name ("bin", "von der", "al"). */
export const PARTICLES = words('al el bin ibn bint ben de da di du del der den van von la le ul dos das');

/** Words that never start or sit inside a personal name even when capitalised. */
export const FUNCTION_WORDS = words(`
  the a an of for on in at to by with from and or but nor is are was were be been as into over after before
  during while his her their its our my your this that these those it he she they we you i also both all
  not no than then there here when where which who whom whose what why how if so yet however meanwhile
  according today yesterday tomorrow earlier later last next latest
`);

/** Capitalised words that occur in titles, organisations and place names but not in personal names. */
export const NOT_NAME_WORDS = new Set([
  ...TITLES,
  ...ROLE_NOUNS,
  ...FUNCTION_WORDS,
  ...words(`
    ministry ministries council assembly committee commission agency organization organisation union fund bank
    company corporation party university institute authority association department court parliament bureau
    academy foundation alliance coalition league secretariat cabinet government office service services
    federation commonwealth republic kingdom state states nations united national federal central regional
    international inter-parliamentary parliamentary foreign affairs interior justice defence defense economy
    economic finance financial trade industry industrial industries technologies technology energy transport
    agriculture education health culture science labour labor development affairs relations cooperation
    security social public policy resources water mining mines emergency emergencies environment protection
    middle corridor zone project programme program initiative strategy forum summit conference meeting
    meetings congress session day days week year museum palace hall centre center plant station airport port
    railways railway airlines air bank holding group inc ltd llc corp co plc times news post press daily
    herald tribune journal gazette agency steel oil gas telecom media tv radio
    asia asian europe european africa african america american eurasia eurasian caucasus gulf balkans caspian
    east eastern west western north northern south southern arctic pacific atlantic sea ocean river lake
    mountain mountains valley region province district city street square avenue
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    islamic independent collective treaty consultative heads cup games festival award prize order medal
    happy merry god allah lord new
  `),
]);

/** Head nouns that make a capitalised chain an organisation ("... Agency", "Ministry of ..."). */
export const ORG_HEADS = words(`
  organization organisation agency ministry council assembly bank fund company corporation party committee
  union commission university commonwealth institute authority association department court parliament bureau
  academy foundation alliance coalition league secretariat
`);

/** Connectors allowed inside an organisation's name. */
export const ORG_CONNECTORS = words('of for on the and de &');

/** All-capital tokens that are not organisations: country abbreviations, units, currencies, jargon. */
export const NOT_ORG_ACRONYMS = words(`
  it us usa uk uae ussr prc dprk rok ksa drc ai tv pc id ok am pm gmt utc msk cet est pst ceo cfo cto coo gdp
  gnp vat fdi lng lpg cng mp mw kw gw kwh mwh gwh twh usd eur gbp rub cny jpy tjs kzt azn irr uzs kgs tmt try
  inr covid sars hiv aids dna rna pdf url sms gps atm ngo ngos sme smes ipo co2 faq vip diy asap etc ie eg
  q1 q2 q3 q4 h1 h2 ad bc bce ce hq pr ict r&d
`);

const countries = raw as unknown as Country[];

/** Country names (common and official), capitals and English demonyms, lower-cased; some are phrases. */
export const PLACE_PHRASES: ReadonlySet<string> = new Set(countries.flatMap((c) => [
  c.name.common, c.name.official, ...c.capital,
  ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f]),
  ...c.altSpellings.filter((s) => /^\p{Lu}[\p{L} '’-]{3,}$/u.test(s)),
].filter(Boolean).map((s) => s.toLowerCase())));

export const LONGEST_PLACE = Math.max(...[...PLACE_PHRASES].map((p) => p.split(' ').length));

// Only a country's first word: "Tajik" begins "Tajikistan", but "Solomon" is a whole word of
// "Solomon Islands" and, alone, as often a first name (Solomon Dersso, Costa Silva, Cook Williams).
// Only the "-stan" countries form their adjective by dropping an ending ("Tajik", "Uzbek"): a
// prefix of another country is as often a first name ("Roman" for Romania, "Ira" for Iran).
const STAN_COUNTRIES = countries.map((c) => c.name.common.toLowerCase().split(' ')[0]).filter((w) => w.endsWith('stan'));

/** A place word, or a country adjective that the dataset lacks but the name begins with ("Tajik"). */
export function isPlaceWord(lower: string): boolean {
  if (PLACE_PHRASES.has(lower)) return true;
  return lower.length >= 4 && STAN_COUNTRIES.some((w) => w.length > lower.length && w.startsWith(lower));
}
