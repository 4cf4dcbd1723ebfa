"use server";

import { z } from "zod";
import { publicAction } from "@/lib/guard/action";
import { AppError } from "@/lib/guard/errors";
import { approveAuthorization, AUTHORIZE_PARAMS, denyAuthorization, type RawParams } from "@/lib/sandbox/authorize";
import { requireHeldAccount } from "@/lib/sandbox/portal";
import { findSandboxUser } from "@/lib/sandbox/store";

// The consent screen's decision. The authorization request travels in hidden fields and is
// checked again in full; the account must be one this browser holds.

// The request's own parameters, validated by checkAuthorizeRequest (repeats kept as arrays, which it refuses).
const param = z.union([z.string().max(2048), z.array(z.string().max(2048)).max(4)]).optional();

const decisionInput = z.object({
  decision: z.enum(["authorize", "cancel"], { error: "Choose Authorize app or Cancel." }),
  userId: z.string().max(64).optional(),
  response_type: param,
  client_id: param,
  redirect_uri: param,
  scope: param,
  state: param,
  code_challenge: param,
  code_challenge_method: param,
});

/** Authorize or Cancel: returns where the browser goes next (the client's callback). */
export const decideAuthorization = publicAction("sandbox.decideAuthorization", decisionInput, async (input) => {
  const raw: RawParams = Object.fromEntries(AUTHORIZE_PARAMS.map((name) => [name, input[name]]));
  if (input.decision === "cancel") {
    const result = await denyAuthorization({ raw });
    if (!result.ok) throw new AppError("BAD_INPUT", result.message);
    return { location: result.location };
  }
  if (!input.userId) throw new AppError("BAD_INPUT", "Choose the practice account to sign in with.", { fieldErrors: { userId: ["Choose a practice account."] } });
  const held = await requireHeldAccount(input.userId);
  const account = await findSandboxUser(held.id);
  if (!account) throw new AppError("NOT_FOUND", "That practice account no longer exists. Choose another one.");
  const result = await approveAuthorization({ raw, account });
  if (!result.ok) throw new AppError("BAD_INPUT", result.message);
  return { location: result.location };
});
