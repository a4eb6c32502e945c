// The body as plain text (src/site/filters/articles-text.ts), table-driven.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from '../src/site/filters/articles-text.ts';

for (const [name, html, text] of [
  ['paragraphs are kept apart by a blank line', '<p>One.</p>\n<p>Two.</p>\n', 'One.\n\nTwo.'],
  ['a sub-heading stands as its own paragraph', '<h2>Background</h2><p>Text.</p>', 'Background\n\nText.'],
  ['escapes are undone, so markup in the text reads as written', '<p>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;</p>', 'a <b> & "c" \'d\''],
  ['list items are lines of their own', '<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
] as const) {
  test(`text: ${name}`, () => {
    assert.equal(htmlToText(html), text);
  });
}
