/**
 * Generated avatars for sandbox accounts: initials on a colour picked from the user id.
 * Pure functions (no Node APIs) shared by the SVG route and the consent screen.
 */
/** Background colours dark enough for white initials (contrast ≥ 4.5:1). */
const PALETTE = ["#0f766e", "#1d4ed8", "#7c3aed", "#be185d", "#b45309", "#15803d", "#4338ca", "#b91c1c", "#0e7490", "#6d28d9"] as const;

/** A stable colour for an id. */
export function avatarColor(id: string): string {
  // FNV-1a: tiny, stable, and the same in the browser and on the server.
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0];
}

/** Up to two initials from a display name (first letters of its first and last words). */
export function initialsOf(name: string, fallback = "?"): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined]
    .map((word) => (word ? Array.from(word)[0] : undefined))
    .filter((c): c is string => Boolean(c));
  return letters.join("").toLocaleUpperCase("en") || fallback;
}

/** Escapes text for use in XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

/** A 128×128 SVG avatar: initials on a colour from the id, with the name as its title. */
export function avatarSvg({ id, name, username }: { id: string; name: string; username: string }): string {
  const initials = escapeXml(initialsOf(name, username.slice(0, 1).toUpperCase() || "?"));
  const title = escapeXml(`${name} (@${username})`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="128" height="128" rx="64" fill="${avatarColor(id)}"/>`,
    `<text x="64" y="64" dy="0.35em" text-anchor="middle" font-family="Inter, ui-sans-serif, system-ui, sans-serif" font-size="52" font-weight="600" fill="#ffffff">${initials}</text>`,
    `</svg>`,
  ].join("");
}
