// Runs before every test file: `next/headers` reads the current test Browser's request
// (test/browser.ts), `next/cache` revalidation is a no-op outside a Next.js server, and
// each test starts with fresh rate limits (a fresh namespace of
// the shared RateWindow table, so test files running side by side never share a window).
import { beforeEach, vi } from "vitest";
import { rateLimiter } from "@/lib/guard/rate-limit";

vi.mock("next/headers", async () => (await import("./browser")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

beforeEach(() => rateLimiter.reset());
