// `npm run vault:rotate-master-key`: master-key rotation. Once a new master key is first
// in PERCH_MASTER_KEYS (and every Perch instance restarted with it), this re-wraps each
// team's data key and re-seals each app secret (sign-in tokens, sandbox secrets) under
// it, in batches, verifying as it goes. Safe to stop and run again: it picks up what is
// left. Prints no value, ever. Exits 1 when anything could not be rotated.
//
//   npm run vault:rotate-master-key                      rotate everything to the active key
//   npm run vault:rotate-master-key -- --batch-size 200  smaller batches (default 500)
//   npm run vault:rotate-master-key -- --new-key         print a new key to add; changes nothing
import { randomBytes } from "node:crypto";
import { loadEnvConfig } from "@next/env";
import { progressReporter } from "./progress";

loadEnvConfig(process.cwd());

const fmt = (n: number) => n.toLocaleString("en-GB");

function parseArgs(argv: string[]): { batchSize: number; newKey: boolean } {
  let batchSize = 500;
  let newKey = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--new-key") newKey = true;
    else if (arg === "--batch-size" || arg.startsWith("--batch-size=")) {
      const value = Number(arg.includes("=") ? arg.split("=")[1] : argv[++i]);
      if (!Number.isSafeInteger(value) || value < 1 || value > 10_000) throw new Error("--batch-size must be a whole number from 1 to 10000");
      batchSize = value;
    } else throw new Error(`unknown option ${arg} (options: --batch-size N, --new-key)`);
  }
  return { batchSize, newKey };
}

async function main() {
  const { batchSize, newKey } = parseArgs(process.argv.slice(2));
  const { masterKeyring } = await import("../lib/crypto/app-seal");
  const ring = masterKeyring();
  const ids = ring.keys.map((k) => k.id);

  if (newKey) {
    const next = Math.max(0, ...ids.map((id) => Number(/^k(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
    const pair = `k${next}:${randomBytes(32).toString("base64")}`;
    console.log(`A new master key (store it in your secret manager; it is shown once):\n\n  ${pair}\n`);
    console.log(`Put it FIRST in PERCH_MASTER_KEYS, keeping the others after it:\n\n  PERCH_MASTER_KEYS=k${next}:…,${ids.join(":…,")}:…\n`);
    console.log("Then restart every Perch instance and run `npm run vault:rotate-master-key`.");
    return;
  }

  const { rewrapDataKeys } = await import("../lib/vault/keys");
  const { db, dbTarget } = await import("../lib/db/client");
  console.log(`Master-key rotation on ${dbTarget.provider}: active key "${ring.active.id}"; keyring ${ids.map((id) => `"${id}"`).join(", ")}; batches of ${fmt(batchSize)}.`);

  const progress = progressReporter();
  const labels = { "team-keys": "team data keys", sealed: "app secrets" } as const;
  const result = await rewrapDataKeys(
    {
      batchSize,
      onProgress: (p) => progress.update(labels[p.phase], p.done, p.total, p.failed ? `${fmt(p.failed)} failed` : ""),
    },
    { ring },
  );
  progress.done();
  await db.$disconnect();

  const { teamKeys: t, sealed: s } = result;
  console.log(`\nTeam data keys under an older key: ${fmt(t.total)} (${fmt(t.rewrapped)} re-wrapped and verified, ${fmt(t.skipped)} done meanwhile by another run or a re-key, ${fmt(t.failed)} failed).`);
  console.log(`App secrets (sign-in tokens, sandbox secrets): ${fmt(s.total)} checked (${fmt(s.resealed)} re-sealed and verified, ${fmt(s.skipped)} changed meanwhile, ${fmt(s.failed)} failed).`);

  if (result.failures.length > 0) {
    console.log(`\nNot rotated (left exactly as they were; no value is ever printed):`);
    for (const f of result.failures) console.log(`  ${f.kind}  ${f.id}${f.team ? `  team ${f.team}` : ""}${f.field ? `  field ${f.field}` : ""}: ${f.reason}`);
  }

  const old = ids.filter((id) => id !== ring.active.id);
  const remaining = Object.entries(result.remaining);
  console.log("\nNext:");
  if (remaining.length === 0) {
    if (old.length === 0) {
      console.log(`  Everything is under "${ring.active.id}", the only key. To rotate: \`npm run vault:rotate-master-key -- --new-key\`, put the new key first in PERCH_MASTER_KEYS, restart Perch, and run this again.`);
    } else {
      console.log(`  Nothing is left under ${old.map((id) => `"${id}"`).join(", ")}.`);
      console.log("  1. Run `npm run vault:verify` (it should report no failures).");
      console.log(`  2. Remove ${old.map((id) => `"${id}"`).join(", ")} from PERCH_MASTER_KEYS and restart every Perch instance.`);
      console.log("  3. Run `npm run vault:verify` once more; keep a copy of the old key in your secret manager until it passes.");
    }
  } else {
    for (const [id, n] of remaining) console.log(`  ${fmt(n)} value${n === 1 ? " is" : "s are"} still under "${id}": do not remove "${id}" from PERCH_MASTER_KEYS yet.`);
    console.log("  Fix the failures above (a key missing from PERCH_MASTER_KEYS, a damaged row), make sure every Perch instance was restarted with the new keyring, and run this again: it resumes where it stopped.");
  }
  if (result.failures.length > 0 || remaining.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`\nvault:rotate-master-key stopped: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Everything rotated so far is complete and verified; run it again to continue.");
  process.exit(1);
});
