import { parseInput } from "@/lib/guard/core";
import { route } from "@/lib/guard/route";
import { readSecretsWithToken } from "@/lib/tokens/read";
import { secretsQuerySchema } from "@/lib/tokens/schemas";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

// GET /api/v1/secrets?app=<name or id>&environment=<env>&format=json|dotenv - one app's secrets
// for a program holding a service token (Authorization: Bearer perch_st_…), under the
// variable names the .env export uses; audited, never cached, no cookie read or set.
export const GET = route("GET /api/v1/secrets", async (request, { token, client }) => {
  const query = parseInput(secretsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const { answer, dotenv } = await readSecretsWithToken({ token, app: query.app, environment: query.environment, format: query.format, client });
  if (dotenv !== null) return new Response(dotenv, { headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
  return Response.json(answer, { headers: NO_STORE });
});
