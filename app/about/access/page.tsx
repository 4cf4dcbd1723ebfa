import { Check } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { PERMISSIONS, ROLES, ROLE_LABELS, can, type Permission } from "@/lib/auth/permissions";
import { accessEntries } from "@/lib/guard/access";

export const metadata = { title: "Who may do what" };

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400";
const td = "px-3 py-2 align-top";

// The permission table and the access table, rendered from the very data the guards read.
export default function AccessPage() {
  return (
    <>
      <PageHeader title="Who may do what" description="Roles in a team, and every action and route in Perch with who may call it. The guards read these same tables; nothing here is a copy." />
      <section aria-labelledby="roles" className="space-y-3">
        <h2 id="roles" className="text-xl font-semibold">
          Roles in a team
        </h2>
        <div className="overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800">
          <table className="w-full text-sm" data-testid="permission-table">
            <caption className="sr-only">What each team role may do</caption>
            <thead className="bg-zinc-50 dark:bg-zinc-900">
              <tr>
                <th scope="col" className={th}>
                  Permission
                </th>
                {ROLES.map((role) => (
                  <th key={role} scope="col" className={`${th} text-center`}>
                    {ROLE_LABELS[role]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {(Object.keys(PERMISSIONS) as Permission[]).map((p) => (
                <tr key={p}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {PERMISSIONS[p].label} <code className="text-xs text-zinc-500">{p}</code>
                  </th>
                  {ROLES.map((role) => (
                    <td key={role} className={`${td} text-center`}>
                      {can(role, p) ? <Check className="mx-auto h-4 w-4 text-emerald-700 dark:text-emerald-400" aria-label="yes" /> : <span className="sr-only">no</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="access" className="mt-10 space-y-3">
        <h2 id="access" className="text-xl font-semibold">
          Every action and route
        </h2>
        <div className="overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800">
          <table className="w-full text-sm" data-testid="access-table">
            <caption className="sr-only">Who may call each server action and route</caption>
            <thead className="bg-zinc-50 dark:bg-zinc-900">
              <tr>
                <th scope="col" className={th}>
                  Action or route
                </th>
                <th scope="col" className={th}>
                  Who
                </th>
                <th scope="col" className={th}>
                  Rate limit
                </th>
                <th scope="col" className={th}>
                  What it does
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {accessEntries().map(([id, e]) => (
                <tr key={id}>
                  <th scope="row" className={`${td} text-left font-mono text-xs font-normal break-all`}>
                    {id}
                  </th>
                  <td className={td}>
                    {e.level === "public" ? "Anyone" : e.level === "user" ? "Signed in" : e.level === "token" ? "A service token, for its apps and environments" : `${ROLE_LABELS[PERMISSIONS[e.permission].minRole]} and above`}
                    {e.sandbox ? " (sandbox on)" : ""}
                    {e.recentSignIn ? `, signed in within the last ${e.recentSignIn / 60} minutes` : ""}
                  </td>
                  <td className={`${td} whitespace-nowrap`}>{e.rate ? `${e.rate.max} per ${e.rate.seconds >= 3600 ? `${e.rate.seconds / 3600} h` : `${e.rate.seconds / 60} min`}` : "—"}</td>
                  <td className={td}>{e.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
