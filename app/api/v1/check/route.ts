import { parseInput } from "@/lib/guard/core";
import { route } from "@/lib/guard/route";
import { checkQuerySchema } from "@/lib/tokens/schemas";
import { recordTokenUse, resolveTokenApp } from "@/lib/tokens/service-tokens";
import { testAppCredentials } from "@/lib/vault/credential-test";

export const dynamic = "force-dynamic";

// POST /api/v1/check?app=<name or id>&environment=<env> - "Test these credentials" for an app,
// for a program holding a service token (what `perch check` calls). The answer says what
// worked and what X (or the sandbox) said, never a secret; audited like a person's test.
export const POST = route("POST /api/v1/check", async (request, { token, client, origin }) => {
  const query = parseInput(checkQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const app = await resolveTokenApp({ token, app: query.app, environment: query.environment });
  const result = await testAppCredentials({ userId: null, serviceTokenId: token.id, teamId: token.teamId, appId: app.id, origin, client });
  await recordTokenUse({ tokenId: token.id, client });
  return Response.json({ app: { id: app.id, name: app.name }, environment: app.environment, ...result }, { headers: { "Cache-Control": "no-store" } });
});
