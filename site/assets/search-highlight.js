// Marks the searched words on an article reached from a search result (?highlight=word).
// Loaded as a small module on every page (from the search form partial); Pagefind's highlighter
// (44 kB) is fetched only when the address asks for highlighting.
const words = new URLSearchParams(window.location.search).getAll('highlight').filter((w) => w.trim());
if (words.length) {
  const { default: PagefindHighlight } = await import('../pagefind/pagefind-highlight.js');
  // addStyles would inject an inline <style>, which the site's CSP refuses; <mark> has the
  // browser's highlight colours and the site styles .pagefind-highlight where it wants more.
  new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
  // Bring the first match into view, as a reader who clicked a result expects.
  document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}
