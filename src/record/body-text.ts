// An article's body as the build carries it: the text, its UTF-8 bytes, or both, with the
// digest that stands for it. Most of a rebuild's bodies are only compared, never read: at 10,000
// articles the ingest cache holds 51 MB of them. Held as strings they took 111 MB of the main
// thread's heap (two bytes a character for most, for one curly quote), were hashed again by each
// stage that compares them, and were written into a buffer for the render's worker (0.4 s). A body
// read from the cache stays the bytes it was stored as, in memory the worker shares; its text is
// decoded only when a page, a record or an export that is made again reads it.
import { createHash } from 'node:crypto';

export class BodyText {
  #text: string | undefined;
  #bytes: Uint8Array | undefined;
  #digest: string | undefined;

  private constructor(text: string | undefined, bytes: Uint8Array | undefined, digest: string | undefined) {
    this.#text = text;
    this.#bytes = bytes;
    this.#digest = digest;
  }

  static of(text: string): BodyText {
    return new BodyText(text, undefined, undefined);
  }

  /** `digest`, when given, must be `digestOf` these bytes: the caller has made or checked it. */
  static ofBytes(bytes: Uint8Array, digest?: string): BodyText {
    return new BodyText(undefined, bytes, digest);
  }

  /** Decoded each time from bytes, so a body read once (for its page) is not kept as a string too. */
  get text(): string {
    return this.#text ?? Buffer.from(this.#bytes!.buffer, this.#bytes!.byteOffset, this.#bytes!.byteLength).toString('utf8');
  }

  get byteLength(): number {
    return this.#bytes ? this.#bytes.byteLength : Buffer.byteLength(this.#text!);
  }

  /** SHA-1, base64, of the UTF-8 bytes: the same from the text or from its bytes. */
  get digest(): string {
    return (this.#digest ??= digestOf(this.#bytes ?? this.#text!));
  }

  /** The bytes, when they are in memory that threads share (the ingest cache reads into such). */
  get sharedBytes(): Uint8Array | undefined {
    return this.#bytes?.buffer instanceof SharedArrayBuffer ? this.#bytes : undefined;
  }

  /** Writes the UTF-8 bytes into `target` at `offset` (which has room for byteLength); returns how many. */
  writeInto(target: Buffer, offset: number): number {
    if (!this.#bytes) return target.write(this.#text!, offset);
    target.set(this.#bytes, offset);
    return this.#bytes.byteLength;
  }
}

/**
 * A string is hashed as its UTF-8 bytes (a lone surrogate as U+FFFD, as every file the build
 * writes holds it), so a body's digest does not depend on which form it was made from.
 */
export function digestOf(body: string | Uint8Array): string {
  return createHash('sha1').update(body).digest('base64');
}
