// Texts packed for a worker come back as they went, each with the digest the string itself would
// have, once the pack has gone through a message port: whether a text was packed from its string
// (extracted in this build) or from its bytes in shared memory (read from the ingest cache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { packTexts, unpackTexts, type PackedTexts } from '../src/worker/packed-texts.ts';
import { BodyText } from '../src/record/body-text.ts';

const cases: { name: string; texts: string[] }[] = [
  { name: 'plain texts', texts: ['Talks resumed.', 'A second, longer text about the same talks.'] },
  { name: 'empty texts among others, first and last included', texts: ['', 'between', '', '', 'after', ''] },
  { name: 'letters beyond ASCII, in two and three bytes', texts: ['Душанбе, Тегеран', 'Ürümqi ‘quoted’ — dashed', '北京 东京'] },
  { name: 'characters outside the basic plane (surrogate pairs)', texts: ['flag 🇹🇯 and 𝐀𝐁', '👍🏽'] },
  { name: 'no texts at all', texts: [] },
];

/** The pack as the worker gets it: through a message port, its memory shared rather than copied. */
function sent(pack: PackedTexts): PackedTexts {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(pack);
  const received = receiveMessageOnPort(port2)!.message as PackedTexts;
  port1.close();
  return received;
}

for (const c of cases) {
  test(`packed texts: ${c.name} are read back whole, each with its string's digest`, () => {
    // Every other text as the bytes the ingest cache holds (in shared memory, a byte apart, so a
    // text's start is never the memory's), the others as strings.
    const cached = new SharedArrayBuffer(c.texts.reduce((sum, t) => sum + 1 + Buffer.byteLength(t), 0));
    let end = 0;
    const bodies = c.texts.map((t, i) => {
      if (i % 2 === 0) return BodyText.of(t);
      const start = end + 1;
      end = start + Buffer.from(cached).write(t, start);
      return BodyText.ofBytes(new Uint8Array(cached, start, end - start));
    });
    const pack = sent(packTexts(bodies));
    const texts = unpackTexts(pack);
    assert.deepEqual(texts.map((t) => t.text), c.texts);
    const digests = c.texts.map((t) => createHash('sha1').update(t).digest('base64'));
    assert.deepEqual(pack.digests, digests);
    assert.deepEqual(texts.map((t) => t.digest), digests);
  });
}

test('packed texts read from shared memory are sent as that memory, not copied', () => {
  const cached = new SharedArrayBuffer(64);
  const length = Buffer.from(cached).write('Talks resumed in Dushanbe.', 8);
  const pack = packTexts([BodyText.ofBytes(new Uint8Array(cached, 8, length)), BodyText.of('A text made in this build.')]);
  assert.ok(pack.memory.includes(cached), 'the cached bytes are in the memory sent');
  const received = sent(pack);
  // A change through the receiver's memory is seen by the sender's: one memory, not a copy.
  new Uint8Array(received.memory[pack.memory.indexOf(cached)]!)[8] = 'W'.charCodeAt(0);
  assert.equal(Buffer.from(cached).toString('utf8', 8, 8 + length), 'Walks resumed in Dushanbe.');
  assert.deepEqual(unpackTexts(received).map((t) => t.text), ['Walks resumed in Dushanbe.', 'A text made in this build.']);
});
