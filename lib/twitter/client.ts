import "server-only";
import http from "node:http";
import { TwitterApi, type IClientSettings, type ITwitterApiClientPlugin, type TwitterApiOAuth2Init, type TwitterApiTokens } from "twitter-api-v2";

/**
 * twitter-api-v2 pointed at any Twitter-shaped API base — the sandbox, or the real
 * `https://api.x.com`. The library hard-codes its hosts (and `cloneWithPrefix()` is broken),
 * so a plugin rewrites each request's URL before it is signed: OAuth 1.0a signatures then
 * cover the URL actually requested, as they do against Twitter.
 */

/**
 * Credentials as twitter-api-v2 takes them: a Bearer Token or OAuth 2.0 user access token
 * (string), OAuth 1.0a keys (`appKey`, `appSecret`, `accessToken`, `accessSecret`), or an
 * OAuth 2.0 client (`clientId`, `clientSecret`) for the login flow.
 */
export type TwitterCredentials = string | TwitterApiTokens | TwitterApiOAuth2Init;

function newClient(credentials: TwitterCredentials, settings?: Partial<IClientSettings>): TwitterApi {
  // The constructor is overloaded per credential kind, so narrow before calling it.
  if (typeof credentials === "string") return new TwitterApi(credentials, settings);
  if ("appKey" in credentials) return new TwitterApi(credentials, settings);
  return new TwitterApi(credentials, settings);
}

/** Hosts twitter-api-v2 sends requests to, all served by one API base here. */
const TWITTER_HOSTS = new Set(["api.x.com", "api.twitter.com", "upload.x.com", "upload.twitter.com"]);

/** Rewrites a Twitter API URL onto `apiUrl`, keeping path and query; other URLs are left alone. */
export function rewriteTwitterUrl(url: string, apiUrl: string): string {
  const target = new URL(url.startsWith("http") ? url : `https://${url}`);
  if (!TWITTER_HOSTS.has(target.hostname)) return url;
  const base = new URL(apiUrl);
  const prefix = base.pathname.replace(/\/+$/, "");
  return `${base.origin}${prefix}${target.pathname}${target.search}`;
}

/** A plugin that sends every request to `apiUrl` instead of Twitter's hosts. */
export function apiBasePlugin(apiUrl: string): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      const original = new URL(params.url.startsWith("http") ? params.url : `https://${params.url}`);
      // The library picks the body encoding from the path; keep the choice it makes for Twitter.
      if (params.forceBodyMode === undefined && (original.pathname.startsWith("/2/") || original.pathname.startsWith("/labs/2/"))) {
        params.forceBodyMode = "json";
      }
      params.url = rewriteTwitterUrl(params.url, apiUrl);
    },
    onBeforeStreamRequestConfig({ params }) {
      params.url = rewriteTwitterUrl(params.url, apiUrl);
    },
  };
}

/**
 * A twitter-api-v2 client whose requests go to `apiUrl` (e.g. the sandbox's
 * `sandboxEndpoints(origin).apiUrl`). Against `https://api.x.com` it is a plain client.
 */
export function twitterClientFor(apiUrl: string, credentials: TwitterCredentials): TwitterApi {
  const base = new URL(apiUrl);
  if (base.hostname === "api.x.com" && base.pathname.replace(/\/+$/, "") === "") return newClient(credentials);
  return newClient(credentials, {
    plugins: [apiBasePlugin(apiUrl)],
    // The library always calls https.request; an http.Agent makes it speak plain HTTP.
    ...(base.protocol === "http:" ? { httpAgent: new http.Agent() } : {}),
  });
}
