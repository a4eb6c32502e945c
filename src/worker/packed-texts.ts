// Many texts sent to a worker thread as bytes in shared memory, neither copied nor moved.
// postMessage copies a string twice, serialised on one side and made again on the other: 10,000
// records sent to the render's worker took 1.3-1.4 s with their bodies (50 million characters)
// and 0.1-0.3 s without, on the path every build waits for, while the worker reads only the
// bodies of the pages it renders. Packed, the bytes are shared at no cost (a body read from the
// ingest cache is not even copied), each text is decoded when asked for, and its digest stands for
// it until then.
import { BodyText } from '../record/body-text.ts';

export interface PackedTexts {
  /**
   * Memory the texts' bytes are in, shared with the receiver rather than copied or moved: the
   * buffers the ingest cache read bodies into, and one for the texts made in this build.
   */
  memory: SharedArrayBuffer[];
  /** Each text's memory (its index), start and end, three numbers a text. */
  spans: number[];
  /** Each text's digest (body-text.ts). */
  digests: string[];
}

export function packTexts(texts: readonly BodyText[]): PackedTexts {
  const memory: SharedArrayBuffer[] = [];
  const index = new Map<SharedArrayBuffer, number>();
  const where = (buffer: SharedArrayBuffer) => {
    let i = index.get(buffer);
    if (i === undefined) index.set(buffer, (i = memory.push(buffer) - 1));
    return i;
  };
  // Texts not yet in shared memory go into one buffer of the right size, written in place (not
  // one per text, then joined): every page of memory first touched costs a fault, about 9 µs on
  // the project's machine.
  const unshared = texts.filter((text) => !text.sharedBytes);
  const own = new SharedArrayBuffer(unshared.reduce((sum, text) => sum + text.byteLength, 0));
  const ownBytes = Buffer.from(own);
  let at = 0;
  const spans: number[] = [];
  for (const text of texts) {
    const shared = text.sharedBytes;
    if (shared) spans.push(where(shared.buffer as SharedArrayBuffer), shared.byteOffset, shared.byteOffset + shared.byteLength);
    else {
      const start = at;
      at += text.writeInto(ownBytes, at);
      spans.push(where(own), start, at);
    }
  }
  return { memory, spans, digests: texts.map((text) => text.digest) };
}

/** The texts of a pack, each decoded from its bytes when read. */
export function unpackTexts({ memory, spans, digests }: PackedTexts): BodyText[] {
  return digests.map((digest, i) => {
    const [buffer, start, end] = spans.slice(3 * i, 3 * i + 3) as [number, number, number];
    return BodyText.ofBytes(new Uint8Array(memory[buffer]!, start, end - start), digest);
  });
}
