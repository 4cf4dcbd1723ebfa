// `npm run vault:verify`: opens everything the vault stores with the configured
// PERCH_MASTER_KEYS (every team data key, every credential field, every app secret) and
// reports counts, which master key protects how much, and each failure by where and why.
// Read-only; never prints a value. Exits 1 when anything does not open.
import { loadEnvConfig } from "@next/env";
import { progressReporter } from "./progress";

loadEnvConfig(process.cwd());

const fmt = (n: number) => n.toLocaleString("en-GB");

async function main() {
  if (process.argv.length > 2) throw new Error(`unknown option ${process.argv[2]} (vault:verify takes none)`);
  const { masterKeyring } = await import("../lib/crypto/app-seal");
  const { verifyVault } = await import("../lib/vault/keys");
  const { db, dbTarget } = await import("../lib/db/client");
  const ring = masterKeyring();
  const ids = ring.keys.map((k) => k.id);
  console.log(`Vault verification on ${dbTarget.provider}: keyring ${ids.map((id) => `"${id}"`).join(", ")} (active "${ring.active.id}").`);

  const progress = progressReporter();
  const labels = { "team-keys": "team data keys", fields: "credential fields", sealed: "app secrets" } as const;
  const result = await verifyVault({ onProgress: (p) => progress.update(labels[p.phase], p.done, p.total, p.failed ? `${fmt(p.failed)} failed` : "") }, { ring });
  progress.done();
  await db.$disconnect();

  console.log(`\nTeam data keys: ${fmt(result.teamKeys.checked)} checked, ${fmt(result.teamKeys.failed)} failed.`);
  console.log(`Credential fields: ${fmt(result.fields.checked)} checked, ${fmt(result.fields.failed)} failed.`);
  console.log(`App secrets (sign-in tokens, sandbox secrets): ${fmt(result.sealed.checked)} checked, ${fmt(result.sealed.failed)} failed.`);

  console.log("\nWhat each master key protects:");
  const usage = Object.entries(result.usage);
  if (usage.length === 0) console.log("  nothing yet (no team keys or app secrets are stored)");
  for (const [id, u] of usage) console.log(`  "${id}"${ids.includes(id) ? "" : " (NOT in PERCH_MASTER_KEYS)"}: ${fmt(u.teamKeys)} team data keys, ${fmt(u.sealed)} app secrets`);
  const unused = ids.filter((id) => id !== ring.active.id && !result.usage[id]);
  if (unused.length > 0) console.log(`  ${unused.map((id) => `"${id}"`).join(", ")} protect${unused.length === 1 ? "s" : ""} nothing: it can be removed from PERCH_MASTER_KEYS.`);
  const pending = ids.filter((id) => id !== ring.active.id && result.usage[id]);
  if (pending.length > 0) console.log(`  ${pending.map((id) => `"${id}"`).join(", ")} still protect${pending.length === 1 ? "s" : ""} data: run \`npm run vault:rotate-master-key\` before removing it.`);

  if (result.failures.length > 0) {
    console.log(`\n${fmt(result.failures.length)} failure${result.failures.length === 1 ? "" : "s"} (no value is ever printed):`);
    for (const f of result.failures) console.log(`  ${f.kind}  ${f.id}${f.team ? `  team ${f.team}` : ""}${f.field ? `  field ${f.field}` : ""}: ${f.reason}`);
    process.exitCode = 1;
  } else {
    console.log("\nEverything opens.");
  }
}

main().catch((error: unknown) => {
  console.error(`\nvault:verify stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
