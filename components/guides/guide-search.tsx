"use client";

import { Search, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { searchGuides, type SearchIndex, type SearchResult } from "@/lib/guides/search";

const INDEX_URL = "/api/guides/search-index";

let indexPromise: Promise<SearchIndex> | null = null;

function loadIndex(): Promise<SearchIndex> {
  indexPromise ??= fetch(INDEX_URL).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<SearchIndex>;
  });
  indexPromise.catch(() => (indexPromise = null));
  return indexPromise;
}

type IndexState = { status: "idle" | "loading" | "error" } | { status: "ready"; index: SearchIndex };

/**
 * Search across every step of every guide. The index is a static file built with the
 * site, fetched the first time the box gets focus, and searched in the browser.
 * Arrow keys move between the box and the results; Enter opens the first result.
 */
export function GuideSearch({ stepCount }: { stepCount: number }) {
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [state, setState] = useState<IndexState>({ status: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const router = useRouter();
  const inputId = useId();
  const statusId = useId();
  const listId = useId();

  const ensureIndex = () => {
    if (state.status === "ready" || state.status === "loading") return;
    setState({ status: "loading" });
    loadIndex()
      .then((index) => setState({ status: "ready", index }))
      .catch(() => setState({ status: "error" }));
  };

  const results: SearchResult[] = useMemo(() => (state.status === "ready" ? searchGuides(state.index, deferredQuery, 8) : []), [state, deferredQuery]);
  const hasQuery = deferredQuery.trim().length > 0;

  const links = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? []);

  const onInputKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === "Escape" && query) {
      e.preventDefault();
      setQuery("");
    }
  };

  const onListKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const next = e.key === "ArrowDown" ? all[i + 1] : i === 0 ? inputRef.current : all[i - 1];
      next?.focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      inputRef.current?.focus();
    }
  };

  let status: string;
  if (state.status === "error") status = "Search could not be loaded. Check your connection and try again.";
  else if (!hasQuery) status = `Search ${stepCount} steps across all guides by any word in them.`;
  else if (state.status !== "ready") status = "Loading search…";
  else if (results.length === 0) status = `No steps match “${deferredQuery.trim()}”.`;
  else status = results.length === 1 ? "1 step found." : `${results.length} steps found.`;

  return (
    <div className="relative">
      <form
        role="search"
        aria-label="Guides"
        onSubmit={(e) => {
          e.preventDefault();
          const first = results[0];
          if (first) router.push(first.href);
        }}
      >
        <label htmlFor={inputId} className="mb-1.5 block text-sm font-semibold">
          Search the guides
        </label>
        <div className="relative">
          <Search className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-zinc-500 dark:text-zinc-400" aria-hidden="true" />
          <input
            ref={inputRef}
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              ensureIndex();
            }}
            onFocus={ensureIndex}
            onPointerEnter={ensureIndex}
            onKeyDown={onInputKeyDown}
            placeholder="e.g. callback, Bearer Token"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={statusId}
            aria-controls={listId}
            className="w-full rounded-lg border border-zinc-300 bg-white py-2.5 pl-9 pr-10 text-base placeholder:text-zinc-500 focus-visible:border-sky-600 sm:text-sm dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-400 [&::-webkit-search-cancel-button]:hidden"
          />
          {query ? (
            <button
              type="button"
              onClick={() => {
                setQuery("");
                inputRef.current?.focus();
              }}
              className="absolute right-1.5 top-1/2 inline-flex h-8 w-8 -translate-y-1/2 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
              aria-label="Clear search"
            >
              <X className="h-4 w-4" aria-hidden="true" />
            </button>
          ) : null}
        </div>
      </form>
      <p id={statusId} className="mt-1.5 text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {status}
      </p>
      <ul id={listId} ref={listRef} onKeyDown={onListKeyDown} aria-label="Search results" className={results.length > 0 && hasQuery ? "mt-3 divide-y divide-zinc-200 overflow-hidden rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" : "hidden"}>
        {hasQuery
          ? results.map((r) => (
              <li key={r.href}>
                <Link href={r.href} data-result className="block px-3 py-2.5 hover:bg-zinc-50 focus-visible:bg-sky-50 focus-visible:outline-offset-[-2px] dark:hover:bg-zinc-900 dark:focus-visible:bg-sky-950">
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {r.guideTitle} · Step {r.stepNumber}
                  </span>
                  <span className="block font-medium text-zinc-900 dark:text-zinc-100">{r.stepTitle}</span>
                  <span className="mt-0.5 block text-sm text-zinc-600 dark:text-zinc-400">
                    {r.snippet.map((piece, i) =>
                      piece.isMatch ? (
                        <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-zinc-900 dark:bg-amber-900/60 dark:text-amber-50">
                          {piece.text}
                        </mark>
                      ) : (
                        <span key={i}>{piece.text}</span>
                      ),
                    )}
                  </span>
                </Link>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
