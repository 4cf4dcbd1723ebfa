import "server-only";
import { findDrafts, type DraftSummary } from "@/lib/drafts/saved-drafts";
import { findProgress } from "@/lib/guides/progress-db";
import { findMyTeams, type TeamSummary } from "@/lib/teams/teams";
import { findVaultApps, type AppListItem } from "@/lib/vault/apps";
import { HEALTH_FLAGS } from "@/lib/vault/health";

/**
 * The signed-in home: what needs doing across the person's teams, most urgent first, plus
 * the facts behind it (vault health per team, drafts, guide progress). Reads no secret.
 */

/** `kind: "guides"`: the page counts it from the browser's progress, as "Your progress" does. */
export type NextStep = { title: string; detail: string; href: string; tone: "danger" | "warning" | "info"; kind?: "guides" };
export type TeamHealth = { team: TeamSummary; apps: AppListItem[]; flagged: AppListItem[] };
export type Dashboard = { steps: NextStep[]; teams: TeamHealth[]; drafts: (DraftSummary & { teamId: string; teamName: string })[]; stepsDone: number };

export async function loadDashboard({ userId, guideSteps, firstGuide }: { userId: string; guideSteps: number; firstGuide: string }): Promise<Dashboard> {
  const [teams, progress] = await Promise.all([findMyTeams({ userId }), findProgress({ userId })]);
  const health = await Promise.all(
    teams.map(async (team) => {
      const { apps } = await findVaultApps({ teamId: team.id });
      return { team, apps, flagged: apps.filter((a) => a.health.length > 0) };
    }),
  );
  const drafts = (await Promise.all(teams.map(async (t) => (await findDrafts({ teamId: t.id })).map((d) => ({ ...d, teamId: t.id, teamName: t.name }))))).flat().sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());

  const steps: NextStep[] = [];
  for (const { team, flagged } of health) {
    for (const app of flagged) {
      const flag = app.health[0]!;
      const { label, severity, advice } = HEALTH_FLAGS[flag];
      if (flag === "empty") continue;
      steps.push({ title: `${app.name}: ${label.toLowerCase()}`, detail: `${advice} (${team.name})`, href: `/vault/${team.id}/apps/${app.id}`, tone: severity === "danger" ? "danger" : "warning" });
    }
  }
  for (const d of drafts.filter((x) => x.openErrors > 0)) {
    steps.push({ title: `Draft “${d.title}”: ${d.openErrors} ${d.openErrors === 1 ? "problem" : "problems"} to fix`, detail: "The policy check found what a reviewer would question.", href: `/vault/${d.teamId}/drafts/${d.id}`, tone: "danger" });
  }
  const hasApps = health.some((h) => h.apps.length > 0);
  const personal = teams.find((t) => t.isPersonal) ?? teams[0];
  if (!hasApps && personal) steps.push({ title: "Keep your app's keys in the vault", detail: "Add your Twitter App's keys, or make a practice app in the sandbox and save it in one click.", href: `/vault/${personal.id}/apps/new`, tone: "info" });
  if (drafts.length === 0) steps.push({ title: "Write your use-case description", detail: "Answer the reviewer's questions; Perch drafts it and checks it against the policy.", href: "/drafts", tone: "info" });
  if (progress.length < guideSteps) steps.push({ title: progress.length === 0 ? "Start the guides" : "Continue the guides", detail: `${progress.length} of ${guideSteps} steps done.`, href: `/guides/${firstGuide}`, tone: "info", kind: "guides" });
  const order = { danger: 0, warning: 1, info: 2 } as const;
  steps.sort((a, b) => order[a.tone] - order[b.tone]);
  return { steps, teams: health, drafts, stepsDone: progress.length };
}
