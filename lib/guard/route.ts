import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Role } from "@/lib/auth/permissions";
import { reauthPath } from "@/lib/auth/reauth";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { isSandbox } from "@/lib/env";
import { originFromHeaders } from "@/lib/origin";
import { findMembershipRole } from "@/lib/teams/membership";
import { authenticateServiceToken, type ServiceTokenPrincipal } from "@/lib/tokens/service-tokens";
import { ACCESS, type AccessEntry, type AccessId } from "./access";
import { enforceRate, enforceRecentSignIn, logUnexpected, unavailableError } from "./core";
import { clientInfo, isCrossSite, type ClientInfo } from "./client";
import { AppError, ERROR_CODES, isAppError } from "./errors";
import { markGuarded } from "./marker";

/**
 * The one way to write a route handler:
 *
 *   // GET /api/health - what it does
 *   export const GET = route("GET /api/health", async (request, ctx) => Response.json(…));
 *
 * The access entry decides who may call it (anyone, a signed-in person, a team member with a
 * permission — the team from a `teamId` URL segment — or a program with a service token,
 * which never involves a cookie), whether it exists only with the
 * sandbox on, and its rate limits. AppErrors become RFC 9457 problem responses with the
 * status mapped in lib/guard/errors.ts; anything else becomes a 500 that leaks nothing.
 */

/** The URL's dynamic segments (a catch-all segment is an array of strings at run time). */
type Params = Record<string, string>;
type Level<Id extends AccessId> = (typeof ACCESS)[Id]["level"];

/**
 * What a handler gets: the signed-in person for "user" and "team" entries, the team and role
 * for "team" ones, and the service token (its team, apps and environments) for "token" ones.
 */
export type RouteContext<Id extends AccessId> = { params: Params; client: ClientInfo; origin: string } & (Level<Id> extends "team"
  ? { user: CurrentUser; team: { id: string; role: Role }; token: null }
  : Level<Id> extends "user"
    ? { user: CurrentUser; team: null; token: null }
    : Level<Id> extends "token"
      ? { user: null; team: null; token: ServiceTokenPrincipal }
      : { user: null; team: null; token: null });

type NextContext = { params: Promise<Params> };
export type RouteHandler = (request: Request, context: NextContext) => Promise<Response>;

/** An RFC 9457 problem response for an AppError. */
export function problemResponse(error: AppError): Response {
  const headers: Record<string, string> = { "Content-Type": "application/problem+json", "Cache-Control": "no-store" };
  if (error.retryAfter) headers["Retry-After"] = String(error.retryAfter);
  const title = error.code
    .toLowerCase()
    .split("_")
    .map((w, i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(" ");
  const body = { type: "about:blank", title, status: error.status, code: error.code, detail: error.message, ...(error.fieldErrors ? { errors: error.fieldErrors } : {}) };
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

/** 303 to the sign-in page, asked to come back to the page the form was on (its Referer, when on this site). */
function reauthRedirect(request: Request): Response {
  const origin = originFromHeaders(request.headers);
  const back = safeCallbackPath(request.headers.get("referer") ?? "/", origin);
  return new Response(null, { status: 303, headers: { Location: reauthPath(back), "Cache-Control": "no-store" } });
}

export function route<Id extends AccessId>(id: Id, handler: (request: Request, ctx: RouteContext<Id>) => Response | Promise<Response>): RouteHandler {
  const entry = ACCESS[id] as AccessEntry | undefined;
  if (!entry || entry.kind !== "route") throw new Error(`access table: "${id}" must be a route entry (lib/guard/access.ts)`);
  const run = handler as (
    request: Request,
    ctx: { params: Params; client: ClientInfo; origin: string; user: CurrentUser | null; team: { id: string; role: Role } | null; token: ServiceTokenPrincipal | null },
  ) => Response | Promise<Response>;
  const guarded: RouteHandler = async (request, context) => {
    try {
      if (entry.sandbox && !isSandbox) throw new AppError("SANDBOX_OFF");
      const params = (await context?.params) ?? {};
      const base = { params, client: clientInfo(request.headers), origin: originFromHeaders(request.headers) };
      if (entry.level === "public") {
        await enforceRate(id, entry, base.client.address);
        return await run(request, { ...base, user: null, team: null, token: null });
      }
      if (entry.level === "token") {
        // A program, not a browser: the token alone says who it is; cookies are never read.
        const token = await authenticateServiceToken(request.headers.get("authorization"));
        await enforceRate(id, entry, `token:${token.id}`);
        return await run(request, { ...base, user: null, team: null, token });
      }
      // A signed-in browser's cookie rides along on any request: refuse ones from other sites.
      if (request.method !== "GET" && request.method !== "HEAD" && isCrossSite(request.headers)) throw new AppError("FORBIDDEN", "This request did not come from this site.");
      const user = await getCurrentUser();
      if (!user?.id) throw new AppError("UNAUTHENTICATED");
      await enforceRate(id, entry, user.id);
      if (entry.level === "user") return await run(request, { ...base, user, team: null, token: null });
      const teamId = params.teamId;
      if (typeof teamId !== "string") throw new Error(`route ${id}: a team route needs a [teamId] segment`);
      const role = await findMembershipRole({ userId: user.id, teamId });
      if (!role) throw new AppError("NOT_FOUND", "That team doesn't exist, or you are not a member of it.");
      if (!can(role, entry.permission)) throw new AppError("FORBIDDEN");
      enforceRecentSignIn(entry, user);
      return await run(request, { ...base, user, team: { id: teamId, role }, token: null });
    } catch (error) {
      // A form a person submitted (the Export button) goes to the sign-in page, which comes back to where they were.
      if (isAppError(error) && error.code === "REAUTHENTICATE" && request.headers.get("sec-fetch-mode") === "navigate") return reauthRedirect(request);
      if (isAppError(error)) {
        const response = problemResponse(error);
        // RFC 6750: a refused bearer token says which scheme to use.
        if (entry.level === "token" && error.code === "UNAUTHENTICATED") response.headers.set("WWW-Authenticate", 'Bearer realm="perch"');
        return response;
      }
      const unavailable = unavailableError(`route ${id}`, error);
      if (unavailable) return problemResponse(unavailable);
      const ref = logUnexpected(`route ${id}`, error);
      return problemResponse(new AppError("INTERNAL", `${ERROR_CODES.INTERNAL.message} (reference ${ref})`));
    }
  };
  return markGuarded(guarded, id);
}
