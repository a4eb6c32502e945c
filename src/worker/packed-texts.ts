// Many strings sent to a worker thread as one buffer of bytes, moved rather than copied.
// postMessage copies a string twice, serialised on one side and made again on the other: 10,000
// records sent to the render's worker took 1.3-1.4 s with their bodies (50 million characters)
// and 0.1-0.3 s without, on the path every build waits for, while the worker reads only the
// bodies of the pages it renders. Packed, the bytes move at no cost, each text is decoded when
// asked for, and its digest (made from the same bytes) stands for it until then.
import { createHash } from 'node:crypto';

export interface PackedTexts {
  /** The texts' UTF-8 bytes, one after another. Listed as transferable: it moves to the receiver. */
  bytes: ArrayBuffer;
  /** Where each text's bytes end. */
  ends: number[];
  /** Each text's SHA-1, base64: what `createHash('sha1').update(text)` makes of the string. */
  digests: string[];
}

export function packTexts(texts: readonly string[]): PackedTexts {
  // One buffer of the right size, written in place (not one per text, then joined): every page
  // of memory first touched costs a fault, about 9 µs on the project's machine.
  const bytes = Buffer.allocUnsafeSlow(texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0));
  const ends: number[] = [];
  const digests: string[] = [];
  let at = 0;
  for (const text of texts) {
    const start = at;
    at += bytes.write(text, at);
    ends.push(at);
    digests.push(createHash('sha1').update(bytes.subarray(start, at)).digest('base64'));
  }
  return { bytes: bytes.buffer as ArrayBuffer, ends, digests };
}

/** The texts of a pack, each decoded from its bytes when read. */
export function unpackTexts({ bytes, ends }: PackedTexts): (i: number) => string {
  const buffer = Buffer.from(bytes);
  return (i) => buffer.toString('utf8', i === 0 ? 0 : ends[i - 1], ends[i]);
}
