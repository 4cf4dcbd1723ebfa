"use client";

import { Eye, EyeOff, Plus, RotateCcw, Save, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { buttonClass } from "@/components/ui/button-link";
import { errorClass, hintClass, inputClass, labelClass } from "@/components/ui/form-styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";
import { cn } from "@/lib/utils";
import { extraSlug, fieldValueSchema, STANDARD_FIELD_NAMES, STANDARD_FIELDS, type FieldName } from "@/lib/vault/fields";
import { ACCESS_LEVELS, ENVIRONMENTS, type AppMetaInput } from "@/lib/vault/schemas";
import { ImportPanel } from "./import-panel";

/** A field already stored, as the masked view knows it. */
export type StoredField = { name: FieldName; label: string; hint: string; length: number };

type Row = { key: string; name: FieldName | null; label: string; value: string; stored: StoredField | null; isRemoved: boolean; isShown: boolean };

type MetaState = { name: string; twitterAppId: string; environment: string; accessLevel: string; notes: string; apiTarget: "twitter" | "sandbox"; rotateBy: string };

type FieldPayload = { name: FieldName; label: string | null; value: string };
type CreateInput = AppMetaInput & { teamId: string; fields: FieldPayload[] };
type UpdateInput = AppMetaInput & { teamId: string; appId: string; version: number; set: FieldPayload[]; remove: FieldName[] };

type Props = {
  teamId: string;
  /** Whether "Test these credentials" may target Perch's sandbox in this deployment. */
  isSandboxAvailable: boolean;
} & (
  | { mode: "create"; initialMeta?: Partial<MetaState>; highlight?: FieldName[]; action: (input: CreateInput) => Promise<ActionResult<{ id: string }>> }
  | { mode: "edit"; appId: string; version: number; initialMeta: MetaState; stored: StoredField[]; action: (input: UpdateInput) => Promise<ActionResult<{ version: number }>> }
);

// Rows the page opens with are keyed by their field (the same on the server and in the
// browser, so element ids hydrate); rows added later (an extra field, an import) by a counter.
let rowCounter = 0;
const newKey = () => `row-${++rowCounter}`;
const fieldKey = (name: FieldName) => `field-${name.replace(":", "-")}`;

function initialRows(stored: StoredField[], highlight: FieldName[] = []): Row[] {
  const standard = STANDARD_FIELD_NAMES.map((name): Row => {
    const existing = stored.find((s) => s.name === name) ?? null;
    return { key: fieldKey(name), name, label: STANDARD_FIELDS[name].label, value: "", stored: existing, isRemoved: false, isShown: false };
  });
  const extras = stored.filter((s) => s.name.startsWith("extra:")).map((s): Row => ({ key: fieldKey(s.name), name: s.name, label: s.label, value: "", stored: s, isRemoved: false, isShown: false }));
  // Fields a guide step just produced come first, so the person sees where to paste.
  const first = standard.filter((r) => r.name && highlight.includes(r.name));
  return [...first, ...standard.filter((r) => !first.includes(r)), ...extras];
}

/**
 * The app form, for a new app or an edit. Values are typed or pasted (or imported), never
 * shown from storage: an edit shows each stored field masked and replaces it only when a
 * new value is typed. Nothing typed is lost when the server refuses the save.
 */
export function AppForm(props: Props) {
  const id = useId();
  const router = useRouter();
  const [meta, setMeta] = useState<MetaState>(() => ({
    name: "",
    twitterAppId: "",
    environment: "development",
    accessLevel: "",
    notes: "",
    // Where this deployment runs the sandbox, a new app's keys are most likely the sandbox's.
    apiTarget: props.isSandboxAvailable ? "sandbox" : "twitter",
    rotateBy: "",
    ...props.initialMeta,
  }));
  const [rows, setRows] = useState<Row[]>(() => initialRows(props.mode === "edit" ? props.stored : [], props.mode === "create" ? props.highlight : []));
  // The rows sent with the last save, in order: a server error names a field by that index.
  const [sentKeys, setSentKeys] = useState<string[]>([]);

  const save = (input: CreateInput | UpdateInput): Promise<ActionResult<{ id: string } | { version: number }>> =>
    props.mode === "create" ? props.action(input as CreateInput) : props.action(input as UpdateInput);
  const { result, isPending, run } = useAction(save, {
    onSuccess: (data) => {
      router.push(`/vault/${props.teamId}/apps/${"id" in data ? data.id : props.mode === "edit" ? props.appId : ""}`);
      router.refresh();
    },
  });

  /** A server-side problem for this input: meta by name, field rows by the index they were sent at. */
  const problem = (path: string) => (result && !result.ok ? result.fieldErrors?.[path]?.[0] : undefined);
  const rowProblem = (row: Row, part: "value" | "label") => {
    const index = sentKeys.indexOf(row.key);
    return index >= 0 ? problem(`${props.mode === "create" ? "fields" : "set"}.${index}.${part}`) : undefined;
  };

  const fill = (values: { name: FieldName; label?: string | null; value: string }[]) =>
    setRows((current) => {
      let next = [...current];
      for (const v of values) {
        const at = next.findIndex((r) => r.name === v.name);
        if (at >= 0) next[at] = { ...next[at]!, value: v.value, isRemoved: false };
        else next = [...next, { key: newKey(), name: v.name, label: v.label ?? v.name.slice(6), value: v.value, stored: null, isRemoved: false, isShown: false }];
      }
      return next;
    });

  const setRow = (key: string, patch: Partial<Row>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = () => {
    const payload = rows
      .filter((r) => !r.isRemoved && r.value.trim() !== "")
      .map((r) => ({ row: r, field: { name: (r.name ?? `extra:${extraSlug(r.label)}`), label: r.name && !r.name.startsWith("extra:") ? null : r.label, value: r.value } }));
    setSentKeys(payload.map((p) => p.row.key));
    const base = { ...meta, teamId: props.teamId, environment: meta.environment as AppMetaInput["environment"] };
    if (props.mode === "create") {
      void run({ ...base, fields: payload.map((p) => p.field) });
    } else {
      const remove = rows.filter((r) => r.isRemoved && r.stored).map((r) => r.stored!.name);
      void run({ ...base, appId: props.appId, version: props.version, set: payload.map((p) => p.field), remove });
    }
  };

  const text = (name: keyof MetaState, label: string, input: Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> = {}, hint?: string) => {
    const error = problem(name);
    return (
      <div>
        <label htmlFor={`${id}-${name}`} className={labelClass}>
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          name={name}
          className={cn(inputClass, "mt-1")}
          value={meta[name]}
          onChange={(e) => setMeta((m) => ({ ...m, [name]: e.target.value }))}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? `${id}-${name}-hint` : "", error ? `${id}-${name}-error` : ""].filter(Boolean).join(" ") || undefined}
          {...input}
        />
        {hint ? (
          <p id={`${id}-${name}-hint`} className={hintClass}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-${name}-error`} className={errorClass}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form
      noValidate
      className="space-y-8"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The app</legend>
        {text("name", "App name", { required: true, maxLength: 60, autoComplete: "off" }, "As it is called in the developer portal, e.g. yourproduct-dev.")}
        {text("twitterAppId", "App ID (optional)", { inputMode: "numeric", maxLength: 24, autoComplete: "off" }, "The number the portal shows on the app's page.")}
        <div>
          <label htmlFor={`${id}-environment`} className={labelClass}>
            Environment
          </label>
          <select id={`${id}-environment`} name="environment" className={cn(inputClass, "mt-1")} value={meta.environment} onChange={(e) => setMeta((m) => ({ ...m, environment: e.target.value }))}>
            {ENVIRONMENTS.map((env) => (
              <option key={env} value={env}>
                {env[0]!.toUpperCase() + env.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div>
          {text("accessLevel", "Access level (optional)", { list: `${id}-levels`, maxLength: 40, autoComplete: "off" })}
          <datalist id={`${id}-levels`}>
            {ACCESS_LEVELS.map((level) => (
              <option key={level} value={level} />
            ))}
          </datalist>
        </div>
        {text("rotateBy", "Rotate by (optional)", { type: "date" }, "Health flags the app once this date has passed.")}
        <div>
          <label htmlFor={`${id}-apiTarget`} className={labelClass}>
            Test credentials against
          </label>
          <select id={`${id}-apiTarget`} name="apiTarget" className={cn(inputClass, "mt-1")} value={meta.apiTarget} onChange={(e) => setMeta((m) => ({ ...m, apiTarget: e.target.value as MetaState["apiTarget"] }))}>
            <option value="twitter">The X (Twitter) API</option>
            {props.isSandboxAvailable || meta.apiTarget === "sandbox" ? <option value="sandbox">Perch&apos;s Twitter sandbox</option> : null}
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-notes`} className={labelClass}>
            Notes (optional)
          </label>
          <textarea id={`${id}-notes`} name="notes" rows={3} maxLength={2000} className={cn(inputClass, "mt-1")} value={meta.notes} onChange={(e) => setMeta((m) => ({ ...m, notes: e.target.value }))} />
        </div>
      </fieldset>

      <ImportPanel fill={fill} />

      <fieldset>
        <legend className="mb-1 text-lg font-semibold">Credentials</legend>
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          {props.mode === "edit" ? "Stored values stay masked. Type a new value only where a key changed (e.g. after regenerating it); leave the rest empty." : "Paste what the portal showed you; leave out what you don't have. Values are encrypted before they are stored."}
        </p>
        <ul className="space-y-3">
          {rows.map((row) => {
            const valueError = rowProblem(row, "value") ?? (row.value && !fieldValueSchema.safeParse(row.value).success ? fieldValueSchema.safeParse(row.value).error?.issues[0]?.message : undefined);
            const labelError = rowProblem(row, "label");
            const inputId = `${id}-${row.key}`;
            const isExtra = !row.name || row.name.startsWith("extra:");
            return (
              <li key={row.key} className={cn("rounded-lg border border-zinc-200 p-3 dark:border-zinc-800", row.isRemoved && "opacity-60")} data-testid="field-row">
                <div className="flex flex-wrap items-end gap-2">
                  {isExtra && !row.stored ? (
                    <div className="w-full sm:w-56">
                      <label htmlFor={`${inputId}-label`} className={labelClass}>
                        Field name
                      </label>
                      <input
                        id={`${inputId}-label`}
                        className={cn(inputClass, "mt-1")}
                        value={row.label}
                        placeholder="e.g. Ads account id"
                        maxLength={60}
                        onChange={(e) => setRow(row.key, { label: e.target.value, name: e.target.value ? (`extra:${extraSlug(e.target.value)}` as FieldName) : null })}
                        aria-invalid={labelError ? true : undefined}
                      />
                      {labelError ? <p className={errorClass}>{labelError}</p> : null}
                    </div>
                  ) : null}
                  <div className="min-w-0 flex-1">
                    <label htmlFor={inputId} className={labelClass}>
                      {isExtra && !row.stored ? "Value" : row.label}
                      {row.stored ? (
                        <span className="ml-2 font-normal text-zinc-500 dark:text-zinc-400">
                          stored: <span className="font-mono">{row.stored.hint ? `••••${row.stored.hint}` : "••••••••"}</span>
                        </span>
                      ) : null}
                    </label>
                    <div className="mt-1 flex gap-2">
                      <input
                        id={inputId}
                        type={row.isShown ? "text" : "password"}
                        className={cn(inputClass, "font-mono")}
                        value={row.value}
                        placeholder={row.stored ? "Leave empty to keep the stored value" : ""}
                        disabled={row.isRemoved}
                        autoComplete="off"
                        spellCheck={false}
                        data-1p-ignore
                        data-lpignore="true"
                        onChange={(e) => setRow(row.key, { value: e.target.value })}
                        aria-invalid={valueError ? true : undefined}
                        aria-describedby={valueError ? `${inputId}-error` : undefined}
                        data-field={row.name ?? ""}
                      />
                      <button type="button" className={buttonClass("secondary", "px-2.5")} onClick={() => setRow(row.key, { isShown: !row.isShown })} aria-label={`${row.isShown ? "Hide" : "Show"} what you typed for ${row.label || "this field"}`} aria-pressed={row.isShown}>
                        {row.isShown ? <EyeOff className="h-4 w-4" aria-hidden="true" /> : <Eye className="h-4 w-4" aria-hidden="true" />}
                      </button>
                    </div>
                    {valueError ? (
                      <p id={`${inputId}-error`} className={errorClass}>
                        {valueError}
                      </p>
                    ) : null}
                  </div>
                  {row.stored ? (
                    <button type="button" className={buttonClass("secondary", "px-2.5")} onClick={() => setRow(row.key, { isRemoved: !row.isRemoved, value: "" })} aria-pressed={row.isRemoved}>
                      {row.isRemoved ? <RotateCcw className="h-4 w-4" aria-hidden="true" /> : <Trash2 className="h-4 w-4" aria-hidden="true" />}
                      {row.isRemoved ? "Keep" : "Remove"}
                      <span className="sr-only"> {row.label}</span>
                    </button>
                  ) : isExtra ? (
                    <button type="button" className={buttonClass("secondary", "px-2.5")} onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))} aria-label="Remove this extra field">
                      <Trash2 className="h-4 w-4" aria-hidden="true" />
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className={buttonClass("secondary", "mt-3")}
          onClick={() => setRows((current) => [...current, { key: newKey(), name: null, label: "", value: "", stored: null, isRemoved: false, isShown: false }])}
        >
          <Plus className="h-4 w-4" aria-hidden="true" /> Add an extra field
        </button>
      </fieldset>

      <div className="space-y-3">
        <ActionMessage result={result?.ok ? null : result} />
        <div className="flex flex-wrap items-center gap-3">
          {result && !result.ok && result.code === "CONFLICT" ? (
            <button type="button" className={buttonClass("secondary")} onClick={() => router.refresh()}>
              <RotateCcw className="h-4 w-4" aria-hidden="true" /> Reload their version
            </button>
          ) : null}
          <SubmitButton isPending={isPending} icon={<Save className="h-4 w-4" aria-hidden="true" />}>
            {props.mode === "create" ? "Save app" : "Save changes"}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}

export type { MetaState };
