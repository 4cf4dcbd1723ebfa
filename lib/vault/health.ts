/**
 * Vault health: what needs attention about an app's credentials, from facts the list
 * already has (no secret is read). Pure, so the list, the team home and tests agree.
 */

export const HEALTH_FLAGS = {
  "never-tested": { label: "Never tested", severity: "warning", advice: "Run “Test these credentials” to check they work." },
  "test-failed": { label: "Last test failed", severity: "danger", advice: "The last test against the API failed: open the app to see why." },
  "changed-since-test": { label: "Changed since last test", severity: "warning", advice: "Credentials changed (or were regenerated) after the last test: test them again." },
  "rotate-overdue": { label: "Past its rotate-by date", severity: "danger", advice: "The team planned to rotate these keys by now: regenerate them in the portal and save the new ones." },
  stale: { label: "Unchanged for a long time", severity: "warning", advice: "These credentials are older than the team's limit: consider regenerating them." },
  empty: { label: "No credentials yet", severity: "info", advice: "Add the app's keys and tokens, or import a .env." },
} as const;

export type HealthFlag = keyof typeof HEALTH_FLAGS;

export type HealthFacts = {
  fieldCount: number;
  createdAt: Date;
  secretsChangedAt: Date | null;
  lastTestedAt: Date | null;
  lastTestOk: boolean | null;
  rotateBy: Date | null;
};

const DAY_MS = 24 * 3600_000;

/** The flags for one app, most urgent first. */
export function appHealth(app: HealthFacts, { staleAfterDays, now = new Date() }: { staleAfterDays: number; now?: Date }): HealthFlag[] {
  if (app.fieldCount === 0) return ["empty"];
  const flags: HealthFlag[] = [];
  if (app.rotateBy && app.rotateBy.getTime() <= now.getTime()) flags.push("rotate-overdue");
  if (app.lastTestedAt && app.lastTestOk === false) flags.push("test-failed");
  if (!app.lastTestedAt) flags.push("never-tested");
  else if (app.secretsChangedAt && app.secretsChangedAt.getTime() > app.lastTestedAt.getTime()) flags.push("changed-since-test");
  const changed = app.secretsChangedAt ?? app.createdAt;
  if (now.getTime() - changed.getTime() > staleAfterDays * DAY_MS) flags.push("stale");
  return flags;
}

/** Team-level advice: several apps but none for production (the policy's reason for several apps). */
export function isProductionMissing(environments: readonly string[]): boolean {
  return environments.length > 0 && !environments.includes("production");
}
