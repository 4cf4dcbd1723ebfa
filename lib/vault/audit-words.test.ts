import { describe, expect, it } from "vitest";
import { describeAuditDetail } from "./audit-words";

describe("describeAuditDetail", () => {
  it("names exported fields by their labels, extra fields by the app's own label", () => {
    const detail = { fields: ["apiKeySecret", "bearerToken", "extra:ads-account-id"] };
    expect(describeAuditDetail("app.exported", detail, { "extra:ads-account-id": "Ads account ID" })).toBe(": API Key Secret, Bearer Token, Ads account ID");
    // Without the app's labels (a field since removed), the slug in words, never the stored name.
    expect(describeAuditDetail("app.exported", detail)).toBe(": API Key Secret, Bearer Token, Ads account id");
    // Entries that already hold labels read the same.
    expect(describeAuditDetail("app.updated", { fields: ["API Key"], removed: ["Ads account ID"], details: ["twitterAppId", "apiTarget"] })).toBe(
      ": API Key; removed Ads account ID; details App ID, Test credentials against",
    );
  });

  it("says from which role to which a member was moved", () => {
    expect(describeAuditDetail("member.role_changed", { from: "member", to: "admin" })).toBe(" from Member to Admin");
    expect(describeAuditDetail("member.removed", { role: "viewer" })).toBe(" (Viewer)");
    expect(describeAuditDetail("member.role_changed", { from: "nobody", to: "admin" })).toBe("");
  });

  it("a revealed field by its label; no detail, nothing", () => {
    expect(describeAuditDetail("credential.revealed", { field: "accessTokenSecret" })).toBe(" (Access Token Secret)");
    expect(describeAuditDetail("app.deleted", null)).toBe("");
  });
});
