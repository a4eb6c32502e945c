// One synthetic raw article: headline (or none), a lead in one of the wire styles, a body of
// template sentences filled from the vocabulary, and the site boilerplate real pastes carry.
import type { Rng } from './prng.ts';
import { pluralize, type Vocabulary } from './vocabulary.ts';
import { randomDate, writeLead } from './article-lead.ts';

interface Cast {
  people: { full: string; last: string; role: string }[];
  countries: Vocabulary['countries'];
  /** The few nouns this article is about; they recur, as a story's subject does. */
  subjects: string[];
  org: string;
}

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
const upperFirst = (s: string) => s[0].toUpperCase() + s.slice(1);

function sentence(rng: Rng, v: Vocabulary, c: Cast): string {
  const noun = () => (rng.chance(0.12) ? rng.pick(c.subjects) : rng.zipf(v.nouns));
  const plural = () => pluralize(noun());
  const adj = () => rng.zipf(v.adjectives);
  const verb = () => rng.zipf(v.verbs);
  const person = rng.pick(c.people);
  const [a, b] = rng.chance(0.5) ? [c.countries[0], c.countries[1]] : [c.countries[1], c.countries[2]];
  const place = rng.chance(0.5) ? rng.zipf(v.places) : a.capital;
  const year = rng.int(2015, 2025);
  switch (rng.int(0, 13)) {
    case 0: return `${person.full}, ${person.role}, ${verb().past} the ${adj()} ${noun()} of ${a.name} and ${b.name}`;
    case 1: return `The ${noun()} ${verb().past} ${adj()} ${plural()} in ${place}, ${person.last} said`;
    case 2: return `According to ${c.org}, the ${noun()} ${verb().third} ${adj()} ${noun()} for ${rng.int(2, 900)} ${plural()}`;
    case 3: return `“The ${adj()} ${noun()} ${verb().third} our ${adj()} ${plural()}, and we ${verb().base} the ${noun()} of ${place},” ${person.last} said`;
    case 4: return `The parties ${verb().past} ${adj()} ${noun()} in the field of ${noun()}, ${noun()} and ${noun()}`;
    case 5: return `In ${year}, ${a.name} ${verb().past} ${rng.int(3, 400)} ${plural()} worth $${rng.int(1, 950)} million`;
    case 6: return `It was noted that the ${adj()} ${noun()} ${verb().third} the ${noun()} between the two ${plural()}`;
    case 7: return `${a.adjective} ${plural()} ${verb().past} by ${rng.int(1, 60)}.${rng.int(0, 9)} percent compared to ${year - 1}`;
    case 8: return `The ${adj()} ${noun()} is ${verb().ing} the ${noun()} of ${adj()} ${plural()} across ${place}`;
    case 9: return `Both sides ${verb().past} the importance of ${verb().ing} ${adj()} ${noun()} with ${b.name}`;
    case 10: return `${person.last} also ${verb().past} that ${a.name} is interested in the ${noun()} of ${b.adjective} ${plural()}`;
    case 11: return `The ${noun()} of ${place} will ${verb().base} ${rng.int(2, 50)} ${adj()} ${plural()} by ${year + 2}`;
    case 12: return `Representatives of ${c.org} and the ${upperFirst(noun())} ${upperFirst(noun())} Council ${verb().past} the ${adj()} ${noun()}`;
    default: return `As part of the visit, ${person.full} ${verb().past} the ${adj()} ${noun()} in ${place}`;
  }
}

function headline(rng: Rng, v: Vocabulary, c: Cast): string {
  const [p, a] = [c.people[0], c.countries[0]];
  const forms = [
    () => titleCase(`${p.full} meets ${c.countries[1].adjective} delegation on ${c.subjects[0]} ${rng.zipf(v.nouns)}`),
    () => `${a.capital}, ${c.countries[1].capital} set $${rng.int(1, 9)}b ${c.subjects[0]} target, deepen ${c.subjects[1]} ties`,
    () => titleCase(`meeting of council on ${rng.zipf(v.adjectives)} ${c.subjects[0]} is taking place in ${a.capital}`),
    () => `${a.name} and ${c.countries[1].name} discuss ${rng.zipf(v.adjectives)} ${c.subjects[1]}`,
    () => `President ${p.last} attends ${upperFirst(rng.zipf(v.adjectives))} ${upperFirst(c.subjects[0])} Forum in ${rng.zipf(v.places)}`,
  ];
  return rng.pick(forms)();
}

