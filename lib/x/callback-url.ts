import type { XSourceId } from "./sources";

/**
 * X's rules for an App's callback URLs (redirect URIs), written once: the sandbox's portal
 * form and its authorize endpoint enforce them, and the guide steps that show this
 * deployment's callback URL use them to warn when X would refuse it. Pure and bounded: a
 * URL is parsed once, and nothing here grows faster than its length.
 *
 * Source: X's Apps page (`developerApps`), section "Callback URLs", checked 2026-12-07.
 */

/** Callback URLs one App may register (X's Apps page). */
export const MAX_CALLBACK_URLS = 10;
/** The longest callback URL Perch accepts (X names no limit; browsers and proxies cap URLs near this). */
export const MAX_CALLBACK_URL_LENGTH = 2048;

/** The schemes X's Apps page lists as never allowed in a callback URL. */
export const REFUSED_SCHEMES = [
  "vbscript",
  "javascript",
  "vbs",
  "data",
  "mocha",
  "keyword",
  "livescript",
  "ftp",
  "file",
  "gopher",
  "acrobat",
  "callto",
  "daap",
  "itpc",
  "itms",
  "firefoxurl",
  "hcp",
  "ldap",
  "mailto",
  "mmst",
  "mmsu",
  "msbd",
  "rtsp",
  "mso-offdap",
  "snews",
  "news",
  "nntp",
  "outlook",
  "stssync",
  "rlogin",
  "telnet",
  "tn3270",
  "shell",
  "sip",
] as const;

const REFUSED = new Set<string>(REFUSED_SCHEMES);

export type CallbackFindingCode = "not-a-url" | "too-long" | "refused-scheme" | "custom-scheme" | "localhost" | "plain-http";

/** One thing X's rules say about a callback URL: `refused` means X will not accept it; `warning` means it may work but X advises against it. */
export type CallbackFinding = { level: "refused" | "warning"; code: CallbackFindingCode; message: string; source: XSourceId };

/** The verdict on one URL: the worst of its findings ("ok" when there are none). */
export type CallbackVerdict = { level: "ok" | "warning" | "refused"; findings: CallbackFinding[] };

/** What X accepts for a local development copy, in one sentence (for guide steps and the sandbox portal). */
export const LOCAL_DEVELOPMENT_ADVICE =
  "For a copy running on your own machine, X's Apps page asks for http://127.0.0.1 with the port and path your app uses (not localhost); everywhere else, use https://. Each URL must match what your app sends exactly, trailing slash included, and an App can list at most 10.";

function isLoopbackIp(hostname: string): boolean {
  return hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Checks one callback URL against X's rules. Never throws. `refused` findings: not an
 * absolute URL, longer than Perch accepts, or a scheme X lists as disallowed. Warnings: a
 * scheme other than http(s) that X's list does not name (X also refuses "other non-standard
 * schemes", so it may be refused), `localhost` (X asks for 127.0.0.1), and plain http on
 * a host other than this machine (X asks for https in production).
 */
export function checkCallbackUrl(value: string): CallbackVerdict {
  const findings: CallbackFinding[] = [];
  if (value.length > MAX_CALLBACK_URL_LENGTH) {
    return { level: "refused", findings: [{ level: "refused", code: "too-long", message: `A callback URL can be at most ${MAX_CALLBACK_URL_LENGTH} characters.`, source: "developerApps" }] };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { level: "refused", findings: [{ level: "refused", code: "not-a-url", message: "A callback URL must be a complete address, such as https://example.com/auth/callback.", source: "developerApps" }] };
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (REFUSED.has(scheme)) {
    findings.push({ level: "refused", code: "refused-scheme", message: `X does not allow ${scheme}: callback URLs (it is on the Apps page's list of disallowed protocols).`, source: "developerApps" });
  } else if (scheme !== "http" && scheme !== "https") {
    findings.push({
      level: "warning",
      code: "custom-scheme",
      message: `${scheme}: is not a web address. X refuses non-standard schemes besides the ones it lists, so a native app's own scheme may be refused; a web callback (https://, or http://127.0.0.1 locally) always works.`,
      source: "developerApps",
    });
  } else {
    const host = url.hostname.toLowerCase();
    if (host === "localhost" || host.endsWith(".localhost")) {
      findings.push({ level: "warning", code: "localhost", message: `X's Apps page asks for http://127.0.0.1 instead of localhost for local development: register ${loopbackAlternative(url.toString()) ?? "the 127.0.0.1 address"} and open the app there.`, source: "developerApps" });
    } else if (scheme === "http" && !isLoopbackIp(host)) {
      findings.push({ level: "warning", code: "plain-http", message: "X asks for https:// callback URLs in production; plain http:// is for a copy on your own machine (http://127.0.0.1).", source: "developerApps" });
    }
  }
  const level = findings.some((f) => f.level === "refused") ? "refused" : findings.length > 0 ? "warning" : "ok";
  return { level, findings };
}

/** The same URL on 127.0.0.1 when it names localhost (what X asks for locally); null otherwise. */
export function loopbackAlternative(value: string): string | null {
  try {
    const url = new URL(value);
    const host = url.hostname.toLowerCase();
    if (host !== "localhost" && !host.endsWith(".localhost")) return null;
    url.hostname = "127.0.0.1";
    return url.toString();
  } catch {
    return null;
  }
}
