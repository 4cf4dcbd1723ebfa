import type { Guide } from "@/lib/guides/types";
import { getAccessGuide } from "./get-access";
import { createAppGuide } from "./create-app-and-keys";
import { policyGuide } from "./access-levels-and-policy";
import { adsApiGuide } from "./ads-api";
import { apiOverviewGuide } from "./api-overview";

/** Every guide, in the order a newcomer would follow them. */
export const guides: Guide[] = [getAccessGuide, createAppGuide, policyGuide, adsApiGuide, apiOverviewGuide];
