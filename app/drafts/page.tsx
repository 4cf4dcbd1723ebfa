import Link from "next/link";
import { DraftWorkspace } from "@/components/drafts/draft-workspace";
import { TeamDraftEditor } from "@/components/drafts/team-draft-editor";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findDrafts } from "@/lib/drafts/saved-drafts";
import { findMyTeams } from "@/lib/teams/teams";
import { saveDraftAction } from "./actions";

export const metadata = { title: "Use-case drafts" };
export const dynamic = "force-dynamic";

// The drafting helper: for everyone, in the browser; signed in, it also saves to a team.
export default async function DraftsPage() {
  const user = await getCurrentUser();
  const teams = user ? (await findMyTeams({ userId: user.id })).filter((t) => can(t.role, "draft.edit")).map((t) => ({ id: t.id, name: t.name })) : [];
  // The teams' drafts: the browser's draft may already be one of them (saved before a reload).
  const drafts = (await Promise.all(teams.map(async (t) => (await findDrafts({ teamId: t.id })).map((d) => ({ teamId: t.id, id: d.id, title: d.title, latestVersion: d.latestVersion }))))).flat();
  return (
    <>
      <PageHeader
        title="Use-case drafts"
        description="Answer the reviewer's questions, get a specific, honest use-case description in your own words, and check it against the developer policy as you type. It all happens in your browser: the text is sent nowhere unless you save it to your team."
      />
      {teams.length > 0 ? (
        <TeamDraftEditor mode="new" teams={teams} drafts={drafts} save={saveDraftAction} />
      ) : (
        <>
          {!user ? (
            <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
              Your draft is kept in this browser.{" "}
              <Link href="/signin?callbackUrl=%2Fdrafts" className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400">
                Sign in
              </Link>{" "}
              to save it to your team, with versions.
            </p>
          ) : null}
          <DraftWorkspace />
        </>
      )}
    </>
  );
}
