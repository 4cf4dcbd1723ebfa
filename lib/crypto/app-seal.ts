import "server-only";
import { env } from "@/lib/env";
import { deriveSealKey, open, seal } from "./seal";

const key = deriveSealKey(env.NEXTAUTH_SECRET);

/** Seals a secret under this deployment's app secret, bound to `context`. */
export function sealForApp(plaintext: string, context: string): string {
  return seal(key, plaintext, context);
}

/** Opens a value sealed by `sealForApp` for the same context. */
export function openForApp(sealed: string, context: string): string {
  return open(key, sealed, context);
}
