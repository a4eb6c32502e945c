// The language of the site's own wording (navigation, labels, the search page). Articles keep
// their own languages; the search index is built in this one (see src/build/pagefind-shard.ts).
export const SITE_LANGUAGE = 'en';
