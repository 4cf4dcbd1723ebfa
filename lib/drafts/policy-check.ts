/**
 * The policy check over HTTP: POST { text, answers? } → { findings }. The route guard reads
 * nothing itself; this reads the body with a 100 KB limit enforced while reading, validates
 * it (unknown keys are reported, so typos show), lints, and stores nothing. Errors are the
 * app's one error type, answered as problem JSON by the guard.
 */
import { z } from "zod";
import { parseInput } from "@/lib/guard/core";
import { readJsonWithLimit } from "@/lib/http/read-body";
import { answersSchema } from "./answers";
import { lintDraft, type Finding } from "./lint";

/** Largest request body accepted, in bytes. */
export const POLICY_CHECK_MAX_BYTES = 100 * 1024;

export const policyCheckRequestSchema = z.strictObject({
  text: z.string({ error: "Required: the description to check, as a string" }).max(POLICY_CHECK_MAX_BYTES, "At most 102,400 characters"),
  answers: answersSchema.optional(),
});

export type PolicyCheckRequest = z.input<typeof policyCheckRequestSchema>;
export type PolicyCheckResponse = { findings: Finding[] };

/** Handles POST /api/policy-check (behind the route guard). */
export async function handlePolicyCheck(request: Request): Promise<Response> {
  const body = parseInput(policyCheckRequestSchema, await readJsonWithLimit(request, POLICY_CHECK_MAX_BYTES));
  const response: PolicyCheckResponse = { findings: lintDraft({ text: body.text, answers: body.answers ?? null }) };
  return Response.json(response, { headers: { "Cache-Control": "no-store" } });
}
