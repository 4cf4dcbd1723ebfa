import { describe, expect, it } from "vitest";
import { ensurePerchSandboxApp } from "./config";
import { submitAccessTokenForm, submitDeleteAppForm, submitRegenerateForm, submitSandboxAppForm, submitSandboxUserForm } from "./forms";
import { authenticateClient, findAppByBearerToken, findSandboxApp } from "./store";
import { newApp, newUser, uid } from "./testing/fixtures";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("sandbox portal forms", () => {
  it("creating an app returns every credential once, and they work", async () => {
    const result = await submitSandboxAppForm(form({ name: `Portal ${uid(3)}`, callbackUrls: "http://localhost:8080/callback" }));
    const value = (label: string) => result.secrets?.find((s) => s.label === label)?.value ?? "";
    expect(result.secrets?.map((s) => s.label)).toEqual(["API Key", "API Key Secret", "Bearer Token", "Client ID", "Client Secret"]);
    expect(await authenticateClient({ clientId: value("Client ID"), clientSecret: value("Client Secret") })).not.toBeNull();
    expect(await findAppByBearerToken(value("Bearer Token"))).not.toBeNull();
  });

  it("returns field errors and keeps what was typed", async () => {
    const result = await submitSandboxAppForm(form({ name: "", callbackUrls: "ftp://nope" }));
    expect(result.secrets).toBeUndefined();
    expect(result.fieldErrors?.name).toBeTruthy();
    expect(result.fieldErrors?.callbackUrls).toMatch(/http/);
    expect(result.values).toEqual({ name: "", callbackUrls: "ftp://nope" });
  });

  it("reports a taken @username on the username field", async () => {
    const user = await newUser();
    const result = await submitSandboxUserForm(form({ name: "Someone", username: user.username }));
    expect(result.user).toBeUndefined();
    expect(result.fieldErrors?.username).toContain("taken");
  });

  it("regenerating the bearer token invalidates the old one", async () => {
    const app = await newApp();
    const result = await submitRegenerateForm(form({ appId: app.id, which: "bearer-token" }));
    const fresh = result.secrets?.find((s) => s.label === "Bearer Token")?.value ?? "";
    expect(await findAppByBearerToken(app.bearerToken)).toBeNull();
    expect((await findAppByBearerToken(fresh))?.id).toBe(app.id);
  });

  it("never regenerates Perch's derived client secret nor deletes Perch's app", async () => {
    const perch = await ensurePerchSandboxApp();
    expect(await submitRegenerateForm(form({ appId: perch.id, which: "client-secret" }))).toMatchObject({ isError: true });
    expect(await submitDeleteAppForm(form({ appId: perch.id }))).toMatchObject({ isError: true });
    expect(await findSandboxApp(perch.id)).not.toBeNull();
  });

  it("deletes an app, and refuses malformed ids", async () => {
    const app = await newApp();
    expect(await submitDeleteAppForm(form({ appId: app.id }))).toEqual({ message: "App deleted." });
    expect(await findSandboxApp(app.id)).toBeNull();
    expect(await submitDeleteAppForm(form({ appId: "../../etc" }))).toMatchObject({ isError: true });
    expect(await submitRegenerateForm(form({ appId: app.id, which: "everything" }))).toMatchObject({ isError: true });
  });

  it("generates an access token pair for an account", async () => {
    const app = await newApp();
    const user = await newUser();
    const result = await submitAccessTokenForm(form({ appId: app.id, userId: user.id }));
    expect(result.secrets?.[0]?.value).toMatch(new RegExp(`^${user.id}-[A-Za-z0-9]{40}$`));
    expect(result.secrets?.[1]?.value).toMatch(/^[A-Za-z0-9]{45}$/);
    expect(await submitAccessTokenForm(form({ appId: app.id, userId: "" }))).toMatchObject({ isError: true });
  });
});