function makeCast(rng: Rng, v: Vocabulary): Cast {
  const countries = [rng.zipf(v.countries, 1.8)];
  // Three different countries, so no sentence pairs a country with itself.
  while (countries.length < 3) {
    const next = countries.length === 1 ? rng.zipf(v.countries, 1.4) : rng.pick(v.countries);
    if (!countries.includes(next)) countries.push(next);
  }
  const people = Array.from({ length: rng.int(2, 4) }, () => {
    const { given, surname: last } = rng.zipf(v.people, 1.6);
    const role = rng.pick([`Minister of ${upperFirst(rng.zipf(v.nouns))} of ${rng.pick(countries).name}`,
      `head of ${rng.pick(v.organizations)}`, `the ${rng.pick(countries).adjective} ambassador`,
      `Deputy Prime Minister of ${rng.pick(countries).name}`, `chairman of the ${upperFirst(rng.zipf(v.nouns))} Committee`]);
    return { full: `${given} ${last}`, last, role };
  });
  const subjects = [rng.zipf(v.nouns, 3), rng.zipf(v.nouns, 3), rng.zipf(v.nouns)];
  return { people, countries, subjects, org: rng.zipf(v.organizations, 1.5) };
}

function boilerplate(rng: Rng, v: Vocabulary, c: Cast): string[] {
  const tail: string[] = [];
  if (rng.chance(0.2)) tail.push(`${rng.pick(['EF', 'MA', 'AK', 'SH', 'TR'])}/${rng.pick(['MA', 'NS', 'RK', 'JD'])}`);
  if (rng.chance(0.25)) tail.push(`Follow ${rng.pick(v.sites)}'s official Instagram and Twitter pages to keep current on world news.`);
  if (rng.chance(0.15)) tail.push('Share on Facebook', 'Share on Twitter', 'Share on Telegram');
  if (rng.chance(0.3)) tail.push(rng.pick(['Comments (0)', 'Leave a Comment', `Comments (${rng.int(1, 12)})`]));
  // A run of unrelated headlines, as a pasted page's "more news" box leaves behind.
  if (rng.chance(0.2)) {
    tail.push('\n\n\n\n');
    for (let i = rng.int(4, 12); i > 0; i--) tail.push(headline(rng, v, makeCast(rng, v)));
  }
  return tail;
}

/** The full text of one raw article file. */
export function composeArticle(rng: Rng, v: Vocabulary): string {
  const cast = makeCast(rng, v);
  // 150 to 2,000 words, median ~480 and mean ~680, like the sample articles: most are short.
  const target = Math.round(150 + 1850 * Math.pow(rng.next(), 2.5));
  const lead = writeLead(rng, {
    date: randomDate(rng), city: cast.countries[0].capital, country: cast.countries[0].name,
    agency: rng.pick(v.agencies), sentence: sentence(rng, v, cast),
  });
  const paragraphs = [lead];
  let words = lead.split(' ').length;
  while (words < target) {
    if (rng.chance(0.06)) paragraphs.push(upperFirst(`${rng.zipf(v.adjectives)} ${cast.subjects[rng.int(0, 2)]} and ${rng.zipf(v.nouns)} in focus`));
    const text = Array.from({ length: rng.int(1, 4) }, () => `${upperFirst(sentence(rng, v, cast))}.`).join(' ');
    paragraphs.push(text);
    words += text.split(' ').length;
  }
  const head: string[] = [];
  if (rng.chance(0.85)) head.push(headline(rng, v, cast));
  if (head.length && rng.chance(0.1)) head.push('Read also');
  // Half the sources separate paragraphs with a blank line, the rest with a bare line break.
  const sep = rng.chance(0.5) ? '\n\n' : '\n';
  return [...head, ...paragraphs, ...boilerplate(rng, v, cast)].join(sep).replace(/\n{5,}/g, '\n\n\n\n') + '\n';
}
