/**
 * decodeURIComponent that never throws: malformed percent-encoding (`/users/%zz`) is kept as written, so the
 * handler that reads it answers Graph's 400 for a bad value instead of the request failing with a URIError.
 */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether `text` is well-formed percent-encoding (every `%` starts a valid UTF-8 escape). */
export function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
