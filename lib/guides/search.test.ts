import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Guide, GuideStep } from "./types";
import { buildSearchIndex, fold, queryTerms, searchGuides } from "./search";

const Drawing = () => null;

function step(id: string, title: string, body: string[], extra: Partial<GuideStep> = {}): GuideStep {
  return { id, title, body, instructions: ["Click **Next**."], screenshot: { alt: "A drawing of the screen", Drawing }, ...extra };
}

const fixtures: Guide[] = [
  {
    slug: "create-app",
    era: "earlier-portal",
    title: "Create an App",
    summary: "",
    minutes: 10,
    seeds: [],
    reviewed: "2026-01-01",
    steps: [
      step("callback", "Set the callback URI", ["Paste the `callback URI` that Perch shows into the **User authentication settings**."], { copyValue: { kind: "callbackUrl", label: "Callback URI" } }),
      step("keys", "Generate keys and tokens", ["Copy the **Bearer Token** and the API Key."], { facts: [{ label: "Bearer Token", value: "app-only" }] }),
      step("safe", "Keep your keys safe", ["Regenerating a key invalidates the old one. Keep keys in a password manager."], { changeNote: { date: "2026-01-01", text: "The portal now calls it the Consumer Key.", confirmAt: [] } }),
    ],
  },
  {
    slug: "access",
    era: "earlier-portal",
    title: "Get access",
    summary: "",
    minutes: 5,
    seeds: [],
    reviewed: "2026-01-01",
    steps: [
      step("phone", "Verify your phone number", ["Twitter asks for a phone number before you can apply."], { checklist: ["Have your phone nearby"] }),
      step("résumé", "Écrire la description", ["Describe your use case in English."]),
    ],
  },
];

const index = buildSearchIndex(fixtures);

describe("buildSearchIndex", () => {
  it("has one plain-text document per step, numbered from 1", () => {
    expect(index.docs.map((d) => `${d.g}#${d.s}:${d.n}`)).toEqual(["create-app#callback:1", "create-app#keys:2", "create-app#safe:3", "access#phone:1", "access#résumé:2"]);
    const callback = index.docs[0]!;
    expect(callback.x).toContain("Paste the callback URI that Perch shows into the User authentication settings.");
    expect(callback.x).not.toMatch(/[`*]/);
    expect(index.docs[2]!.x).toContain("Consumer Key");
    expect(index.docs[3]!.x).toContain("Have your phone nearby");
  });

  it("survives a JSON round trip unchanged (it is served as JSON)", () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe("searchGuides", () => {
  it("finds a step by a word from its text and links to its anchor", () => {
    const [first] = searchGuides(index, "password");
    expect(first).toMatchObject({ guideSlug: "create-app", stepId: "safe", href: "/guides/create-app#safe", stepNumber: 3 });
    expect(first!.snippet.filter((p) => p.isMatch).map((p) => p.text.toLowerCase())).toContain("password");
  });

  it("needs every term, and ranks title matches first", () => {
    const results = searchGuides(index, "bearer token");
    expect(results.map((r) => r.stepId)).toEqual(["keys"]);
    expect(searchGuides(index, "callback")[0]!.stepId).toBe("callback");
    expect(searchGuides(index, "phone password")).toEqual([]);
  });

  it("matches word prefixes, ignores case and accents", () => {
    expect(searchGuides(index, "regen")[0]!.stepId).toBe("safe");
    expect(searchGuides(index, "ECRIRE")[0]!.stepId).toBe("résumé");
    expect(searchGuides(index, "Phône")[0]!.stepId).toBe("phone");
  });

  it("does not match short fragments inside words", () => {
    expect(searchGuides(index, "ey").map((r) => r.stepId)).toEqual([]);
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(searchGuides(index, "")).toEqual([]);
    expect(searchGuides(index, "  ?! ")).toEqual([]);
  });

  it("respects the limit and never throws on any query (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (q, limit) => {
        const results = searchGuides(index, q, limit);
        expect(results.length).toBeLessThanOrEqual(limit);
        for (const r of results) expect(r.href).toBe(`/guides/${r.guideSlug}#${r.stepId}`);
      }),
    );
  });
});

describe("fold and queryTerms", () => {
  it("keeps length so match positions map back to the original", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(fold(s).length).toBe(s.length);
    }));
    expect(fold("Ádvanced")).toBe("advanced");
  });

  it("splits on anything that is not a letter or digit and dedupes", () => {
    expect(queryTerms("GET accounts, get/accounts!")).toEqual(["get", "accounts"]);
  });
});
