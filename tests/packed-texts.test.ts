// Texts packed into one buffer for a worker come back as they went, each with the digest the
// string itself would have, after the buffer has moved to another thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { packTexts, unpackTexts, type PackedTexts } from '../src/worker/packed-texts.ts';

const cases: { name: string; texts: string[] }[] = [
  { name: 'plain texts', texts: ['Talks resumed.', 'A second, longer text about the same talks.'] },
  { name: 'empty texts among others, first and last included', texts: ['', 'between', '', '', 'after', ''] },
  { name: 'letters beyond ASCII, in two and three bytes', texts: ['Душанбе, Тегеран', 'Ürümqi ‘quoted’ — dashed', '北京 东京'] },
  { name: 'characters outside the basic plane (surrogate pairs)', texts: ['flag 🇹🇯 and 𝐀𝐁', '👍🏽'] },
  { name: 'no texts at all', texts: [] },
];

/** The pack as the worker gets it: its buffer moved through a message port, not copied. */
function sent(pack: PackedTexts): PackedTexts {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(pack, [pack.bytes]);
  const received = receiveMessageOnPort(port2)!.message as PackedTexts;
  port1.close();
  assert.equal(pack.bytes.byteLength, 0, 'the sender no longer holds the bytes');
  return received;
}

for (const c of cases) {
  test(`packed texts: ${c.name} are read back whole, each with its string's digest`, () => {
    const pack = sent(packTexts(c.texts));
    const text = unpackTexts(pack);
    assert.deepEqual(c.texts.map((_, i) => text(i)), c.texts);
    assert.deepEqual(pack.digests, c.texts.map((t) => createHash('sha1').update(t).digest('base64')));
  });
}
