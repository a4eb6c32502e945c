// The /search/ page: the form, the filters and the results, over search-index.js. Everything
// the reader chose (words, order, filters) is kept in the address, so Back, reload and a shared
// link bring the same search back. Article data (titles, excerpts, filter values) only ever
// reaches the page as text: nothing here writes HTML.
import { search, queryWords, FILTERS } from './search-index.js';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;
const LABELS = { country: 'Country', topic: 'Topic', source: 'Source', year: 'Year' };
const ORDERS = ['newest', 'relevance'];

const form = document.getElementById('search-box');
const input = document.getElementById('search-input');
const orderBox = document.getElementById('search-order');
const status = document.getElementById('search-status');
const filtersBox = document.getElementById('search-filters');
const filterGroups = document.getElementById('search-filter-groups');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');

// Filters start open where there is room beside the results, folded on a phone.
const wide = window.matchMedia('(min-width: 50rem)');
filtersBox.open = wide.matches;

let state = readAddress();
let current = null;
let shown = 0;
let run = 0;

showState(state);
input.focus();
if (hasSearch(state)) find();

input.addEventListener('input', debounce(() => change({ q: input.value }, 'replace'), TYPING_PAUSE_MS));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  change({ q: input.value }, 'push');
});
orderBox.addEventListener('change', () => change({ order: orderBox.value }, 'push'));
filterGroups.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement)) return;
  const values = new Set(state.filters[box.name] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  change({ filters: { ...state.filters, [box.name]: [...values] } }, 'push');
});
more.addEventListener('click', () => showMore(run));
window.addEventListener('popstate', () => {
  state = readAddress();
  showState(state);
  find();
});

/** What the address asks for: ?q=words&order=relevance&country=Chile&year=2024 */
function readAddress() {
  const params = new URLSearchParams(window.location.search);
  const order = params.get('order');
  return {
    q: (params.get('q') ?? '').trim(),
    order: ORDERS.includes(order) ? order : 'newest',
    filters: Object.fromEntries(FILTERS.map((name) => [name, params.getAll(name)]).filter(([, values]) => values.length)),
  };
}

function writeAddress(next, how) {
  const url = new URL(window.location.href);
  url.search = '';
  if (next.q) url.searchParams.set('q', next.q);
  if (next.order !== 'newest') url.searchParams.set('order', next.order);
  for (const name of FILTERS) for (const value of next.filters[name] ?? []) url.searchParams.append(name, value);
  if (url.href === window.location.href) return;
  // Typing replaces the entry (each keystroke is not a page to go back to); a submitted
  // search, an order or a filter is a new entry.
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

function change(update, how) {
  const next = { ...state, ...update };
  next.q = next.q.trim();
  if (next.q !== state.q || update.filters || update.order) {
    state = next;
    writeAddress(state, how);
    find();
  } else if (how === 'push') {
    writeAddress(state, how);
  }
}

function showState(s) {
  if (input.value.trim() !== s.q) input.value = s.q;
  orderBox.value = s.order;
}

function hasSearch(s) {
  return Boolean(s.q) || Object.values(s.filters).some((values) => values.length);
}

async function find() {
  const mine = ++run;
  const asked = state;
  if (!hasSearch(asked)) {
    clear('');
    return;
  }
  say(`Searching for ${describe(asked)}…`);
  const answer = search(asked.q, { filters: asked.filters, order: asked.order });
  current = { answer, total: null };
  shown = 0;
  try {
    const missing = await answer.missing();
    if (mine !== run) return;
    list.replaceChildren();
    if (missing.length) {
      clear(`No articles contain ${missing.map(quoted).join(', ')}.`);
      return;
    }
    // The newest results can show before the older shards have been searched; the count and
    // the filters wait for all of them.
    await showMore(mine);
    const { total, filters } = await answer.summary();
    if (mine !== run) return;
    current.total = total;
    more.hidden = shown >= total;
    say(total ? `${total} ${total === 1 ? 'article' : 'articles'} for ${describe(asked)}` : `No articles found for ${describe(asked)}.`);
    showFilters(filters, asked.filters);
    // The first answer counts only the filters the search used; the counts of all of them
    // need every filter's values, which take longer to fetch.
    const counts = await answer.filterCounts();
    if (mine === run) showFilters(counts, asked.filters);
  } catch (error) {
    if (mine === run) clear('Search is not available: the search index was not found. Rebuild the site with npm run build.');
    console.error(error);
  }
}

async function showMore(mine) {
  const asked = current;
  // A second click while a page is still arriving would ask for the same results again.
  if (!asked || asked.adding) return;
  asked.adding = true;
  try {
    // Results come a shard at a time, newest first; each batch's fragments are asked for
    // together, and each result is shown as soon as it and those above it have arrived.
    for await (const batch of asked.answer.results(shown, shown + PAGE_SIZE)) {
      if (!batch.length) continue;
      const item = async (result) => resultItem(await result.data());
      // The first is usually in hand (the search read it to see that its words were found), and
      // each fetch costs the page a few ms to start: the others are asked for a moment later,
      // so that the first shows at once.
      const items = [item(batch[0])];
      const others = new Promise((resolve) => setTimeout(resolve)).then(() => items.push(...batch.slice(1).map(item)));
      for (let i = 0; i < batch.length; i++) {
        if (i === 1) await others;
        const shownItem = await items[i];
        if (mine !== run) return;
        list.append(shownItem);
        shown++;
      }
    }
  } finally {
    asked.adding = false;
  }
  more.hidden = asked.total === null || shown >= asked.total;
}

function resultItem(data) {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  const target = new URL(data.url, window.location.href);
  for (const word of queryWords(state.q)) target.searchParams.append('highlight', word);
  link.href = target.pathname + target.search;
  link.textContent = data.meta?.title ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result-facts';
  facts.textContent = [data.meta?.shown, data.meta?.source].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(data.excerpt ?? ''));
  item.append(heading, facts, excerpt);
  return item;
}

