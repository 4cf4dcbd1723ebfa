/**
 * Turns an untrusted `callbackUrl` into a path on this origin. Anything that could leave
 * the origin — absolute URLs to other hosts, protocol-relative `//evil`, backslash tricks
 * (`/\evil`), encoded forms, control characters — falls back to `fallback`.
 */
export function safeCallbackPath(candidate: unknown, origin: string, fallback = "/"): string {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 2048) return fallback;
  // Browsers strip tabs/newlines and treat "\" as "/" in URLs: refuse anything that relies on it.
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with "//" would be protocol-relative when used as a Location.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  // Something downstream may decode once more: that must not make it protocol-relative.
  if (/^\/(\/|\\)/.test(decodeOnce(path))) return fallback;
  return path;
}

function decodeOnce(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
