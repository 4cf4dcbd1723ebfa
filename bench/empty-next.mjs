// The baseline Next.js app: one prerendered page with one line of text, built at bench time
// with the very `next` (and React) this repository uses, so it shows what any Next.js page
// costs on this machine. Lives in bench/tmp/empty-next; node_modules is a symlink to the
// repository's.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startGroup, waitForOk } from "./lib.mjs";

const FILES = {
  "package.json": `${JSON.stringify({ name: "perch-bench-empty-next", private: true }, null, 2)}\n`,
  // Turbopack's workspace root is the repository (node_modules lives there); without a
  // configuration and an instrumentation file of its own the build would pick up Perch's.
  "next.config.mjs": "// The empty baseline app: Next.js defaults; it is only built, never type-checked.\nconst config = { typescript: { ignoreBuildErrors: true } };\nexport default config;\n",
  "instrumentation.ts": "export function register(): void {}\n",
  "tsconfig.json": `${JSON.stringify(
    {
      compilerOptions: { target: "ES2022", lib: ["dom", "dom.iterable", "esnext"], allowJs: true, skipLibCheck: true, strict: true, noEmit: true, esModuleInterop: true, module: "esnext", moduleResolution: "bundler", resolveJsonModule: true, isolatedModules: true, jsx: "react-jsx", incremental: true, plugins: [{ name: "next" }] },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
      exclude: ["node_modules"],
    },
    null,
    2,
  )}\n`,
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return <p>An empty Next.js page.</p>;
}
`,
};

/** Writes and builds the empty app; returns its directory and how long the build took. */
export function buildEmptyNext({ root, tmp }) {
  const dir = path.join(tmp, "empty-next");
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.relative(dir, path.join(root, "node_modules")), path.join(dir, "node_modules"));
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 5 * 60_000,
  });
  if (result.status !== 0) throw new Error(`next build of the empty app failed:\n${result.stdout}\n${result.stderr}`);
  const version = JSON.parse(readFileSync(path.join(root, "node_modules", "next", "package.json"), "utf8")).version;
  return { dir, buildSeconds: Math.round((Date.now() - started) / 100) / 10, nextVersion: version };
}

/** `next start` for the empty app on `port`; resolves once `/` answers. */
export async function startEmptyNext({ root, dir, port }) {
  const child = startGroup(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  await waitForOk(`http://127.0.0.1:${port}/`, child);
  return child;
}
