import Link from "next/link";

/** Sign-in area of the header. */
export function AccountArea() {
  return (
    <Link href="/signin" className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200">
      Sign in
    </Link>
  );
}
