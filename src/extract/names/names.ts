// Names of people and organisations mentioned in an article, in order of first mention.
// Rules by shape and context only (never a list of known people), in one pass each over the
// tokens: see name-people.ts for people and name-orgs.ts for organisations; the word lists they
// use are in name-vocabulary.ts. Tokens of a person's name are never read as an organisation.
import { findOrganizations } from './name-orgs.ts';
import { findPeople } from './name-people.ts';
import { tokenize } from './name-tokens.ts';
import type { Entity } from './name-people.ts';

export interface Names { people: string[]; organizations: string[] }

const byFirstMention = (list: Entity[]) => list.sort((a, b) => a.first - b.first).map((e) => e.name);

export function extractNames(text: string): Names {
  const tokens = tokenize(text);
  const { people, spans } = findPeople(tokens);
  return { people: byFirstMention(people), organizations: byFirstMention(findOrganizations(tokens, spans)) };
}
