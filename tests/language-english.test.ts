// The function-word shortcut of language detection: it may only ever answer "en" where franc
// would, so other languages' prose (also prose quoting English, also prose with English-looking
// short words) must never pass it, and texts too short or not clearly Latin are left to franc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { franc } from 'franc-min';
import { isClearlyEnglish, MIN_WORDS } from '../src/extract/text/language-english.ts';
import { detectLanguage } from '../src/extract/text/language.ts';

const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;
const shortcut = (text: string): boolean => isClearlyEnglish(text, letters(text));
const seed = (name: string): string => readFileSync(new URL(`../content/raw/${name}`, import.meta.url), 'utf8');

// Agency-style reports on the same event in many languages (null: franc-min has no model for it).
const otherLanguages: Array<[string, string | null, string]> = [
  ['French news prose', 'fr',
    "Le ministre de l'Industrie et des Nouvelles Technologies a rencontré mardi la délégation du Tadjikistan pour discuter de la coopération commerciale entre les deux pays. Selon le communiqué publié par le ministère, les parties ont examiné les perspectives de développement des relations économiques, notamment dans les domaines de l'énergie, des transports et de l'agriculture. Le président a souligné que le volume des échanges a augmenté de 20 pour cent au cours de l'année dernière et que de nouveaux projets d'investissement sont en cours de préparation. Les deux délégations ont également signé un mémorandum sur la formation des spécialistes."],
  ['German news prose', 'de',
    "Der Minister für Industrie und neue Technologien hat sich am Dienstag mit der Delegation aus Tadschikistan getroffen, um die Zusammenarbeit im Handel zwischen beiden Ländern zu besprechen. Nach Angaben des Ministeriums wurden die Aussichten für die Entwicklung der wirtschaftlichen Beziehungen erörtert, insbesondere in den Bereichen Energie, Verkehr und Landwirtschaft. Der Präsident betonte, dass das Handelsvolumen im vergangenen Jahr um 20 Prozent gestiegen sei und neue Investitionsprojekte vorbereitet würden. Die beiden Delegationen unterzeichneten außerdem eine Absichtserklärung über die Ausbildung von Fachkräften. Das Treffen fand in Berlin statt."],
  ['Dutch news prose', 'nl',
    "De minister van Industrie en Nieuwe Technologieën heeft dinsdag de delegatie uit Tadzjikistan ontmoet om de handelssamenwerking tussen de twee landen te bespreken. Volgens het ministerie is er gesproken over de vooruitzichten voor de ontwikkeling van de economische betrekkingen, in het bijzonder op het gebied van energie, vervoer en landbouw. De president wees erop dat het handelsvolume het afgelopen jaar met 20 procent is gestegen en dat nieuwe investeringsprojecten worden voorbereid. Beide delegaties ondertekenden ook een memorandum over de opleiding van specialisten. Of de gesprekken in het najaar worden voortgezet, is nog niet bekend."],
  ['Spanish news prose', 'es',
    "El ministro de Industria y Nuevas Tecnologías se reunió el martes con la delegación de Tayikistán para discutir la cooperación comercial entre los dos países. Según el comunicado publicado por el ministerio, las partes examinaron las perspectivas de desarrollo de las relaciones económicas, en particular en los ámbitos de la energía, el transporte y la agricultura. El presidente subrayó que el volumen del comercio aumentó un 20 por ciento durante el último año y que se preparan nuevos proyectos de inversión. Ambas delegaciones también firmaron un memorando sobre la formación de especialistas."],
  ['Italian news prose', 'it',
    "Il ministro dell'Industria e delle Nuove Tecnologie ha incontrato martedì la delegazione del Tagikistan per discutere la cooperazione commerciale tra i due paesi. Secondo il comunicato pubblicato dal ministero, le parti hanno esaminato le prospettive di sviluppo delle relazioni economiche, in particolare nei settori dell'energia, dei trasporti e dell'agricoltura. Il presidente ha sottolineato che il volume degli scambi è aumentato del 20 per cento nel corso dell'ultimo anno e che sono in preparazione nuovi progetti di investimento. Le due delegazioni hanno inoltre firmato un memorandum sulla formazione degli specialisti."],
  ['Portuguese news prose', 'pt',
    "O ministro da Indústria e das Novas Tecnologias reuniu-se na terça-feira com a delegação do Tajiquistão para discutir a cooperação comercial entre os dois países. Segundo o comunicado publicado pelo ministério, as partes examinaram as perspectivas de desenvolvimento das relações económicas, em particular nos domínios da energia, dos transportes e da agricultura. O presidente sublinhou que o volume do comércio aumentou 20 por cento no último ano e que estão a ser preparados novos projetos de investimento. As duas delegações assinaram também um memorando sobre a formação de especialistas."],
  ['Swedish news prose', 'sv',
    "Ministern för industri och ny teknik träffade på tisdagen delegationen från Tadzjikistan för att diskutera handelssamarbetet mellan de två länderna. Enligt ministeriets pressmeddelande diskuterade parterna utsikterna för utvecklingen av de ekonomiska förbindelserna, särskilt inom energi, transport och jordbruk. Presidenten betonade att handelsvolymen ökade med 20 procent under det senaste året och att nya investeringsprojekt förbereds. De två delegationerna undertecknade också ett samförståndsavtal om utbildning av specialister. Mötet hölls i Stockholm och var det första på tre år."],
  ['Danish news prose', null,
    "Ministeren for industri og nye teknologier mødtes tirsdag med delegationen fra Tadsjikistan for at drøfte handelssamarbejdet mellem de to lande. Ifølge ministeriets pressemeddelelse drøftede parterne udsigterne for udviklingen af de økonomiske forbindelser, især inden for energi, transport og landbrug. Præsidenten understregede, at handelsvolumen steg med 20 procent i løbet af det seneste år, og at nye investeringsprojekter er under forberedelse. De to delegationer underskrev også et aftalememorandum om uddannelse af specialister. Mødet blev holdt i København."],
  ['Polish news prose', 'pl',
    "Minister przemysłu i nowych technologii spotkał się we wtorek z delegacją z Tadżykistanu, aby omówić współpracę handlową między dwoma krajami. Według komunikatu ministerstwa strony omówiły perspektywy rozwoju stosunków gospodarczych, w szczególności w dziedzinie energetyki, transportu i rolnictwa. Prezydent podkreślił, że wartość wymiany handlowej wzrosła w ubiegłym roku o 20 procent i że przygotowywane są nowe projekty inwestycyjne. Obie delegacje podpisały także memorandum w sprawie szkolenia specjalistów. To było pierwsze takie spotkanie od trzech lat."],
  ['Indonesian news prose', 'id',
    "Menteri Perindustrian dan Teknologi Baru bertemu dengan delegasi dari Tajikistan pada hari Selasa untuk membahas kerja sama perdagangan antara kedua negara. Menurut siaran pers kementerian, kedua pihak membahas prospek pengembangan hubungan ekonomi, khususnya di bidang energi, transportasi dan pertanian. Presiden menegaskan bahwa volume perdagangan meningkat 20 persen selama tahun lalu dan bahwa proyek investasi baru sedang dipersiapkan. Kedua delegasi juga menandatangani nota kesepahaman tentang pelatihan tenaga ahli. Pertemuan itu diadakan di Jakarta."],
  ['Turkish news prose', 'tr',
    "Sanayi ve Yeni Teknolojiler Bakanı salı günü iki ülke arasındaki ticari işbirliğini görüşmek üzere Tacikistan heyetiyle bir araya geldi. Bakanlığın açıklamasına göre taraflar, özellikle enerji, ulaştırma ve tarım alanlarında ekonomik ilişkilerin geliştirilmesi perspektiflerini ele aldı. Cumhurbaşkanı, ticaret hacminin geçen yıl yüzde 20 arttığını ve yeni yatırım projelerinin hazırlandığını vurguladı. İki heyet ayrıca uzman yetiştirilmesine ilişkin bir mutabakat zaptı imzaladı. Toplantı Ankara'da yapıldı ve üç yıl sonra ilk kez gerçekleşti."],
  ['Romanian news prose', 'ro',
    "Ministrul Industriei și Noilor Tehnologii s-a întâlnit marți cu delegația din Tadjikistan pentru a discuta cooperarea comercială dintre cele două țări. Potrivit comunicatului ministerului, părțile au examinat perspectivele de dezvoltare a relațiilor economice, în special în domeniile energiei, transporturilor și agriculturii. Președintele a subliniat că volumul schimburilor comerciale a crescut cu 20 la sută în ultimul an și că sunt în pregătire noi proiecte de investiții. Cele două delegații au semnat de asemenea un memorandum privind formarea specialiștilor."],
  ['Tagalog news prose', 'tl',
    "Nakipagpulong ang Kalihim ng Industriya at Bagong Teknolohiya sa delegasyon mula sa Tajikistan noong Martes upang talakayin ang kooperasyon sa kalakalan ng dalawang bansa. Ayon sa pahayag ng kagawaran, tinalakay ng dalawang panig ang mga posibilidad sa pagpapaunlad ng ugnayang pang-ekonomiya, lalo na sa enerhiya, transportasyon at agrikultura. Sinabi ng pangulo na tumaas ng 20 porsiyento ang dami ng kalakalan noong nakaraang taon at may mga bagong proyekto ng pamumuhunan na inihahanda. Lumagda rin ang dalawang delegasyon sa isang memorandum tungkol sa pagsasanay ng mga espesyalista."],
  ['Uzbek Latin news prose', 'uz',
    "Sanoat va yangi texnologiyalar vaziri seshanba kuni ikki davlat o'rtasidagi savdo hamkorligini muhokama qilish uchun Tojikiston delegatsiyasi bilan uchrashdi. Vazirlik xabariga ko'ra, tomonlar iqtisodiy aloqalarni rivojlantirish istiqbollarini, xususan, energetika, transport va qishloq xo'jaligi sohalarida ko'rib chiqdi. Prezident o'tgan yili savdo hajmi 20 foizga oshganini va yangi investitsiya loyihalari tayyorlanayotganini ta'kidladi. Ikki delegatsiya mutaxassislarni tayyorlash bo'yicha memorandum imzoladi."],
  ['Dutch news prose quoting a long English sentence', 'nl',
    "De minister van Buitenlandse Zaken zei dinsdag in Den Haag dat de gesprekken met de delegatie uit Tadzjikistan goed zijn verlopen. \"The talks were constructive and we agreed on the next steps for the trade agreement that both sides have been working on for the past two years,\" aldus de minister. Volgens het ministerie worden de onderhandelingen in het najaar voortgezet. Een woordvoerder van de delegatie liet weten dat de regering in Dushanbe het akkoord nog dit jaar wil ondertekenen."],
  ['French news prose quoting an English sentence', 'fr',
    "Le président a reçu mercredi à Paris le ministre des Affaires étrangères du Tadjikistan. « This is a historic day for the relations between our countries and for the whole region », a déclaré le ministre à l'issue de la rencontre, selon un communiqué de l'Élysée. Les deux parties ont évoqué la coopération dans le domaine de l'énergie et la sécurité régionale, ainsi que la situation en Afghanistan. Un accord sur les visas devrait être signé dans les prochains mois."],
];
for (const [name, code, text] of otherLanguages) {
  test(`${name} is not taken for English by the shortcut`, () => {
    assert.equal(shortcut(text), false);
    assert.notEqual(detectLanguage(text), 'en');
    if (code) assert.equal(detectLanguage(text), code);
  });
}

