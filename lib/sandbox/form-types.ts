/** Shapes the sandbox's server actions return and its client components show. */

import type { StandardField } from "@/lib/vault/fields";

/** A secret shown once, right after it is made. Labels are the portal's names; `field` is where the vault keeps it. */
export type OneTimeSecret = { label: string; value: string; envName: string; field: StandardField };

/** A practice account as the UI shows it. */
export type PracticeAccount = { id: string; name: string; username: string };

/** Credentials an action made, shown once, with a sentence about them and the App they belong to. */
export type NewSecrets = { message: string; appName: string; secrets: OneTimeSecret[] };
