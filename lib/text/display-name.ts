/**
 * Names people see: display names and @usernames. Two tricks to refuse or neutralise:
 * bidirectional controls (U+202E "right-to-left override" makes "moc.elgoog" read as
 * "google.com") and other invisible characters, and look-alike @usernames ("a1ice" or
 * "ALICE" beside "alice"). Pure functions, used by the sandbox's schemas and store and by
 * sign-in (names that come from Twitter).
 */

/**
 * Bidirectional controls, invisible format characters, control characters and line
 * separators. U+200D (zero-width joiner) is left alone: emoji sequences need it.
 */
const INVISIBLE = /(?!\u200D)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** True when `text` holds a bidirectional control or another invisible character. */
export function hasInvisibleOrBidi(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** A display name from elsewhere (Twitter), made safe to show: NFKC, no invisible or bidi characters, single spaces. */
export function neutraliseDisplayName(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * The skeleton of a @username: what it looks like, so look-alikes share one. NFKC, lower
 * case, and the ASCII shapes that pass for each other in most fonts folded together
 * (0/o, 1/l/i/I, rn/m, vv/w, 5/s). Usernames are letters, digits and underscores.
 */
export function usernameSkeleton(username: string): string {
  return username
    .normalize("NFKC")
    .toLowerCase()
    .replace(/rn/g, "m")
    .replace(/vv/g, "w")
    .replace(/0/g, "o")
    .replace(/[1il|]/g, "l")
    .replace(/5/g, "s");
}
