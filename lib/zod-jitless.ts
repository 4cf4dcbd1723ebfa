/**
 * Imported for its effect by the schema modules that also run in the browser. zod 4 speeds
 * up object parsing by compiling code with `new Function` when it can; under Perch's
 * Content-Security-Policy (no 'unsafe-eval', lib/http/csp.ts) its probe is refused and the
 * browser reports a violation on every page that parses. Turning the compiler off keeps
 * the policy strict and the console clean; parsing gives the same results.
 */
import { z } from "zod";

z.config({ jitless: true });
