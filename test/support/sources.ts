/** An async source that yields the given parts one at a time, as a file or network stream does. */
export async function* sourceOf<T extends string | Uint8Array>(...parts: T[]): AsyncGenerator<T> {
  yield* parts;
}

/** The bytes given, as one chunk. */
export const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

/** A text's UTF-8 bytes, as one chunk. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
