/**
 * A team with one person in every role (and two spare members for role changes and
 * removals), an app with known secrets and an open invite: what the vault's tests act on.
 * Each call makes its own, so test files can run in parallel against one database.
 */
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createInvite } from "@/lib/teams/invites";
import { createTeam } from "@/lib/teams/teams";
import { createVaultApp } from "@/lib/vault/apps";
import { Browser } from "./browser";
import { newPerchUser, uid } from "./sandbox/fixtures";

export type Person = { id: string; username: string; browser: Browser };

async function person(name: string): Promise<Person> {
  const user = await newPerchUser(name);
  const browser = new Browser();
  await browser.signInAs(user);
  return { id: user.id, username: user.username, browser };
}

/** Secret values that must never appear anywhere but an authorised reveal. */
export function knownSecrets() {
  const mark = uid(8);
  return {
    apiKey: `KEY${mark}kEyApIkEy0123456789`,
    apiKeySecret: `SECRETsecret${mark}0123456789abcdefghijklmnopqr`,
    bearerToken: `AAAAAAAAAAAAAAAAAAAAA${mark}BearerBearerBearer0123456789`,
  };
}

export async function vaultTeam(): Promise<{
  teamId: string;
  teamName: string;
  appId: string;
  inviteId: string;
  secrets: ReturnType<typeof knownSecrets>;
  people: Record<Role, Person> & { spareMember: Person; spareViewer: Person };
}> {
  const owner = await person("Owner");
  const teamName = `Team ${uid(4)}`;
  const { id: teamId } = await createTeam({ userId: owner.id, name: teamName });
  const add = async (role: Role, name: string) => {
    const p = await person(name);
    await db.membership.create({ data: { teamId, userId: p.id, role } });
    return p;
  };
  const people = {
    owner,
    admin: await add("admin", "Admin"),
    member: await add("member", "Member"),
    viewer: await add("viewer", "Viewer"),
    spareMember: await add("member", "Spare member"),
    spareViewer: await add("viewer", "Spare viewer"),
  };
  const secrets = knownSecrets();
  const { id: appId } = await createVaultApp({
    userId: owner.id,
    teamId,
    meta: { name: `app-${uid(4)}`, twitterAppId: null, environment: "development", accessLevel: null, notes: null, apiTarget: "sandbox", rotateBy: null },
    fields: [
      { name: "apiKey", label: null, value: secrets.apiKey },
      { name: "apiKeySecret", label: null, value: secrets.apiKeySecret },
      { name: "bearerToken", label: null, value: secrets.bearerToken },
    ],
  });
  await createInvite({ userId: owner.id, userRole: "owner", teamId, role: "member" });
  const invite = await db.invite.findFirstOrThrow({ where: { teamId }, select: { id: true } });
  return { teamId, teamName, appId, inviteId: invite.id, secrets, people };
}
