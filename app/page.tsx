import { BookOpenCheck, KeyRound, LogIn, PenLine } from "lucide-react";
import { HomeProgress } from "@/components/guides/home-progress";
import { ProgressSync } from "@/components/guides/progress-sync";
import { Dashboard } from "@/components/home/dashboard";
import { ButtonLink } from "@/components/ui/button-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadDashboard } from "@/lib/home/next-steps";
import { guideOutlines } from "@/content/guides/catalog";

const CAPABILITIES = [
  { icon: LogIn, title: "Sign in with Twitter", text: "OAuth 2.0 with PKCE, and a built-in sandbox that imitates Twitter so everything works before you have keys." },
  { icon: BookOpenCheck, title: "Step-by-step guides", text: "The developer portal's onboarding, one screen at a time, with a drawing of every step and your progress saved." },
  { icon: KeyRound, title: "Team credential vault", text: "Your app's keys and tokens, encrypted per team, masked until someone reveals them on purpose, with an audit trail." },
  { icon: PenLine, title: "Use-case drafting helper", text: "Answer the reviewer's questions and get a specific, honest use-case description, checked against the policy." },
];

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const outlines = guideOutlines();
  const user = await getCurrentUser();
  if (user) {
    const data = await loadDashboard({ userId: user.id, guideSteps: outlines.reduce((n, o) => n + o.stepIds.length, 0), firstGuide: outlines[0]?.slug ?? "" });
    return <Dashboard name={user.name} data={data} outlines={outlines} />;
  }
  return (
    <div className="space-y-14">
      <ProgressSync outlines={outlines} />
      <section className="max-w-3xl pt-6">
        <p className="text-sm font-semibold uppercase tracking-wider text-sky-700 dark:text-sky-400">For developers and small teams</p>
        <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">From &ldquo;we want to use the Twitter API&rdquo; to keys that work and are stored safely.</h1>
        <p className="mt-5 text-lg text-zinc-600 dark:text-zinc-400">
          Perch walks you through the developer portal, keeps your app&rsquo;s keys in an encrypted vault your team shares, and helps you write the use-case description Twitter&rsquo;s review asks for.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/guides">Start with the guides</ButtonLink>
          <ButtonLink href="/vault" variant="secondary">Open the vault</ButtonLink>
        </div>
      </section>
      <section aria-labelledby="your-progress">
        <h2 id="your-progress" className="text-xl font-semibold">Your progress</h2>
        <div className="mt-5">
          <HomeProgress outlines={outlines} />
        </div>
      </section>
      <section aria-labelledby="capabilities">
        <h2 id="capabilities" className="text-xl font-semibold">What Perch does</h2>
        <ul className="mt-5 grid gap-4 sm:grid-cols-2">
          {CAPABILITIES.map(({ icon: Icon, title, text }) => (
            <li key={title} className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
              <Icon className="h-6 w-6 text-sky-700 dark:text-sky-400" aria-hidden="true" />
              <h3 className="mt-3 font-semibold">{title}</h3>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
