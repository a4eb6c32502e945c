// The site's topic taxonomy: the slugs, their reader-facing labels, the IPTC Media Topic each maps
// to, and the weighted words that count as evidence for it. Data only; the rule lives in topics.ts.
//
// IPTC codes were checked against IPTC's own Media Topics export (cv.iptc.org, release 2026-07-02).
// Where no narrower concept fits, the top-level subject is used rather than a guessed code.
//
// Evidence syntax: "word" matches that word exactly (case-insensitive); "word*" matches any word
// starting with it; "two words" is a phrase (only its last word may carry *). Weights: 3 is a term
// that on its own says what the story is about ("bilateral trade", "exports"), 2 is the topic's
// own name or a close synonym, 1 is weak or ambiguous. Weight 0 blocks a phrase from counting for
// anything ("social security" is not security), because the longest phrase at a position wins.
// Evidence in other languages sits beside the English: their stems with * take the endings.

export interface Topic { slug: string; label: string; iptc: { code: string; label: string } }

export interface TopicDefinition extends Topic {
  /** Evidence terms and their weights (see the syntax above). */
  evidence: Readonly<Record<string, number>>;
}

export const TOPIC_DEFINITIONS: readonly TopicDefinition[] = [
  {
    slug: 'trade', label: 'Trade', iptc: { code: 'medtop:20000373', label: 'international trade' },
    evidence: {
      'bilateral trade': 3, 'foreign trade': 3, 'trade turnover*': 3, 'trade volume*': 3, 'trade exchange*': 3,
      'trade balance': 3, 'trade deficit': 3, 'trade surplus': 3, 'trade agreement*': 3, 'free trade': 3,
      'trade target*': 3, 'trading partner*': 3, 'trade partner*': 3, 'export*': 3, import: 3, imports: 3,
      imported: 3, importing: 3, importer: 3, importers: 3, 'tariff*': 3, 'customs dut*': 3,
      trade: 2, trades: 2, traded: 2, commerce: 2, commercial: 1, market: 1, markets: 1, goods: 1,
      commodity: 1, commodities: 1,
      // Russian
      'товарооборот*': 3, 'внешнеторгов*': 3, 'экспорт*': 3, 'импорт*': 3, 'пошлин*': 3, 'торгов*': 2, 'тамож*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'échanges commerciaux': 3, 'importation*': 3, 'importacion*': 3, 'außenhandel*': 3, 'ausfuhr*': 3, 'einfuhr*': 3, 'ihracat*': 3, 'ithalat*': 3, 'eksport*': 3, 'صادرات': 3, 'واردات': 3, 'commerciaux': 2, 'comercio': 2, 'comercial*': 2, 'handel*': 2, 'ticaret*': 2, 'savdo*': 2, 'сауда*': 2, 'تجارت': 2, 'تجاری': 2,
    },
  },
  {
    slug: 'investment', label: 'Investment', iptc: { code: 'medtop:04000000', label: 'economy, business and finance' },
    evidence: {
      'direct investment*': 3, 'joint venture*': 3, 'investor*': 3, 'investment project*': 3,
      'investment climate': 3, 'investment environment': 3, investment: 2, investments: 2, invest: 2,
      invested: 2, investing: 2, 'capital investment*': 3, financing: 1,
      // Russian
      'инвестор*': 3, 'инвестиц*': 2, 'инвестир*': 2, 'финансирован*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'investissement*': 2, 'investisseur*': 3, 'inversi*': 2, 'investition*': 2, 'yatırım*': 2, 'investitsiya*': 2, 'sarmoya*': 2, 'инвестиция*': 2, 'سرمایه*': 2,
    },
  },
  {
    slug: 'industry', label: 'Industry', iptc: { code: 'medtop:20000294', label: 'manufacturing and engineering' },
    evidence: {
      'industrial park*': 3, 'industrial zone*': 3, 'industrial policy': 3, 'industrial cooperation': 3,
      'industrial production': 3, 'industrial development': 3, 'industrial enterprise*': 3,
      'industrializ*': 3, 'industrialis*': 3, 'manufactur*': 3, factory: 3, factories: 3,
      shipbuilding: 3, 'machine building': 3, 'light industry': 3, 'chemical industry': 3,
      industry: 2, industries: 2, industrial: 2, 'metallurg*': 2, steel: 2, engineering: 1, production: 1,
      aluminium: 1, aluminum: 1, cement: 1,
      // Russian
      'промышлен*': 2, 'индустриал*': 2, 'завод*': 2, 'фабрик*': 2, 'металлург*': 2, 'производств*': 1, 'алюмини*': 1, 'цемент*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'industrie*': 2, 'industria*': 2, 'sanayi*': 2, 'sanoat*': 2, 'өнеркәсіп*': 2, 'صنعت*': 2,
    },
  },
  {
    slug: 'mining', label: 'Mining', iptc: { code: 'medtop:20000316', label: 'metal and mineral mining and refining' },
    evidence: {
      'mining sector': 3, 'mining industr*': 3, 'mining compan*': 3, 'mining project*': 3,
      'mineral resource*': 3, 'mineral deposit*': 3, 'iron ore': 3, 'precious metal*': 3, 'rare earth*': 3,
      mining: 2, mineral: 2, minerals: 2, ore: 2, ores: 2, uranium: 2, copper: 2, 'geolog*': 2, 'quarr*': 2,
      miners: 2, mine: 1, mines: 1, gold: 1, ferrous: 1, coal: 1, deposits: 1,
      // Russian
      'горнодобыва*': 3, 'месторожден*': 2, 'рудник*': 2, 'уран*': 2, 'добыч*': 1, 'золот*': 1, 'угольн*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'minier*': 2, 'minière*': 2, 'minería': 2, 'bergbau*': 2, 'maden*': 2, 'معدن*': 2,
    },
  },
  {
    slug: 'energy', label: 'Energy', iptc: { code: 'medtop:20000256', label: 'energy and resource' },
    evidence: {
      'power plant*': 3, 'power station*': 3, 'hydropower*': 3, 'hydroelectric*': 3, 'renewable energy': 3,
      'energy security': 3, 'energy sector': 3, 'oil and gas': 3, 'natural gas': 3, 'gas pipeline*': 3,
      'nuclear power': 3, 'power grid*': 3, 'power line*': 3, 'wind power': 3, 'solar power': 3,
      'megawatt*': 3, 'gigawatt*': 3, electricity: 3, energy: 2, oil: 2, petroleum: 2, fuel: 2, fuels: 2,
      solar: 2, 'refiner*': 2, gas: 1, pipeline: 1, pipelines: 1,
      // Russian
      'электроэнерг*': 3, 'электростанц*': 3, 'гидроэлектростанц*': 3, 'гэс': 3, 'электроснабжен*': 3, 'электричеств*': 3, 'энергосистем*': 3, 'энергокольц*': 3, 'газопровод*': 3, 'энергетик*': 2, 'энергетическ*': 2, 'энерги*': 2, 'нефт*': 2, 'топлив*': 2, 'газ': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'électricité': 3, 'hydroélectrique*': 3, 'electricidad': 3, 'hidroeléctric*': 3, 'wasserkraft*': 3, 'elektrik*': 2, 'elektr': 2, 'электр*': 2, 'برق': 3, 'énergie*': 2, 'énergétique*': 2, 'energía': 2, 'energétic*': 2, 'energie*': 2, 'strom*': 2, 'enerji*': 2, 'energetika*': 2, 'энергетика*': 2, 'انرژی': 2,
    },
  },
  {
    slug: 'transport', label: 'Transport', iptc: { code: 'medtop:20000337', label: 'transport' },
    evidence: {
      'transport corridor*': 3, 'transit corridor*': 3, 'railway line*': 3, 'freight transport*': 3,
      'cargo transport*': 3, transport: 2, transportation: 2, logistics: 2, railway: 2, railways: 2,
      railroad: 2, highway: 2, highways: 2, freight: 2, cargo: 2, transit: 2, airline: 2, airlines: 2,
      airport: 2, airports: 2, aviation: 2, rail: 1, road: 1, roads: 1, corridor: 1, 'locomotive*': 1,
      wagons: 1, flights: 1, shipping: 1,
      // Russian
      'грузоперевоз*': 3, 'транспорт*': 2, 'железнодорож*': 2, 'логистик*': 2, 'транзит*': 2, 'аэропорт*': 2, 'автодорог*': 2, 'авиарейс*': 2, 'перевоз*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'ferroviaire*': 2, 'ferrocarril*': 2, 'transporte*': 2, 'eisenbahn*': 2, 'verkehr*': 2, 'logistik*': 2, 'demiryolu*': 2, 'ulaşım*': 2, 'temir yo*': 2, 'حمل*': 1,
    },
  },
  {
    slug: 'water', label: 'Water', iptc: { code: 'medtop:20000270', label: 'water supply' },
    evidence: {
      'water resource*': 3, 'water supply': 3, 'drinking water': 3, 'water management': 3,
      'water infrastructure': 3, 'water project*': 3, 'water scarcity': 3, irrigation: 3,
      water: 2, freshwater: 2, sanitation: 2, wastewater: 2, reservoir: 1, reservoirs: 1, dam: 1, dams: 1,
      river: 1, rivers: 1, glacier: 1, glaciers: 1,
      // Russian
      'водоснабжен*': 3, 'орошен*': 3, 'ирригац*': 3, 'водных ресурс*': 3, 'водные ресурс*': 3, 'водохранилищ*': 1, 'плотин*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      "l'eau": 2, 'agua': 2, 'wasser*': 2, 'barrage': 1, 'represa*': 1,
    },
  },
  {
    slug: 'agriculture', label: 'Agriculture', iptc: { code: 'medtop:20000210', label: 'agriculture' },
    evidence: {
      'food security': 3, 'agro-industrial': 2, agriculture: 2, agricultural: 2, agrarian: 2, 'farm*': 2,
      crop: 2, crops: 2, 'harvest*': 2, livestock: 2, wheat: 2, grain: 2, dairy: 2, 'fertiliz*': 2, 'fertilis*': 2,
      fishery: 2, fisheries: 2, cotton: 1, food: 1, flour: 1, fruit: 1, fruits: 1, vegetables: 1, meat: 1,
      // Russian
      'сельскохозяйствен*': 2, 'сельского хозяйства': 2, 'сельское хозяйство': 2, 'аграр*': 2, 'урожа*': 2, 'пшениц*': 2, 'зерн*': 2, 'продовольств*': 2, 'хлопк*': 1,
    },
  },
  {
    slug: 'digital', label: 'Digital', iptc: { code: 'medtop:20000225', label: 'computing and information technology' },
    evidence: {
      'digital transformation': 3, 'digital economy': 3, 'information technolog*': 3,
      'artificial intelligence': 3, 'data center*': 3, 'data centre*': 3, 'digitaliz*': 3, 'digitalis*': 3,
      'digitiz*': 3, 'digitis*': 3, 'e-government': 3, 'e-commerce': 2, digital: 2, software: 2, internet: 2,
      'telecom*': 2, broadband: 2, egov: 2, 'cyber*': 1, automation: 1, 'high-tech': 1,
      // Russian
      'цифров*': 2, 'интернет*': 2, 'информационных технолог*': 3, 'информационные технолог*': 3,
    },
  },
  {
    slug: 'diplomacy', label: 'Diplomacy', iptc: { code: 'medtop:20000639', label: 'diplomacy' },
    evidence: {
      'bilateral relations': 3, 'interstate relations': 3, 'diplomatic relations': 3, 'political dialogue': 3,
      'foreign minister*': 3, 'foreign ministry': 3, 'state visit': 3, 'official visit': 3,
      diplomacy: 2, diplomatic: 2, diplomat: 2, diplomats: 2, 'embass*': 2, 'ambassador*': 2,
      consul: 2, consular: 2, consulate: 2,
      'foreign affairs': 2, 'working visit': 2, summit: 2, 'strategic partnership': 2,
      'inter-parliamentary': 2, negotiations: 1, talks: 1, visit: 1, bilateral: 1, multilateral: 1,
      relations: 1, memorandum: 1, 'by telephone': 2, 'phone conversation': 2,
      // Russian
      'межгосударствен*': 3, 'официальным визитом': 3, 'официальный визит': 3, 'государственным визитом': 3, 'государственный визит': 3, 'министр иностранных дел': 3, 'министра иностранных дел': 3, 'переговор*': 2, 'дипломат*': 2, 'посол': 2, 'посла': 2, 'посольств*': 2, 'мид': 2, 'саммит*': 2, 'визит*': 1, 'двусторонн*': 1, 'делегаци*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'visite officielle': 3, 'visita oficial': 3, 'visita de estado': 3, 'staatsbesuch*': 3, 'resmi ziyaret*': 3, 'rasmiy tashrif*': 3, 'ресми сапар*': 3, 'phone call': 2, 'telephone conversation': 2, 'telephone call': 2, 'diplomatique*': 2, 'diplomátic*': 2, 'diplomatisch*': 2, 'ambassadeur*': 2, 'embajador*': 2, 'botschafter*': 2, 'büyükelçi*': 2, 'elchi*': 2, 'елші*': 2, 'سفیر': 2, 'دیپلماتیک': 2, 'sommet': 2, 'cumbre': 2, 'gipfel*': 2, 'muzokara*': 2, 'келіссөз*': 2, 'گفتگو': 1, 'روابط': 1, 'tashrif*': 1, 'сапар*': 1,
    },
  },
  {
    slug: 'security', label: 'Security', iptc: { code: 'medtop:20000598', label: 'national security' },
    evidence: {
      'social security': 0, 'security situation': 3, 'border security': 3, 'regional security': 3,
      'national security': 3, 'armed forces': 3, 'drug trafficking': 3, 'terroris*': 3, 'extremis*': 3,
      security: 2, military: 2, defence: 2, defense: 2, army: 2, 'weapon*': 2, threats: 1, threat: 1,
      border: 1, borders: 1, 'conflict*': 1, peace: 1, 'law enforcement': 2, 'security cooperation': 3, 'tension*': 1,
      // Russian
      'терроризм*': 3, 'террорист*': 3, 'экстремизм*': 3, 'безопасност*': 2, 'военн*': 2, 'оружи*': 2, 'пограничн*': 2, 'границ*': 1, 'конфликт*': 1,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'anti-terror*': 3, 'counter-terror*': 3, 'sécurité': 2, 'seguridad': 2, 'sicherheit*': 2, 'güvenlik*': 2, 'xavfsizlik*': 2, 'қауіпсіздік*': 2, 'امنیت*': 2, 'police': 1, 'raid': 1, 'raids': 1,
    },
  },
  {
    slug: 'migration', label: 'Migration', iptc: { code: 'medtop:20000771', label: 'immigration' },
    evidence: {
      'labour migration': 3, 'labor migration': 3, 'work permit*': 3, 'migrant*': 3, 'immigra*': 3,
      'emigra*': 3, 'refugee*': 3, migration: 2, asylum: 2, 'deport*': 2, 'remittance*': 2, diaspora: 2,
      // Russian
      'мигрант*': 3, 'миграц*': 2, 'депортац*': 2, 'депортир*': 2,
      // French, Spanish, German, Turkish, Uzbek, Kazakh, Persian
      'göçmen*': 3, 'مهاجر*': 3,
    },
  },
  {
    slug: 'education', label: 'Education', iptc: { code: 'medtop:05000000', label: 'education' },
    evidence: {
      'higher education': 3, 'higher educational': 3, 'scholarship*': 3, education: 2, educational: 2,
      'universit*': 2, school: 2, schools: 2, student: 2, students: 2, teacher: 2, teachers: 2,
      vocational: 2, 'curricul*': 2, literacy: 2, 'kindergarten*': 2, training: 1, retraining: 1,
      courses: 1, 'internship*': 1, 'academ*': 1,
      // Russian
      'образован*': 2, 'университет*': 2, 'студент*': 2, 'школ*': 2, 'учител*': 2,
    },
  },
  {
    slug: 'culture', label: 'Culture', iptc: { code: 'medtop:20000038', label: 'culture' },
    evidence: {
      'days of culture': 3, 'cultural heritage': 3, culture: 2, cultural: 2, heritage: 2, 'museum*': 2,
      arts: 2, 'artist*': 2, theatre: 2, theater: 2, 'festival*': 2, music: 2, literature: 2,
      'exhibition*': 1, art: 1,
      // Russian
      'культур*': 2, 'музе*': 2, 'фестивал*': 2, 'театр*': 2, 'концерт*': 2, 'искусств*': 2, 'выставк*': 1,
    },
  },
  {
    slug: 'health', label: 'Health', iptc: { code: 'medtop:07000000', label: 'health' },
    evidence: {
      'public health': 3, 'health care': 3, healthcare: 3, 'hospital*': 3, pandemic: 3, epidemic: 3,
      'covid*': 3, 'vaccin*': 3, health: 2, medical: 2, medicine: 2, medicines: 2, 'clinic*': 2,
      doctor: 2, doctors: 2, patient: 2, patients: 2, disease: 2, diseases: 2, 'pharmac*': 2, 'nurs*': 1,
      // Russian
      'здравоохранен*': 3, 'больниц*': 3, 'вакцин*': 3, 'эпидеми*': 3, 'пандеми*': 3, 'медицин*': 2, 'врач*': 2, 'пациент*': 2, 'заболеван*': 2,
    },
  },
  {
    slug: 'tourism', label: 'Tourism', iptc: { code: 'medtop:20000331', label: 'tourism and leisure industry' },
    evidence: {
      tourism: 2, tourist: 2, tourists: 2, touristic: 2, hotel: 2, hotels: 2, resort: 2, resorts: 2,
      sightseeing: 2, 'travel*': 1,
      // Russian
      'туризм*': 2, 'турист*': 2, 'гостиниц*': 2,
    },
  },
  {
    slug: 'environment', label: 'Environment', iptc: { code: 'medtop:06000000', label: 'environment' },
    evidence: {
      'business environment': 0, 'climate change': 3, pollution: 3, biodiversity: 3, deforestation: 3,
      desertification: 3, 'greenhouse gas*': 3, environment: 2, environmental: 2, climate: 2, 'emission*': 2,
      'ecolog*': 2, recycling: 2, carbon: 1, waste: 1,
      // Russian
      'загрязнен*': 3, 'экологи*': 2, 'климат*': 2, 'выброс*': 2,
    },
  },
];

/** Every topic's slug, in taxonomy order: the values a record's `topics` may hold. */
export const TOPIC_SLUGS: readonly string[] = TOPIC_DEFINITIONS.map((t) => t.slug);
