import { ArrowRight, KeyRound, OctagonAlert, PenLine, Sparkles, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { DraftList } from "@/components/drafts/draft-list";
import { GuidesNextStep } from "@/components/guides/guides-next-step";
import { HomeProgress } from "@/components/guides/home-progress";
import { ProgressSync } from "@/components/guides/progress-sync";
import type { Dashboard as DashboardData, NextStep } from "@/lib/home/next-steps";
import type { GuideOutline } from "@/lib/guides/progress-merge";
import { cn } from "@/lib/utils";

const TONE = {
  danger: { icon: OctagonAlert, className: "border-red-300 dark:border-red-900" },
  warning: { icon: TriangleAlert, className: "border-amber-300 dark:border-amber-900" },
  info: { icon: Sparkles, className: "border-sky-300 dark:border-sky-900" },
} as const;

function Step({ step, isFirst, outlines }: { step: NextStep; isFirst: boolean; outlines: GuideOutline[] }) {
  const { icon: Icon, className } = TONE[step.tone];
  return (
    <li>
      <Link href={step.href} className={cn("flex items-start gap-3 rounded-xl p-4 hover:bg-zinc-50 dark:hover:bg-zinc-900", className, isFirst ? "border-2" : "border")}>
        <Icon className="mt-0.5 h-5 w-5 shrink-0" aria-hidden="true" />
        <span className="min-w-0 flex-1">
          {step.kind === "guides" ? (
            <GuidesNextStep outlines={outlines} />
          ) : (
            <>
              <span className="block font-semibold">{step.title}</span>
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">{step.detail}</span>
            </>
          )}
        </span>
        <ArrowRight className="mt-1 h-4 w-4 shrink-0" aria-hidden="true" />
      </Link>
    </li>
  );
}

/** The signed-in home: the next thing to do first, then guides, vault health and drafts. */
export function Dashboard({ name, data, outlines }: { name: string; data: DashboardData; outlines: GuideOutline[] }) {
  return (
    <div className="space-y-12">
      <ProgressSync outlines={outlines} />
      <section aria-labelledby="next">
        <h1 className="text-3xl font-bold tracking-tight">Welcome back, {name}</h1>
        <h2 id="next" className="mt-6 text-xl font-semibold">
          Next
        </h2>
        {data.steps.length === 0 ? (
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">Nothing needs you: every app is tested and healthy, and your drafts have no problems.</p>
        ) : (
          <ol className="mt-3 space-y-2" data-testid="next-steps">
            {data.steps.slice(0, 6).map((step, i) => (
              <Step key={`${step.href}-${step.title}`} step={step} isFirst={i === 0} outlines={outlines} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="your-progress">
        <h2 id="your-progress" className="text-xl font-semibold">
          Your progress
        </h2>
        <div className="mt-4">
          <HomeProgress outlines={outlines} />
        </div>
      </section>
      <section aria-labelledby="vault-health">
        <h2 id="vault-health" className="flex items-center gap-2 text-xl font-semibold">
          <KeyRound className="h-5 w-5" aria-hidden="true" /> Vault health
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2" data-testid="vault-health">
          {data.teams.map(({ team, apps, flagged }) => (
            <li key={team.id} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
              <Link href={`/vault/${team.id}`} className="font-semibold text-sky-800 hover:underline dark:text-sky-300">
                {team.name}
              </Link>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {apps.length === 1 ? "1 app" : `${apps.length} apps`} · {flagged.length === 0 ? "all healthy" : `${flagged.length} need${flagged.length === 1 ? "s" : ""} attention`}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {data.drafts.length > 0 ? (
        <section aria-labelledby="drafts">
          <h2 id="drafts" className="flex items-center gap-2 text-xl font-semibold">
            <PenLine className="h-5 w-5" aria-hidden="true" /> Drafts
          </h2>
          <div className="mt-4 space-y-4">
            {[...new Set(data.drafts.map((d) => d.teamId))].map((teamId) => (
              <DraftList key={teamId} teamId={teamId} drafts={data.drafts.filter((d) => d.teamId === teamId).slice(0, 5)} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
