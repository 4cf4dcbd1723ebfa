import { describe, expect, it } from "vitest";
import { actionFiles, findGuarded, routeFiles } from "@/test/guarded";
import { ACCESS, accessEntries } from "./access";

// Every server action and route handler in app/, found from the code (not a hand-kept
// list; test/guarded.ts), must be built by a guard, and every guard's id must be in the
// access table with the matching kind; the table has no entry nobody uses.

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

async function findAll() {
  const found = await findGuarded();
  for (const item of found) if (item.kind === "route") expect(HTTP_METHODS, `${item.where} exports ${item.name}`).toContain(item.name);
  return found;
}

describe("one guard for every action and route", () => {
  it("finds the app's actions and routes", () => {
    expect(actionFiles.length).toBeGreaterThan(3);
    expect(routeFiles.length).toBeGreaterThan(8);
  });

  it("builds every exported action and route handler with a guard whose entry is in the access table", async () => {
    const problems: string[] = [];
    for (const item of await findAll()) {
      if (!item.id) problems.push(`${item.where} is not built with publicAction/userAction/teamAction or route()`);
      else if (!(item.id in ACCESS)) problems.push(`${item.where} uses "${item.id}", which is not in lib/guard/access.ts`);
      else if (ACCESS[item.id as keyof typeof ACCESS].kind !== item.kind) problems.push(`${item.where}: "${item.id}" is not a ${item.kind} entry`);
      else if (item.expected && item.id !== item.expected) problems.push(`${item.where} is guarded as "${item.id}" but serves "${item.expected}"`);
    }
    expect(problems).toEqual([]);
  });

  it("has no access-table entry that nothing uses, and each is used once", async () => {
    const used = (await findAll()).map((f) => f.id);
    for (const [id] of accessEntries()) expect(used.filter((u) => u === id), id).toHaveLength(1);
  });

  it("rate-limits every entry an anonymous caller can reach", () => {
    for (const [id, entry] of accessEntries()) if (entry.level === "public") expect(entry.rate, id).toBeDefined();
  });

  it("lets no single caller use more than a tenth of a global cap in the cap's window", () => {
    // A caller is one address (an IPv6 /64), believed only through a trusted proxy, so one
    // client cannot fill a cap and shut new visitors out; it takes ten or more.
    for (const [id, entry] of accessEntries()) {
      if (!entry.globalRate) continue;
      expect(entry.rate, id).toBeDefined();
      const perCallerInCapWindow = entry.rate!.max * Math.ceil(entry.globalRate.seconds / entry.rate!.seconds);
      expect(perCallerInCapWindow * 10, id).toBeLessThanOrEqual(entry.globalRate.max);
    }
  });
});
