// Benchmark: how well the policy check catches what X's Developer Guidelines prohibit, on a
// held-out set it was not tuned on (bench/policy-heldout.mjs), per guideline topic: recall
// (problem texts with at least one finding of that topic) and false alarms (allowed texts
// with one). The baseline is the check as it was before it followed the current guidelines
// (git commit BASELINE), run on the same texts in the same process: any risky or limits
// finding counts as a detection there, since those rules had no topics. Also the cost of
// re-checking the largest draft a team can save (issue 15), against that baseline.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";
import { HELD_OUT } from "./policy-heldout.mjs";

/** The last commit before the check followed X's current guidelines. */
export const BASELINE = "77dc3b2";
const BASELINE_FILES = ["answers.ts", "concepts.ts", "format.ts", "guide-links.ts", "lint.ts", "policy-limits.ts", "rules.ts", "sections.ts", "stemmer.ts", "text-match.ts"];

/** Writes the baseline's lib/drafts files into bench/tmp and returns the path of its lint.ts. */
function materializeBaseline(root, tmp) {
  const dir = path.join(tmp, "policy-baseline", "lib", "drafts");
  rmSync(path.join(tmp, "policy-baseline"), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of BASELINE_FILES) {
    const text = execFileSync("git", ["show", `${BASELINE}:lib/drafts/${file}`], { cwd: root, encoding: "utf8" });
    writeFileSync(path.join(dir, file), text);
  }
  return path.join(dir, "lint.ts");
}

const pct = (n, d) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The largest draft a team can save: every editable section at its 20,000-character limit. */
function maxDraftText(unit) {
  const section = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
  const titles = ["Core use case", "Analysis of Tweets and users", "Posting and engagement", "Displaying content off Twitter", "Data sharing", "Government involvement", "Apps and environments", "App description (New App form)"];
  return titles.map((t) => `## ${t}\n\n${section}`).join("\n\n");
}

export async function benchPolicy({ root, tmp, runs = 5 }) {
  const load = (p) => tsImport(p, import.meta.url);
  const [{ lintDraft, matcherSteps, resetMatcherSteps }, { RULES, TOPICS }] = await Promise.all([load("../lib/drafts/lint.ts"), load("../lib/drafts/rules.ts")]);
  const baseline = await tsImport(materializeBaseline(root, tmp), import.meta.url);
  const topicOf = new Map(RULES.map((r) => [r.id, r.topic]));

  const byTopic = {};
  const misses = [];
  const falseAlarms = [];
  for (const topic of TOPICS.filter((t) => t !== "review")) byTopic[topic] = { problems: 0, clean: 0, after: { caught: 0, falseAlarms: 0 }, before: { caught: 0, falseAlarms: 0 } };
  for (const item of HELD_OUT) {
    const row = byTopic[item.topic];
    if (!row) throw new Error(`unknown topic ${item.topic}`);
    const after = lintDraft({ text: item.text }).filter((f) => topicOf.get(f.rule) === item.topic && f.category !== "consistency");
    const before = baseline.lintDraft({ text: item.text }).filter((f) => f.category === "risky" || f.category === "limits");
    if (item.kind === "problem") {
      row.problems += 1;
      if (after.length) row.after.caught += 1;
      else misses.push(item.text);
      if (before.length) row.before.caught += 1;
    } else {
      row.clean += 1;
      if (after.length) {
        row.after.falseAlarms += 1;
        falseAlarms.push({ text: item.text, rules: after.map((f) => f.rule) });
      }
      if (before.length) row.before.falseAlarms += 1;
    }
  }
  const total = { problems: 0, clean: 0, after: { caught: 0, falseAlarms: 0 }, before: { caught: 0, falseAlarms: 0 } };
  for (const row of Object.values(byTopic)) {
    total.problems += row.problems;
    total.clean += row.clean;
    for (const side of ["after", "before"]) {
      total[side].caught += row[side].caught;
      total[side].falseAlarms += row[side].falseAlarms;
    }
  }
  const rates = (row) => ({
    ...row,
    after: { ...row.after, recallPct: pct(row.after.caught, row.problems), falseAlarmPct: pct(row.after.falseAlarms, row.clean) },
    before: { ...row.before, recallPct: pct(row.before.caught, row.problems), falseAlarmPct: pct(row.before.falseAlarms, row.clean) },
  });

  // Issue 15: the re-check on save of the largest draft. Work is counted in matcher steps
  // (what the tests bound); time is the median of a few runs, against the baseline's.
  const shapes = {
    prose: "We collect posts that mention the bakery. The bot replies to anyone who uses the hashtag. We never sell data. ",
    headings: "## Analysis\nx\n## Data sharing\ny\n",
    noStops: "we track individual users and sell data and like posts automatically and share tweet ids ",
  };
  const maxDraft = {};
  for (const [name, unit] of Object.entries(shapes)) {
    const text = maxDraftText(unit);
    resetMatcherSteps();
    lintDraft({ text });
    const steps = matcherSteps();
    const afterMs = [];
    const beforeMs = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      baseline.lintDraft({ text });
      beforeMs.push(performance.now() - t);
      t = performance.now();
      lintDraft({ text });
      afterMs.push(performance.now() - t);
    }
    maxDraft[name] = { characters: text.length, steps, stepsPerChar: Math.round((steps / text.length) * 100) / 100, afterMedianMs: Math.round(median(afterMs)), beforeMedianMs: Math.round(median(beforeMs)) };
  }

  return {
    baseline: BASELINE,
    rules: { after: RULES.length, before: (await tsImport(path.join(tmp, "policy-baseline", "lib", "drafts", "rules.ts"), import.meta.url)).RULES.length, byTopic: Object.fromEntries(TOPICS.map((t) => [t, RULES.filter((r) => r.topic === t).length])) },
    heldOut: { texts: HELD_OUT.length },
    byTopic: Object.fromEntries(Object.entries(byTopic).map(([t, row]) => [t, rates(row)])),
    total: rates(total),
    misses,
    falseAlarms,
    maxDraft,
  };
}