/**
 * Pagefind's excerpt is the article's text, entity-escaped, with <mark> around matched words.
 * Only those marks become elements; every other piece is decoded into a text node in an inert
 * document, so markup written in an article shows as the characters it is.
 */
function excerptNodes(excerpt) {
  const decoder = document.implementation.createHTMLDocument('');
  return excerpt.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((piece) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(piece);
    decoder.body.innerHTML = marked ? marked[1] : piece;
    const text = document.createTextNode(decoder.body.textContent ?? '');
    if (!marked) return text;
    const mark = document.createElement('mark');
    mark.append(text);
    return mark;
  });
}

/** One group per filter: values with results in this search (and any chosen), with counts. */
function showFilters(counts, chosen) {
  const groups = [];
  for (const name of FILTERS) {
    const values = Object.entries(counts?.[name] ?? {}).filter(([value, count]) => count > 0 || chosen[name]?.includes(value));
    if (!values.length) continue;
    values.sort(name === 'year' ? ([a], [b]) => yearRank(b) - yearRank(a) || b.localeCompare(a) : ([a, x], [b, y]) => y - x || a.localeCompare(b));
    const group = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = LABELS[name];
    const options = document.createElement('ul');
    for (const [value, count] of values) {
      const option = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = Boolean(chosen[name]?.includes(value));
      label.append(box, ` ${value} (${count})`);
      option.append(label);
      options.append(option);
    }
    group.append(legend, options);
    groups.push(group);
  }
  // Keep focus on the box the reader just used when the groups are drawn again.
  const focused = document.activeElement instanceof HTMLInputElement && filterGroups.contains(document.activeElement)
    ? [document.activeElement.name, document.activeElement.value] : null;
  filterGroups.replaceChildren(...groups);
  filtersBox.hidden = groups.length === 0;
  if (focused) filterGroups.querySelector(`input[name="${CSS.escape(focused[0])}"][value="${CSS.escape(focused[1])}"]`)?.focus();
}

/** Years newest first, then "Undated". */
function yearRank(value) {
  return /^\d{4}$/.test(value) ? Number(value) : -1;
}

function clear(message) {
  current = null;
  list.replaceChildren();
  more.hidden = true;
  filtersBox.hidden = true;
  say(message);
}

function say(message) {
  status.textContent = message;
}

function describe(s) {
  const chosen = Object.values(s.filters).flat();
  return [s.q ? quoted(s.q) : '', chosen.length ? `in ${chosen.join(', ')}` : ''].filter(Boolean).join(' ');
}

function quoted(text) {
  return `‘${text}’`;
}

function debounce(work, ms) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(work, ms);
  };
}
