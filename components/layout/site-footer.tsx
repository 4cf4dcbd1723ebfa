import Link from "next/link";

/** Footer with the non-affiliation notice that every page must carry. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between sm:px-6 dark:text-zinc-400">
        <p>Perch is an independent project. It is not affiliated with, endorsed by or sponsored by X Corp. or Twitter.</p>
        <p>
          <Link href="/about" className="underline underline-offset-4 hover:text-zinc-900 dark:hover:text-white">
            About this deployment
          </Link>
        </p>
      </div>
    </footer>
  );
}
