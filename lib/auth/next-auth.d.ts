import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Session extends DefaultSession {
    user: { id: string; name?: string | null; image?: string | null; username: string };
  }
}
