import { handlePolicyCheck } from "@/lib/drafts/policy-check";
import { route } from "@/lib/guard/route";

export const dynamic = "force-dynamic";

// POST /api/policy-check - lints a use-case description (and optional answers) against the
// developer policy; returns { findings }. Stores nothing; bodies over 100 KB are refused.
export const POST = route("POST /api/policy-check", (request) => handlePolicyCheck(request));
