"use client";

import { Save } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { cn } from "@/lib/utils";
import { SubmitButton } from "@/components/ui/submit-button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useAction } from "@/components/ui/use-action";
import type { StoredDraft } from "@/lib/drafts/draft-state";
import { parseStoredDraft } from "@/lib/drafts/draft-state";
import type { ActionResult } from "@/lib/guard/result";
import { markDraftSaved, readDraftLink, writeDraftLink } from "./browser-drafts";
import { DraftWorkspace } from "./draft-workspace";

type SaveInput = { teamId: string; draftId?: string | null; title: string; vaultAppId?: string | null; content: unknown };
type SaveDraft = (input: SaveInput) => Promise<ActionResult<{ draftId: string; version: number }>>;

/** A draft already saved in one of the person's teams (for "save as its next version"). */
export type TeamDraftRef = { teamId: string; id: string; title: string; latestVersion: number };

const sameTitle = (a: string, b: string) => a.trim().toLocaleLowerCase("en") === b.trim().toLocaleLowerCase("en");

type Props =
  /** The helper on /drafts: the browser's own draft, saved into one of the person's teams. */
  | { mode: "new"; teams: { id: string; name: string }[]; drafts: TeamDraftRef[]; save: SaveDraft }
  /** A team's saved draft: its latest version, each save a new version. */
  | { mode: "saved"; teamId: string; draftId: string; title: string; vaultAppId: string | null; apps: { id: string; name: string }[]; content: StoredDraft; savedAt: string; save: SaveDraft };

const storageKeyOf = (props: Props) => (props.mode === "new" ? "perch-draft" : `perch-draft:${props.draftId}`);

/** What opens: the browser's draft on /drafts; for a saved draft, the browser's unsaved typing if newer than the saved version. */
function openingDraft(props: Props): StoredDraft | undefined {
  if (props.mode === "new") return undefined;
  let local: StoredDraft | null = null;
  try {
    const raw = window.localStorage.getItem(storageKeyOf(props));
    local = raw ? parseStoredDraft(raw) : null;
  } catch {
    local = null;
  }
  return local?.updatedAt && Date.parse(local.updatedAt) > Date.parse(props.savedAt) ? local : props.content;
}

/**
 * The drafting helper with team saving. Typing is kept in this browser as it happens (so a
 * reload loses nothing); Save writes a version to the team. For a saved draft, unsaved
 * typing newer than the saved version is what reopens.
 */
export function TeamDraftEditor(props: Props) {
  // The server cannot see this browser's storage: decide what opens once hydrated.
  const isClient = useHydrated();
  if (!isClient) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400" role="status" aria-busy="true">
        Opening the draft…
      </p>
    );
  }
  return <HydratedEditor {...props} />;
}

/** For /drafts: the team draft this browser's draft was saved as, if it is still there. */
function linkedDraft(props: Props): TeamDraftRef | null {
  if (props.mode !== "new") return null;
  const link = readDraftLink();
  const found = link ? props.drafts.find((d) => d.id === link.draftId && d.teamId === link.teamId) : undefined;
  if (link && !found) writeDraftLink(null);
  return found && props.teams.some((t) => t.id === found.teamId) ? found : null;
}

