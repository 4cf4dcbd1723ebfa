import { ErrorExplanation } from "@/components/troubleshoot/error-explanation";
import { Troubleshooter } from "@/components/troubleshoot/troubleshooter";
import { PageHeader } from "@/components/ui/page-header";
import { X_ERRORS } from "@/lib/x/errors";

export const metadata = { title: "From an X error to its fix" };

const GROUPS = [
  { id: "specific", title: "Errors Perch recognises by their details", entries: X_ERRORS.filter((e) => !e.isGeneric) },
  { id: "by-status", title: "Status codes on their own", entries: X_ERRORS.filter((e) => e.isGeneric) },
];

// Static: the catalogue is code, and matching runs in the browser (nothing pasted is sent).
export default function TroubleshootPage() {
  return (
    <>
      <PageHeader
        title="From an X error to its fix"
        description="Paste what the X API answered, or what your library printed, and see what it means, the likely cause, the fix, and the guide step that shows it."
      />
      <div className="max-w-3xl space-y-10">
        <Troubleshooter />
        <section aria-labelledby="known-errors" className="space-y-6">
          <div>
            <h2 id="known-errors" className="text-lg font-semibold">
              The {X_ERRORS.length} errors Perch knows
            </h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Each rests on a page of X&rsquo;s developer documentation, linked with the date Perch last checked it. Anything else is reported as not recognised rather than guessed.</p>
          </div>
          {GROUPS.map((group) => (
            <div key={group.id} className="space-y-3">
              <h3 className="text-base font-semibold text-zinc-700 dark:text-zinc-300">{group.title}</h3>
              <ul className="space-y-3">
                {group.entries.map((entry) => (
                  <li key={entry.id} id={entry.id} className="scroll-mt-24 rounded-lg border border-zinc-200 p-4 target:border-sky-500 target:ring-2 target:ring-sky-500/40 dark:border-zinc-800">
                    <ErrorExplanation entry={entry} headingLevel={4} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
    </>
  );
}
