import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** A friendly placeholder for a list with nothing in it yet. */
export function EmptyState({ icon: Icon, title, children }: { icon: LucideIcon; title: string; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
      <Icon className="mx-auto h-8 w-8 text-zinc-400" aria-hidden="true" />
      <h2 className="mt-3 font-semibold">{title}</h2>
      {children ? <div className="mx-auto mt-2 max-w-md text-sm text-zinc-600 dark:text-zinc-400">{children}</div> : null}
    </div>
  );
}
