/**
 * Runs once when a server process starts, before it serves anything: validates the
 * environment and applies database migrations. A failure stops the start with a clear
 * message rather than serving a half-configured or half-migrated app.
 */
export async function register(): Promise<void> {
  // Next.js inlines NEXT_RUNTIME per bundle; the edge bundle must not load Node modules.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server-start");
  await startServer();
}
