// One raw file's bytes in, one validated record and its markdown body out. Pure: no file system,
// no clock, so the same input always gives the same record (checks against today, such as a date
// in the future, are made when the ingest reports, so a stored outcome stays valid on any day).
import { decodeText } from '../extract/text/decode.ts';
import { cleanArticle } from '../extract/layout/clean.ts';
import { parseLead } from '../extract/layout/lead.ts';
import { deriveTitle } from '../extract/layout/title.ts';
import { summarize } from '../extract/text/summary.ts';
import { detectLanguage } from '../extract/text/language.ts';
import { extractDate } from '../extract/date/date.ts';
import { findDates } from '../extract/date/date-candidates.ts';
import { extractPlace } from '../extract/place/place.ts';
import { extractSource, looksLikeOutlet } from '../extract/source/source.ts';
import { findAuthor, findUrl } from '../extract/layout/byline.ts';
import { extractCountries } from '../extract/place/countries.ts';
import { extractMeetings } from '../extract/names/meetings.ts';
import { extractTopics } from '../extract/topics/topics.ts';
import { extractNames } from '../extract/names/names.ts';
import { countWords } from '../extract/text/word-count.ts';
import type { Block, Lead, Problem } from '../extract/types.ts';
import { recordSchema, type ArticleRecord } from '../record/schema.ts';
import { derivedSlug } from '../record/slug.ts';
import { blocksToMarkdown } from '../record/markdown.ts';
import { splitFrontMatter, readOverrides } from './front-matter.ts';
import { applyLimits, MAX_FILE_BYTES, tooLarge } from '../record/limits.ts';

export interface IngestInput {
  bytes: Uint8Array;
  /** The raw file's path relative to the project, with forward slashes. */
  origin: string;
}

export interface IngestedArticle {
  record: ArticleRecord;
  /** The cleaned body as markdown, escaped so that it renders exactly as written. */
  body: string;
  /** True when the user fixed the slug in front matter: it is then never changed for uniqueness. */
  slugGiven: boolean;
}

export interface IngestOutcome {
  article: IngestedArticle | null;
  problems: Problem[];
}

/** Never throws: a file the extractors fail on is reported with the reason, like any bad input. */
export function ingestFile(input: IngestInput): IngestOutcome {
  if (input.bytes.length > MAX_FILE_BYTES) return tooLarge(input.bytes.length);
  try {
    return extractRecord(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { article: null, problems: [{ field: 'file', message: `could not be read as an article: ${reason.slice(0, 200)}`, hint: 'please report this file', severity: 'error' }] };
  }
}

function extractRecord({ bytes, origin }: IngestInput): IngestOutcome {
  const decoded = decodeText(bytes);
  const problems: Problem[] = [...decoded.problems];
  if (decoded.text === null) return { article: null, problems };

  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return { article: null, problems: [...problems, split.problem] };
  const { overrides, problems: overrideProblems } = readOverrides(split.data);
  problems.push(...overrideProblems);

  const clean = cleanArticle(split.content);
  const taken = takeLead(clean.blocks);
  const { blocks } = taken;
  // A publication line printed between the headline and the story stands in for a stamp.
  const lead = taken.lead.stamp === null ? { ...taken.lead, stamp: clean.dateLines.find(hasFullDate) ?? null } : taken.lead;
  if (!blocks.some((b) => b.kind === 'paragraph') && !clean.headline) {
    return { article: null, problems: [...problems, { field: 'body', message: 'has no article text once site boilerplate is removed', severity: 'error' }] };
  }

  const bodyText = [clean.headline ?? '', ...blocks.map((b) => b.text)].join('\n\n');
  const fullText = split.content;
  const found = extractDate({ lead, text: bodyText });
  // A date the user supplies replaces the extracted one, and so do the text's warnings about it.
  if (!('date' in overrides)) problems.push(...found.problems);
  const names = extractNames(bodyText);
  const firstParagraph = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';

  const extracted: Omit<ArticleRecord, 'slug' | 'origin' | 'meetings' | 'received'> = {
    title: deriveTitle(clean.headline, firstParagraph, names.people),
    date: found.date,
    dateBasis: found.dateBasis,
    place: extractPlace({ dateline: lead.dateline, text: bodyText }),
    source: extractSource({ dateline: lead.dateline, text: fullText, chrome: clean.removed }),
    countries: extractCountries(bodyText, { dateline: lead.dateline }),
    topics: extractTopics(bodyText),
    people: names.people,
    organizations: names.organizations,
    summary: summarize(blocks),
    url: findUrl(clean.removed),
    author: findAuthor(clean.removed, looksLikeOutlet),
    language: detectLanguage(bodyText),
    wordCount: blocks.reduce((n, b) => n + countWords(b.text), 0),
  };
  const limited = applyLimits({ ...extracted, ...overrides });
  problems.push(...limited.problems);
  // Meetings pair the article's people as finally given, front matter included.
  const merged = { ...limited.values, meetings: extractMeetings(bodyText, limited.values.people) };
  // When the archive received the file is not in the file: the folder run fills it in.
  const candidate = { ...merged, slug: overrides.slug ?? derivedSlug(merged.title, origin), origin, received: null };

  const checked = recordSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      problems.push({ field: issue.path.join('.') || 'record', message: issue.message, severity: 'error' });
    }
    return { article: null, problems };
  }
  return { article: { record: checked.data, body: blocksToMarkdown(blocks), slugGiven: 'slug' in overrides }, problems };
}

/**
 * Split stamps and datelines off the opening paragraph. A stamp or dateline can stand on a line
 * of its own, so a paragraph that was only metadata is dropped and the next one is tried.
 */
function takeLead(blocks: Block[]): { lead: Lead; blocks: Block[] } {
  const rest = [...blocks];
  let lead: Lead = { stamp: null, dateline: null, text: '' };
  for (let tries = 0; tries < 3; tries++) {
    const index = rest.findIndex((b) => b.kind === 'paragraph');
    if (index < 0) break;
    const parsed = parseLead(rest[index].text);
    lead = { stamp: lead.stamp ?? parsed.stamp, dateline: lead.dateline ?? parsed.dateline, text: parsed.text };
    if (parsed.text.trim()) {
      rest[index] = { kind: 'paragraph', text: parsed.text.trim() };
      break;
    }
    rest.splice(index, 1);
    if (!parsed.stamp && !parsed.dateline) break;
  }
  return { lead, blocks: rest };
}

// A full date has a year: four digits, or a two-digit one in a numeric date ("04.03.25"). Lines
// without one are not handed to the (costly) date parser.
const MAY_HOLD_YEAR = /\d{4}|\d[./-]\d{1,2}[./-]\d{2}/;

function hasFullDate(line: string): boolean {
  return MAY_HOLD_YEAR.test(line) && findDates(line).some((c) => c.real && (c.year !== null || c.yearSuffix !== null));
}
