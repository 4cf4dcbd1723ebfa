import type { Guide } from "@/lib/guides/types";
import { developerConsoleGuide } from "./developer-console/guide";
import { getAccessGuide } from "./get-access/guide";
import { createAppGuide } from "./create-app-and-keys/guide";
import { policyGuide } from "./access-levels-and-policy/guide";
import { adsApiGuide } from "./ads-api/guide";
import { apiOverviewGuide } from "./api-overview/guide";

/**
 * Every guide, in the order a newcomer would follow them. Today's path (the Developer
 * Console) comes first; the guides after it follow the earlier developer portal their seed
 * documents describe, with dated notes on what has changed.
 */
export const guides: Guide[] = [developerConsoleGuide, getAccessGuide, createAppGuide, policyGuide, adsApiGuide, apiOverviewGuide];
