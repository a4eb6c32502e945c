// /api/articles.json: every article's record fields plus its page on the archive, serialised by
// JSON.stringify so no article text can break the format. (The record's own `url` is the
// original article's address.)
import type { ExportedArticle } from './archive-exports.ts';
import { jsonList } from './list-format.ts';

// Every record field, so a field added to the schema is exported too; slug second, after the page.
export const articlesJson = jsonList<ExportedArticle>('articles', ({ url: page, record: { slug, ...fields } }) => ({ page, slug, ...fields }));
