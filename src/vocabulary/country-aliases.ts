// Hand-kept additions and exceptions to the world-countries dataset. Keep this SMALL: every
// entry must be a general fact about English news usage, never a fix for one article.

/**
 * Names and adjectives the dataset lacks. It gives formal demonyms ("Kazakhstani", "Tadzhik",
 * "Kirghiz") while news prose uses the short adjective, and it has "Türkiye" but not "Turkey".
 */
export const NAME_ALIASES: Record<string, string> = {
  Tajik: 'TJ', Tajikistani: 'TJ', Kazakh: 'KZ', Uzbek: 'UZ', Kyrgyz: 'KG', Azeri: 'AZ',
  Belarussian: 'BY', Korean: 'KR',
  // "US" is also the dataset's code, which is otherwise not indexed as text
  Turkey: 'TR', Korea: 'KR', America: 'US', US: 'US', 'U.S.': 'US', 'U.S.A.': 'US', 'U.K.': 'GB',
  Britain: 'GB', England: 'GB', Scotland: 'GB', Wales: 'GB', 'Northern Ireland': 'GB',
  Kirghizia: 'KG', Tadzhikistan: 'TJ', 'Czech Republic': 'CZ',
  // regions whose name contains a country term but that lie in another country
  'Niger Delta': 'NG', 'New Mexico': 'US', 'New Jersey': 'US', 'New South Wales': 'AU',
  'Inner Mongolia': 'CN',
};

/**
 * Cities the dataset lacks: capitals under other spellings or former names, the main
 * non-capital cities of the covered regions, and a few world cities that stand for a country.
 */
export const CITY_ALIASES: Record<string, string> = {
  'Nur-Sultan': 'KZ', Ashkhabad: 'TM', Ulaanbaatar: 'MN', Kiev: 'UA',
  Washington: 'US', 'Washington, D.C.': 'US',
  Almaty: 'KZ', Shymkent: 'KZ', Karaganda: 'KZ', Aktau: 'KZ', Atyrau: 'KZ',
  Khujand: 'TJ', Bokhtar: 'TJ', Kulob: 'TJ',
  Samarkand: 'UZ', Bukhara: 'UZ', Namangan: 'UZ', Andijan: 'UZ',
  Osh: 'KG', 'Jalal-Abad': 'KG', Turkmenbashi: 'TM', Sumgayit: 'AZ', Batumi: 'GE', Gyumri: 'AM',
  'St. Petersburg': 'RU', 'Saint Petersburg': 'RU', Kazan: 'RU', Novosibirsk: 'RU',
  Vladivostok: 'RU', Yekaterinburg: 'RU', Sochi: 'RU',
  Shanghai: 'CN', Urumqi: 'CN', Guangzhou: 'CN', Shenzhen: 'CN',
  Istanbul: 'TR', Dubai: 'AE', Mashhad: 'IR', Tabriz: 'IR', Isfahan: 'IR', Shiraz: 'IR',
  Herat: 'AF', Kandahar: 'AF', 'Mazar-i-Sharif': 'AF', Karachi: 'PK', Lahore: 'PK', Mumbai: 'IN',
  'New York': 'US', 'Los Angeles': 'US', Geneva: 'CH',
};

/**
 * Phrases that contain a country term but name no country (continents, regions, oceans).
 * They are indexed with no code so that longest-match consumes them: "Latin American" must
 * not count as the United States, "Indian Ocean" not as India.
 */
export const STOP_PHRASES: readonly string[] = [
  'Latin America', 'Latin American', 'South America', 'South American', 'North America',
  'North American', 'Central America', 'Central American', 'Native American', 'Indian Ocean',
  'Central African', 'New Guinea', 'Guinea pig', 'Guinea pigs', 'Korean Peninsula',
];

/**
 * Country terms that are also common given names, surnames or US place names. An occurrence
 * glued to another capitalised word ("Michael Jordan", "Chad Smith", "Georgia Tech") is
 * treated as part of that other proper name.
 */
export const NAME_LIKE: ReadonlySet<string> = new Set([
  'Chad', 'Jordan', 'Georgia', 'Washington', 'Israel', 'Paris', 'Sofia',
]);

/** Dataset spellings that are ordinary English words, so a capitalised sentence start would hit. */
export const DENY_TERMS: ReadonlySet<string> = new Set(['Island', 'Mann', 'Male', 'Reunion', 'Prathet']);

/**
 * Dataset capitals that far more often mean a person, a state or a city elsewhere
 * (Victoria in Australia, Tripoli in Lebanon, Santiago de Cuba...), so they are not evidence.
 */
export const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set([
  'Victoria', 'City of Victoria', 'Kingston', 'Santiago', 'Sucre', 'Georgetown', 'George Town',
  'Hamilton', 'Douglas', 'Stanley', 'Jamestown', 'Plymouth', 'The Valley', 'West Island',
  "Saint John's", 'King Edward Point', 'San Juan', 'Saint-Denis', 'Tripoli',
]);

/**
 * Country names in the languages of the region that the dataset's translations lack (Kazakh,
 * Tajik, Uzbek in both scripts) or spells otherwise than news does (Russian "Кыргызстан").
 * These languages inflect names with endings ("Тоҷикистонро", "O'zbekistonning"), so every
 * entry also matches with a short lower-case ending (see scanCountryTerms).
 */
export const REGIONAL_NAMES: Record<string, string> = {
  // Russian usage beside the dataset's forms
  Кыргызстан: 'KG', Туркменистан: 'TM', США: 'US', ОАЭ: 'AE', КНР: 'CN', РФ: 'RU',
  // Kazakh
  Қазақстан: 'KZ', Тәжікстан: 'TJ', Өзбекстан: 'UZ', Қырғызстан: 'KG', Түрікменстан: 'TM', Ресей: 'RU', Қытай: 'CN', Ауғанстан: 'AF',
  // Tajik
  Тоҷикистон: 'TJ', Ӯзбекистон: 'UZ', Қазоқистон: 'KZ', Қирғизистон: 'KG', Туркманистон: 'TM', Русия: 'RU', Хитой: 'CN', Афғонистон: 'AF', Эрон: 'IR',
  // Uzbek, Latin and Cyrillic
  "O'zbekiston": 'UZ', Tojikiston: 'TJ', "Qozog'iston": 'KZ', "Qirg'iziston": 'KG', Turkmaniston: 'TM', Rossiya: 'RU', Xitoy: 'CN', "Afg'oniston": 'AF', Eron: 'IR',
  Ўзбекистон: 'UZ', Тожикистон: 'TJ', Қозоғистон: 'KZ',
};

/** Languages whose translations of country names (world-countries) are indexed as well. */
export const TRANSLATED_LANGUAGES = ['rus', 'fra', 'deu', 'spa', 'tur', 'per'] as const;
