// The /search/ page: mounts Pagefind's Default UI (loaded just before this file from
// /pagefind/pagefind-ui.js) and connects it to the address bar, so the header form's ?q=
// runs a search and every search can be bookmarked, shared and returned to with Back.
// A separate file, never inline: the site's Content-Security-Policy allows only scripts
// served from the site itself.
(function () {
  'use strict';

  var SHARDED_API = '/assets/pagefind-shards/';
  var mount = document.getElementById('search');
  if (!mount) return;
  if (typeof window.PagefindUI !== 'function') {
    // The index is written by the build's last stage; without it say so, instead of a dead page.
    showProblem(mount, 'Search is not available: the search index was not found. Rebuild the site with npm run build.');
    return;
  }

  var params = new URLSearchParams(window.location.search);
  var initial = (params.get('q') || '').trim();

  var ui = new window.PagefindUI({
    element: mount,
    // The UI imports pagefind.js from here: the archive's own, which searches every shard of a
    // large archive's index (assets/pagefind-shards/pagefind.js).
    bundlePath: SHARDED_API,
    showSubResults: false,
    showImages: false,
    excerptLength: 30,
    pageSize: 10,
    // Newest first. Every article page carries a date sort key, undated ones 0000-00-00, so
    // undated articles are listed too, after all the dated ones.
    sort: { date: 'desc' },
    // Result links get ?highlight=<words>; search-highlight.js marks those words on the article.
    highlightParam: 'highlight',
    openFilters: ['country', 'topic'],
    translations: {
      placeholder: 'Search articles',
      // Names this search landmark; the header's form is hidden on this page (search.css).
      search_label: 'Search articles',
      zero_results: 'No articles found for [SEARCH_TERM]',
    },
    processTerm: function (term) {
      rememberTerm(term);
      return term;
    },
  });

  labelSearchBox(mount);
  announceResults(mount, document.getElementById('search-status'));

  if (initial) {
    // A search started while Pagefind is still loading its filter index can show the whole
    // archive's filter counts instead of this search's. Loading the filters first (the UI shares
    // this module instance) makes the first results count right.
    import(SHARDED_API + 'pagefind.js')
      .then(function (pagefind) { return pagefind.filters(); })
      .catch(function () { /* the UI reports a missing index itself */ })
      .then(function () { ui.triggerSearch(initial); });
  }

  // Pagefind names its box only with title and placeholder, which vanish as the reader types;
  // a visible <label> is what WCAG 3.3.2 (and axe's label-title-only) asks for. It is made here,
  // not in the page, so the page never points at a box that exists only with JavaScript.
  function labelSearchBox(where) {
    var input = where.querySelector('.pagefind-ui__search-input');
    if (!input) return;
    input.id = input.id || 'search-input';
    var label = document.createElement('label');
    label.className = 'search-label';
    label.htmlFor = input.id;
    label.textContent = 'Words to search for';
    where.insertBefore(label, where.firstChild);
  }

  // Pagefind's result count is a plain paragraph that screen readers do not announce. Copy its
  // final wording ("3 results for cotton", not "Searching for ...") into the page's live region.
  function announceResults(where, status) {
    if (!status || typeof MutationObserver !== 'function') return;
    new MutationObserver(function () {
      var message = where.querySelector('.pagefind-ui__message');
      var text = message ? message.textContent.trim() : '';
      if (!text || /^searching/i.test(text) || status.textContent === text) return;
      status.textContent = text;
    }).observe(where, { childList: true, subtree: true, characterData: true });
  }

  // replaceState, not pushState: each keystroke is not a page the reader wants in their history.
  function rememberTerm(term) {
    var url = new URL(window.location.href);
    var trimmed = (term || '').trim();
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  }

  function showProblem(where, message) {
    var p = document.createElement('p');
    p.className = 'search-problem';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    where.appendChild(p);
  }
})();
