import { AppError } from "@/lib/guard/errors";

/**
 * Reads a request body, refusing it as soon as it passes `maxBytes`: a declared
 * Content-Length over the limit is refused before reading, and a chunked body is read
 * piece by piece and abandoned (the stream cancelled) the moment it grows too large, so
 * memory never holds more than the limit.
 */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new AppError("TOO_LARGE", `The request body is larger than the limit of ${formatBytes(maxBytes)}.`);
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, within `maxBytes`; BAD_INPUT when it is not valid UTF-8. */
export async function readTextWithLimit(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyWithLimit(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_INPUT", "The request body is not valid UTF-8 text.");
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}

/**
 * The body as JSON, within `maxBytes`: UNSUPPORTED_MEDIA_TYPE when it is declared as
 * something else, BAD_INPUT when it is empty or not JSON. `JSON.parse` makes a key such as
 * "__proto__" an own property (never the prototype); pass the result to `parseInput`, which
 * reports such keys as fields like any other (400), and never merge it with `Object.assign`.
 */
export async function readJsonWithLimit(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type");
  if (type !== null && !/^application\/(.+\+)?json\b/i.test(type.trim())) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const text = await readTextWithLimit(request, maxBytes);
  if (text.trim() === "") throw new AppError("BAD_INPUT", 'The request body is empty: send JSON like {"text": "…"}.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_INPUT", 'The request body is not valid JSON: send JSON like {"text": "…"}.');
  }
}
