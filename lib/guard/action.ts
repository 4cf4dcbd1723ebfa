import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Role } from "@/lib/auth/permissions";
import { isSandbox } from "@/lib/env";
import { originFromHeaders } from "@/lib/origin";
import { findMembershipRole } from "@/lib/teams/membership";
import { ACCESS, type AccessEntry, type AccessId } from "./access";
import { clientInfo, isCrossSite, type ClientInfo } from "./client";
import { enforceRate, enforceRecentSignIn, parseInput, toFailure } from "./core";
import { AppError } from "./errors";
import { markGuarded } from "./marker";
import type { ActionResult } from "./result";

/**
 * The one way to write a server action, in the style of dub's action clients:
 *
 *   export const createApp = userAction("sandbox.createApp", schema, async (input, { user }) => …);
 *
 * Before the body runs, the guard checks the call is same-site, the sandbox is on (for
 * sandbox entries), the rate limit, the session (re-read from the database on every call)
 * and, for team actions, the caller's role in the team named by `input.teamId`; then it
 * validates the input with zod. It always returns one ActionResult shape, and turns any
 * error into a message that leaks nothing.
 */

export type PublicContext = { client: ClientInfo; origin: string };
export type UserContext = PublicContext & { user: CurrentUser };
export type TeamContext = UserContext & { teamId: string; role: Role };

/** A guarded action: call it with its input (an object or a form's FormData), or use it with useActionState. */
export type GuardedAction<I, T> = (...args: [input: I | FormData] | [previous: ActionResult<T> | null, input: I | FormData]) => Promise<ActionResult<T>>;

function entryFor(id: AccessId, level: AccessEntry["level"]): AccessEntry {
  const entry = ACCESS[id] as AccessEntry | undefined;
  if (!entry || entry.kind !== "action" || entry.level !== level) {
    throw new Error(`access table: "${id}" must be an action entry with level "${level}" (lib/guard/access.ts)`);
  }
  return entry;
}

type Level = "public" | "user" | "team";
type ContextOf<L extends Level> = L extends "public" ? PublicContext : L extends "user" ? UserContext : TeamContext;

function define<L extends Level, S extends z.ZodType, T>(level: L, id: AccessId, schema: S, body: (input: z.output<S>, ctx: ContextOf<L>) => Promise<T>): GuardedAction<z.input<S>, T> {
  const entry = entryFor(id, level);
  const action: GuardedAction<z.input<S>, T> = async (...args) => {
    const raw: unknown = args.length === 2 ? args[1] : args[0];
    try {
      const requestHeaders = await headers();
      // Next.js checks Origin against Host for actions; refuse `Origin: null` and cross-site too.
      if (isCrossSite(requestHeaders)) throw new AppError("FORBIDDEN", "This request did not come from this site.");
      if (entry.sandbox && !isSandbox) throw new AppError("SANDBOX_OFF");
      const base: PublicContext = { client: clientInfo(requestHeaders), origin: originFromHeaders(requestHeaders) };
      if (level === "public") {
        await enforceRate(id, entry, base.client.address);
        return { ok: true, data: await body(parseInput(schema, raw), base as ContextOf<L>) };
      }
      const user = await getCurrentUser();
      if (!user?.id) throw new AppError("UNAUTHENTICATED");
      await enforceRate(id, entry, user.id);
      const input = parseInput(schema, raw);
      if (level === "user") return { ok: true, data: await body(input, { ...base, user } as ContextOf<L>) };
      const teamId = (input as { teamId?: unknown }).teamId;
      if (typeof teamId !== "string" || entry.level !== "team") throw new AppError("BAD_INPUT", "Which team this is for is missing.");
      // Membership always comes from the database, never from what the browser says.
      const role = await findMembershipRole({ userId: user.id, teamId });
      if (!role) throw new AppError("NOT_FOUND", "That team doesn't exist, or you are not a member of it.");
      if (!can(role, entry.permission)) throw new AppError("FORBIDDEN");
      enforceRecentSignIn(entry, user);
      return { ok: true, data: await body(input, { ...base, user, teamId, role } as ContextOf<L>) };
    } catch (error) {
      return toFailure(`action ${id}`, error);
    }
  };
  return markGuarded(action, id);
}

/** An action anyone may call (rate-limited by address). */
export function publicAction<S extends z.ZodType, T>(id: AccessId, schema: S, body: (input: z.output<S>, ctx: PublicContext) => Promise<T>): GuardedAction<z.input<S>, T> {
  return define("public", id, schema, body);
}

/** An action for a signed-in person. */
export function userAction<S extends z.ZodType, T>(id: AccessId, schema: S, body: (input: z.output<S>, ctx: UserContext) => Promise<T>): GuardedAction<z.input<S>, T> {
  return define("user", id, schema, body);
}

/** An action for a member of the team in `input.teamId` whose role has the entry's permission. */
export function teamAction<S extends z.ZodType<{ teamId: string }>, T>(id: AccessId, schema: S, body: (input: z.output<S>, ctx: TeamContext) => Promise<T>): GuardedAction<z.input<S>, T> {
  return define("team", id, schema, body);
}
