// The single source of truth for a record's front-matter fields: the ingest writes them,
// the site and its JSON export read them, and every record is validated against this. It reads
// the shared vocabulary (topics, the calendar), never an extractor.
import { z } from 'zod';
import { TOPIC_SLUGS } from '../vocabulary/topics.ts';
import { isRealDate, isRealInstant } from '../vocabulary/calendar.ts';
import { MAX_CHARS, MAX_ITEMS, MAX_MEETINGS, MAX_SENTENCE } from './limits.ts';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a YYYY-MM-DD date')
  .refine(isRealDate, 'is not a real date');

const name = z.string().trim().min(1).max(MAX_CHARS.name);

export const recordSchema = z.object({
  title: z.string().trim().min(1).max(MAX_CHARS.title),
  date: isoDay.nullable(),
  /** How the date was found (or what the text said when it could not be), for readers. */
  dateBasis: z.string().max(MAX_CHARS.dateBasis),
  place: z.string().trim().min(1).max(MAX_CHARS.place).nullable(),
  source: z.string().trim().min(1).max(MAX_CHARS.source).nullable(),
  /** ISO 3166-1 alpha-2 codes, most prominent first. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'is not an ISO 3166-1 alpha-2 code')),
  topics: z.array(z.enum(TOPIC_SLUGS as [string, ...string[]])),
  people: z.array(name).max(MAX_ITEMS.people),
  organizations: z.array(name).max(MAX_ITEMS.organizations),
  summary: z.string().max(MAX_CHARS.summary),
  /** The original article's address, from front matter or a URL in the paste; null when unknown. */
  url: z.string().max(MAX_CHARS.url).regex(/^https?:\/\/[^\s<>"]+$/i, 'is not an http(s) address').nullable(),
  /** The byline's name; null when the paste has none. */
  author: z.string().trim().min(1).max(MAX_CHARS.name).nullable(),
  /**
   * Meetings the text reports (src/extract/names/meetings.ts): two people (names from `people`)
   * or two countries (ISO codes), and the sentence that says so. Records written before this
   * field existed read as having none.
   */
  meetings: z.array(z.object({
    kind: z.enum(['people', 'countries']),
    pair: z.tuple([name, name]),
    sentence: z.string().min(1).max(MAX_SENTENCE),
  })).max(MAX_MEETINGS).default([]),
  /** ISO 639-1 code, or "und" when undetermined. */
  language: z.string().regex(/^([a-z]{2,3}|und)$/),
  wordCount: z.number().int().nonnegative(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a URL-safe slug').max(80),
  /** The raw file's path relative to the project, e.g. content/raw/003_5563cc646f6c1601.txt. */
  origin: z.string().min(1),
  /**
   * When the archive first received the raw file (UTC, to the second), from content/received.yml
   * (src/ingest/received.ts); never a publication date. Null only in a record read from an
   * older cache, before the ingest fills it in.
   */
  received: z.string().refine(isRealInstant, 'is not a UTC time YYYY-MM-DDTHH:MM:SSZ').nullable().default(null),
});

export type ArticleRecord = z.infer<typeof recordSchema>;

/** Field order in written records: the schema's order, so output is deterministic. */
export const RECORD_FIELDS = Object.keys(recordSchema.shape) as (keyof ArticleRecord)[];

/** Fields a user may set in a raw file's front matter; the rest are derived from the text or the file. */
export const OVERRIDABLE_FIELDS = [
  'title', 'date', 'dateBasis', 'place', 'source', 'countries', 'topics', 'people', 'organizations',
  'summary', 'language', 'slug', 'url', 'author',
] as const satisfies readonly (keyof ArticleRecord)[];
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];
