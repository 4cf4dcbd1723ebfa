/**
 * Run counts for property, load and fault tests: modest in the normal suite, raised under
 * `npm run test:stress` (vitest.config.mts provides `stress` from PERCH_STRESS=1). One fixed
 * seed, so a failure found once is found again.
 */
import { inject } from "vitest";

declare module "vitest" {
  // Declaration merging with vitest's own context needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    stress: boolean;
  }
}

export const isStress = inject("stress");

/** `normal` runs in the suite, `stress` under test:stress. */
export function runs(normal: number, stress: number): number {
  return isStress ? stress : normal;
}

/** The seed every fast-check property in these tests starts from. */
export const FUZZ_SEED = 20261207;
