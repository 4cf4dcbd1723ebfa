// Runs before every test file: `next/headers` reads the current test Browser's request
// (test/browser.ts), `next/cache` revalidation is a no-op outside a Next.js server, and
// each test starts with fresh rate limits (they live in memory, per process).
import { beforeEach, vi } from "vitest";
import { rateLimiter } from "@/lib/guard/rate-limit";

vi.mock("next/headers", async () => (await import("./browser")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

beforeEach(() => rateLimiter.reset());
