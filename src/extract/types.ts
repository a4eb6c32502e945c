// Shared shapes of the pure extraction core: text in, data out, no file system.

export type Severity = 'error' | 'warning';

/** One thing wrong with one field of one article; the ingest report groups these by file. */
export interface Problem {
  field: string;
  message: string;
  /** What the user can do about it, e.g. "add date: YYYY-MM-DD front matter". */
  hint?: string;
  severity: Severity;
}

/** The credit line that opens many wire stories: `DUSHANBE, 03.03.2023 (NIAT Khovar) –`. */
export interface Dateline {
  /** The place as written, e.g. "DUSHANBE" or "BAKU, Azerbaijan"; null when the dateline names none. */
  place: string | null;
  /** The date as written in the dateline, e.g. "03.03.2023" or "June 15"; null when it has none. */
  dateText: string | null;
  /** The agency credit as written, e.g. "NIAT Khovar", "Xinhua", "MNA"; null when none. */
  credit: string | null;
}

/** The opening paragraph split into its metadata prefixes and the prose that follows. */
export interface Lead {
  /** A date stamp before the prose, as written, e.g. "date 2023-06-15"; null when none. */
  stamp: string | null;
  dateline: Dateline | null;
  /** The paragraph with stamp and dateline removed (may be empty when the paragraph was only metadata). */
  text: string;
}

export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** An article with site boilerplate removed. */
export interface CleanArticle {
  /** The headline line when the file has one, else null. */
  headline: string | null;
  /** Paragraphs and sub-headings in order; the first paragraph still carries any stamp or dateline. */
  blocks: Block[];
  /** Lines dropped as boilerplate, in order (kept for sources credited only in a footer). */
  removed: string[];
  /**
   * Lines between the headline and the story (or just above the story when there is no
   * headline), where pages print the publication date: "By X | Updated: 2025-03-04 09:15".
   * Dates printed higher up belong to the site's header (today's date, a clock widget).
   */
  dateLines: string[];
}
