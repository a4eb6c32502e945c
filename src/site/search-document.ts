// What the search index reads of an article: its headline and body, as its page shows them, and
// the metadata, filters and sort key the search page (site/assets/search.js) uses. Made from the
// record alone, not from the rendered page, so the index stage needs nothing from the render
// stage and both run at once (src/build/run-build.ts).
import { createHash } from 'node:crypto';
import type { IndexDocument } from '../build/pagefind-shards.ts';
import { outputFile } from '../build/render-plan.ts';
import type { RecordSource } from './records.ts';
import { articleUrl, monthOf, yearOf } from './articles.ts';
import { shortDate } from './filters/reader-date.ts';
import { escapeHtml as escape, renderBody } from './markdown.ts';
import { termName } from './taxonomy.ts';

/** Bump when the document's HTML changes shape, so every shard is indexed again. */
const DOCUMENT_VERSION = '1';

/** One document per article, at the path of the article's page, so results link to it. */
export function searchDocuments(records: readonly RecordSource[]): IndexDocument[] {
  return records.map(searchDocument);
}

export function searchDocument({ record, body }: RecordSource): IndexDocument {
  const month = monthOf(record.date);
  // Shown beside a result as the site shows dates; Pagefind's own sort needs a value on every page.
  const meta: [string, string | null][] = [
    ['date', record.date],
    ['shown', (record.date && shortDate(record.date)) || 'Date not stated'],
    ['place', record.place],
    ['source', record.source],
  ];
  const filters: [string, string][] = [
    ...(record.source ? [['source', record.source] as [string, string]] : []),
    ['year', yearOf(record.date)],
    ['month', month],
    ...record.countries.map((code): [string, string] => ['country', termName('countries', code)]),
    ...record.topics.map((slug): [string, string] => ['topic', termName('topics', slug)]),
  ];
  const sortValue = record.date ?? '0000-00-00';
  const path = outputFile(articleUrl(record.slug));
  // Everything the HTML below is made of (the body by its digest), so an unchanged digest means
  // an unchanged document.
  const digest = createHash('sha1')
    .update(JSON.stringify([DOCUMENT_VERSION, path, record.title, meta, filters, sortValue]))
    .update('\0')
    .update(body.digest)
    .digest('hex');
  const html = () => `<!doctype html><html><head><title>${escape(record.title)}</title></head><body>
<article data-pagefind-body><h1 data-pagefind-meta="title">${escape(record.title)}</h1>
${renderBody(body.text)}</article>
<div hidden>
${meta.filter(([, value]) => value).map(([key, value]) => `<span data-pagefind-meta="${key}:${escape(value!)}"></span>`).join('\n')}
<span data-pagefind-sort="date:${escape(sortValue)}"></span>
${filters.map(([key, value]) => `<span data-pagefind-filter="${key}">${escape(value)}</span>`).join('\n')}
</div>
</body></html>
`;
  return { path, sortValue, month, digest, html };
}
