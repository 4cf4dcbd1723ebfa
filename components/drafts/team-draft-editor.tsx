"use client";

import { Save } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useAction } from "@/components/ui/use-action";
import type { StoredDraft } from "@/lib/drafts/draft-state";
import { parseStoredDraft } from "@/lib/drafts/draft-state";
import type { ActionResult } from "@/lib/guard/result";
import { DraftWorkspace } from "./draft-workspace";

type SaveInput = { teamId: string; draftId?: string | null; title: string; vaultAppId?: string | null; content: unknown };
type SaveDraft = (input: SaveInput) => Promise<ActionResult<{ draftId: string; version: number }>>;

type Props =
  /** The helper on /drafts: the browser's own draft, saved into one of the person's teams. */
  | { mode: "new"; teams: { id: string; name: string }[]; save: SaveDraft }
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
  const id = useId();
  const router = useRouter();
  // The server cannot see this browser's storage: decide what opens once hydrated.
  const isClient = useHydrated();
  const initial = useMemo(() => (isClient ? openingDraft(props) : null), [isClient]); // eslint-disable-line react-hooks/exhaustive-deps -- only once per draft
  const latest = useRef<StoredDraft | null>(null);
  const [teamId, setTeamId] = useState(props.mode === "new" ? (props.teams[0]?.id ?? "") : props.teamId);
  const [draftId, setDraftId] = useState<string | null>(props.mode === "saved" ? props.draftId : null);
  const [title, setTitle] = useState(props.mode === "saved" ? props.title : "");
  const [vaultAppId, setVaultAppId] = useState(props.mode === "saved" ? (props.vaultAppId ?? "") : "");
  const { result, isPending, run } = useAction(props.save, {
    onSuccess: (saved) => {
      setDraftId(saved.draftId);
      router.refresh();
    },
  });

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
        void run({ teamId, draftId, title, vaultAppId: vaultAppId || null, content: currentDraft() });
      }}
      aria-label="Save the draft to a team"
    >
      <div>
        <label htmlFor={`${id}-title`} className={labelClass}>
          Title
        </label>
        <input id={`${id}-title`} className={`${inputClass} mt-1 w-56`} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Support desk for bakeries" />
      </div>
      {props.mode === "new" && props.teams.length > 1 && !draftId ? (
        <div>
          <label htmlFor={`${id}-team`} className={labelClass}>
            Team
          </label>
          <select id={`${id}-team`} className={`${inputClass} mt-1 w-48`} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
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
          <select id={`${id}-app`} className={`${inputClass} mt-1 w-48`} value={vaultAppId} onChange={(e) => setVaultAppId(e.target.value)}>
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

  if (initial === null) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400" role="status" aria-busy="true">
        Opening the draft…
      </p>
    );
  }
  return (
    <DraftWorkspace
      initialDraft={initial}
      storageKey={storageKeyOf(props)}
      onChange={(draft) => {
        latest.current = draft;
      }}
      saveControls={saveControls}
    />
  );
}
