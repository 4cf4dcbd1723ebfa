import { route } from "@/lib/guard/route";
import { exportVaultApp } from "@/lib/vault/export";

export const dynamic = "force-dynamic";

// POST /api/teams/:teamId/apps/:appId/export - the app's credentials as a .env file, for an
// admin; audited, and never cached anywhere.
export const POST = route("POST /api/teams/[teamId]/apps/[appId]/export", async (_request, { params, user, team, client }) => {
  const { fileName, text } = await exportVaultApp({ userId: user.id, teamId: team.id, appId: params.appId ?? "", client });
  return new Response(text, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store, private",
      Pragma: "no-cache",
    },
  });
});