function HydratedEditor(props: Props) {
  const id = useId();
  const router = useRouter();
  const initial = useMemo(() => openingDraft(props), []); // eslint-disable-line react-hooks/exhaustive-deps -- only once per draft
  const [linked] = useState(() => linkedDraft(props));
  const latest = useRef<StoredDraft | null>(null);
  const [teamId, setTeamId] = useState(props.mode === "new" ? (linked?.teamId ?? props.teams[0]?.id ?? "") : props.teamId);
  const [draftId, setDraftId] = useState<string | null>(props.mode === "saved" ? props.draftId : (linked?.id ?? null));
  const [title, setTitle] = useState(props.mode === "saved" ? props.title : (linked?.title ?? ""));
  const [vaultAppId, setVaultAppId] = useState(props.mode === "saved" ? (props.vaultAppId ?? "") : "");
  // A same-named draft of the team, found when saving a new one: offered as its next version.
  const [sameNamed, setSameNamed] = useState<TeamDraftRef | null>(null);
  const { result, isPending, run } = useAction(props.save, {
    onSuccess: (saved, { input }) => {
      setDraftId(saved.draftId);
      setSameNamed(null);
      const content = input.content as StoredDraft;
      markDraftSaved(storageKeyOf(props), content.updatedAt);
      if (props.mode === "new") writeDraftLink({ teamId: input.teamId, draftId: saved.draftId, title: input.title.trim() });
      router.refresh();
    },
  });
  const save = (asDraftId: string | null) => void run({ teamId, draftId: asDraftId, title, vaultAppId: vaultAppId || null, content: currentDraft() });

  /** What is on screen: the last change, else what opened (for the browser's draft, its stored copy). */
  const currentDraft = (): StoredDraft => {
    if (latest.current) return latest.current;
    if (initial) return initial;
    try {
      return parseStoredDraft(window.localStorage.getItem(storageKeyOf(props)));
    } catch {
      return parseStoredDraft(null);
    }
  };

  const saveControls = (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const match = !draftId && props.mode === "new" ? props.drafts.find((d) => d.teamId === teamId && sameTitle(d.title, title)) : undefined;
        if (match) setSameNamed(match);
        else save(draftId);
      }}
      aria-label="Save the draft to a team"
    >
      <div>
        <label htmlFor={`${id}-title`} className={labelClass}>
          Title
        </label>
        <input id={`${id}-title`} className={cn(inputClass, "mt-1 w-56")} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Support desk for bakeries" />
      </div>
      {props.mode === "new" && props.teams.length > 1 && !draftId ? (
        <div>
          <label htmlFor={`${id}-team`} className={labelClass}>
            Team
          </label>
          <select id={`${id}-team`} className={cn(inputClass, "mt-1 w-48")} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            {props.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {props.mode === "saved" ? (
        <div>
          <label htmlFor={`${id}-app`} className={labelClass}>
            For the app
          </label>
          <select id={`${id}-app`} className={cn(inputClass, "mt-1 w-48")} value={vaultAppId} onChange={(e) => setVaultAppId(e.target.value)}>
            <option value="">Not linked</option>
            {props.apps.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <SubmitButton isPending={isPending} icon={<Save className="h-4 w-4" aria-hidden="true" />}>
        {draftId ? "Save a new version" : "Save to team"}
      </SubmitButton>
      <div className="basis-full">
        {sameNamed ? (
          <div role="alert" className="mb-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40">
            <p>
              This team already has a draft named “{sameNamed.title}” (version {sameNamed.latestVersion}). Save this as its version {sameNamed.latestVersion + 1}, or as a separate draft?
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" className={buttonClass("primary", "px-3 py-1.5")} onClick={() => save(sameNamed.id)}>
                Save as version {sameNamed.latestVersion + 1}
              </button>
              <button type="button" className={buttonClass("secondary", "px-3 py-1.5")} onClick={() => save(null)}>
                Save as a separate draft
              </button>
            </div>
          </div>
        ) : null}
        {result?.ok ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Saved as version {result.data.version}.{" "}
            {props.mode === "new" ? (
              <Link href={`/vault/${teamId}/drafts/${result.data.draftId}`} className="font-semibold underline underline-offset-2">
                Open it in the team
              </Link>
            ) : null}
          </p>
        ) : (
          <ActionMessage result={result} />
        )}
      </div>
    </form>
  );

  return (
    <DraftWorkspace
      initialDraft={initial}
      storageKey={storageKeyOf(props)}
      onChange={(draft) => {
        latest.current = draft;
        // "Start over" on /drafts: the new draft is not a version of the one saved before.
        if (draft.updatedAt === null && props.mode === "new") {
          writeDraftLink(null);
          setDraftId(null);
          setTitle("");
        }
      }}
      saveControls={saveControls}
    />
  );
}
