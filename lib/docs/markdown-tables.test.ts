import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESS } from "@/lib/guard/access";
import { PERMISSIONS, ROLES } from "@/lib/auth/permissions";
import { RULES } from "@/lib/drafts/rules";
import { accessMarkdown, permissionsMarkdown, README_TABLES, SECURITY_TABLES, withAllTables, withSecurityTables, withTable } from "./markdown-tables";

describe("README tables generated from the code", () => {
  it("README.md matches the code (run `npm run docs:tables` after changing rules, permissions or access)", () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    for (const name of Object.keys(README_TABLES)) expect(readme, name).toContain(`<!-- ${name}:start -->`);
    expect(withAllTables(readme)).toBe(readme);
  });

  it("SECURITY.md's permission and access tables match the code", () => {
    const security = readFileSync(path.join(process.cwd(), "SECURITY.md"), "utf8");
    for (const name of SECURITY_TABLES) expect(security, name).toContain(`<!-- ${name}:start -->`);
    expect(withSecurityTables(security)).toBe(security);
  });

  it("has one row per rule, permission and access entry", () => {
    expect(README_TABLES["policy-rules"]!().split("\n")).toHaveLength(RULES.length + 2);
    expect(permissionsMarkdown().split("\n")).toHaveLength(Object.keys(PERMISSIONS).length + 2);
    expect(accessMarkdown().split("\n")).toHaveLength(Object.keys(ACCESS).length + 2);
    expect(permissionsMarkdown().split("\n")[0]).toContain(ROLES.length === 4 ? "Owner" : "");
  });

  it("notices a drifted table", () => {
    const drifted = "<!-- access:start -->\n| old |\n<!-- access:end -->";
    expect(withTable(drifted, "access", accessMarkdown())).not.toBe(drifted);
    expect(() => withTable("no markers", "access", "x")).toThrow();
  });
});