const ENGLISH_NEWS = 'The foreign ministers of the two countries met in Dushanbe on Tuesday and discussed the ' +
  'expansion of trade, which has grown by a fifth since last year. They said that the new border crossings ' +
  'would be opened after the agreement has been ratified by both parliaments. Officials from the energy ' +
  'ministry, who were also present, noted that the construction of the power line between the two capitals ' +
  'is ahead of schedule and that more than half of the towers have been built. The sides agreed to hold ' +
  'the next round of talks in Tashkent in the autumn, when a joint commission will review the progress.';

const englishCases: Array<[string, string, boolean]> = [
  ['English news prose is settled by the shortcut', ENGLISH_NEWS, true],
  ['English prose with Spanish and French names is still English', ENGLISH_NEWS.replace('Dushanbe', 'La Paz').replace('Tashkent', 'Le Mans in El Salvador'), true],
  ['a short English text is left to franc', ENGLISH_NEWS.split(' ').slice(0, MIN_WORDS - 5).join(' '), false],
  ['English prose after a longer Russian passage is left to franc', 'Президент Таджикистана провёл встречу с министром иностранных дел Казахстана и обсудил вопросы торгового сотрудничества между двумя странами. '.repeat(4) + ENGLISH_NEWS, false],
  ['English prose with Chinese taking most of the letters is left to franc', '塔吉克斯坦总统会见了哈萨克斯坦外交部长，双方讨论了两国之间的贸易合作问题。'.repeat(12) + ENGLISH_NEWS, false],
  ['a list of names without function words is left to franc', 'Emomali Rahmon, Shavkat Mirziyoyev, Kassym-Jomart Tokayev, Sadyr Japarov, Serdar Berdimuhamedov. '.repeat(12), false],
];
for (const [name, text, expected] of englishCases) {
  test(name, () => assert.equal(shortcut(text), expected));
}

test('wherever the shortcut answers en, franc says English too', () => {
  const samples = [ENGLISH_NEWS, ...['000_e89b67148e8a9132.txt', '001_5d4062198c4cec68.txt', '002_d1b71018f3567910.txt',
    '003_5563cc646f6c1601.txt', '004_c71d60370df70e7a.txt'].map((f) => seed(f).slice(0, 1000))];
  for (const sample of samples) {
    assert.equal(shortcut(sample), true, sample.slice(0, 60));
    assert.equal(franc(sample, { minLength: 20 }), 'eng', sample.slice(0, 60));
  }
});
