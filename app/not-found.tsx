import { ButtonLink } from "@/components/ui/button-link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We couldn&rsquo;t find that page</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">The link may be old, or the page may have moved. The guides are a good place to start.</p>
      <div className="mt-8 flex justify-center gap-3">
        <ButtonLink href="/">Go home</ButtonLink>
        <ButtonLink href="/guides" variant="secondary">Browse guides</ButtonLink>
      </div>
    </div>
  );
}
