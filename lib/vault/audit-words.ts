/**
 * An audit entry's detail in the words the rest of Perch uses: field labels (never stored
 * names such as `apiKeySecret` or `extra:ads-account-id`), the app form's labels for its
 * details, and for a role change the role before and after. Pure: pages and tests call it.
 */
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { fieldLabel, isFieldName } from "./fields";
import type { AppMeta } from "./schemas";

/** The app form's label for each detail of an app. */
export const APP_DETAIL_LABELS: Record<keyof AppMeta, string> = {
  name: "App name",
  twitterAppId: "App ID",
  environment: "Environment",
  accessLevel: "Access level",
  notes: "Notes",
  apiTarget: "Test credentials against",
  rotateBy: "Rotate by",
};

const isRole = (value: unknown): value is Role => typeof value === "string" && Object.hasOwn(ROLE_LABELS, value);

/**
 * A field as its label: a stored name (older entries recorded those) becomes the label the
 * app knows it by (`labels`, for extra fields), else the catalogue's label; a label stays.
 */
function fieldWords(name: string, labels: Readonly<Record<string, string>>): string {
  if (labels[name]) return labels[name];
  if (!isFieldName(name)) return name;
  if (name.startsWith("extra:")) {
    const words = name.slice(6).replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return fieldLabel(name);
}

/**
 * The text after "@someone <action>" for an entry's detail, starting with its own
 * punctuation (": API Key, Bearer Token"; " from Member to Admin"), or "".
 * `fieldLabels` maps the app's stored field names to their labels.
 */
export function describeAuditDetail(action: string, detail: Record<string, unknown> | null, fieldLabels: Readonly<Record<string, string>> = {}): string {
  if (!detail) return "";
  const names = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  const list = (v: unknown, words: (s: string) => string) => names(v).map(words).join(", ");
  const parts: string[] = [];
  if (action === "member.role_changed" && isRole(detail.from) && isRole(detail.to)) parts.push(` from ${ROLE_LABELS[detail.from]} to ${ROLE_LABELS[detail.to]}`);
  if ((action === "member.joined" || action === "member.removed" || action === "invite.created") && isRole(detail.role)) parts.push(` (${ROLE_LABELS[detail.role]})`);
  const fields = list(detail.fields, (n) => fieldWords(n, fieldLabels));
  if (fields) parts.push(`: ${fields}`);
  const removed = list(detail.removed, (n) => fieldWords(n, fieldLabels));
  if (removed) parts.push(`; removed ${removed}`);
  const details = list(detail.details, (n) => (Object.hasOwn(APP_DETAIL_LABELS, n) ? APP_DETAIL_LABELS[n as keyof AppMeta] : n));
  if (details) parts.push(`; details ${details}`);
  if (typeof detail.field === "string" && isFieldName(detail.field)) parts.push(` (${fieldWords(detail.field, fieldLabels)})`);
  return parts.join("");
}
