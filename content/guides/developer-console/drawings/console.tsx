/**
 * The Developer Console's frame for this guide's drawings: the browser window from the
 * kit, the console's own left-hand menu, and a dialog. Built only from kit/draw.tsx so the
 * guide stays independent of other guides' drawing parts.
 */
import type { ReactNode } from "react";
import { HEIGHT, Screen, Text, WIDTH } from "@/content/guides/kit/draw";

/** Where the console lives; every drawing's address starts here. */
export const CONSOLE_HOST = "console.x.com";

/** The console's left-hand menu, in the order it is drawn. */
export const CONSOLE_NAV = ["Dashboard", "Apps", "Usage", "Billing", "Team", "Settings"] as const;
export type ConsoleSection = (typeof CONSOLE_NAV)[number];

/** Width of the console menu; page content starts to its right. */
export const NAV_W = 190;
/** Height of the page area below the browser chrome. */
export const PAGE_H = HEIGHT - 40;
/** Width of the page area right of the menu. */
export const PAGE_W = WIDTH - NAV_W;

/** Vertical centre of menu item `i`, in page coordinates (for callouts and leader lines). */
export function navY(i: number): number {
  return 78 + i * 34;
}

/** Horizontal position of the menu, in page coordinates (negative: left of the page). */
export const NAV_X = -NAV_W;

function ConsoleNav({ active }: { active: ConsoleSection }) {
  return (
    <g>
      <rect x="0" y="0" width={NAV_W} height={PAGE_H - 1} className="fill-zinc-50 dark:fill-zinc-950" />
      <rect x="16" y="18" width="22" height="22" rx="5" className="fill-zinc-900 dark:fill-zinc-100" />
      <text x="27" y="34" fontSize="14" fontWeight="800" textAnchor="middle" className="fill-white dark:fill-zinc-900">
        X
      </text>
      <Text x={46} y={34} weight={700}>
        Developer Console
      </Text>
      {CONSOLE_NAV.map((item, i) => {
        const y = navY(i);
        const isActive = item === active;
        return (
          <g key={item}>
            {isActive ? <rect x="8" y={y - 14} width={NAV_W - 16} height="28" rx="6" className="fill-sky-100 dark:fill-sky-950" /> : null}
            <Text x={20} y={y + 4} weight={isActive ? 600 : 400} tone={isActive ? "accent" : "muted"}>
              {item}
            </Text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * One signed-in console page: the menu with `active` highlighted, and `children` drawn in
 * page coordinates (0,0 is the top left of the area right of the menu).
 */
export function ConsoleScreen({ path, active, children }: { path: string; active: ConsoleSection; children: ReactNode }) {
  return (
    <Screen url={`${CONSOLE_HOST}${path}`}>
      <ConsoleNav active={active} />
      <g transform={`translate(${NAV_W} 0)`}>{children}</g>
    </Screen>
  );
}

/** Dims the page behind a dialog; covers the area it is drawn in. */
export function Scrim({ x = 0, y = 0, w, h }: { x?: number; y?: number; w: number; h: number }) {
  return <rect x={x} y={y} width={w} height={h} className="fill-zinc-900/25 dark:fill-black/55" />;
}

/** A raised dialog box with a title. */
export function Dialog({ x, y, w, h, title, children }: { x: number; y: number; w: number; h: number; title: string; children?: ReactNode }) {
  return (
    <g>
      <rect x={x} y={y + 3} width={w} height={h} rx="14" className="fill-zinc-900/10 dark:fill-black/40" />
      <rect x={x} y={y} width={w} height={h} rx="14" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
      <Text x={x + 24} y={y + 38} size={18} weight={700}>
        {title}
      </Text>
      {children}
    </g>
  );
}

/** A warning strip, e.g. "shown only once". */
export function Warning({ x, y, w, text }: { x: number; y: number; w: number; text: string }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height="30" rx="6" className="fill-amber-50 stroke-amber-300 dark:fill-amber-950 dark:stroke-amber-800" />
      <text x={x + 12} y={y + 20} fontSize="12" fontWeight="600" className="fill-amber-900 dark:fill-amber-200">
        {text}
      </text>
    </g>
  );
}

/** An on/off switch with a label. */
export function Toggle({ x, y, label, isOn }: { x: number; y: number; label: string; isOn: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width="34" height="20" rx="10" className={isOn ? "fill-sky-600 dark:fill-sky-500" : "fill-zinc-300 dark:fill-zinc-600"} />
      <circle cx={isOn ? x + 24 : x + 10} cy={y + 10} r="7" className="fill-white dark:fill-zinc-950" />
      <Text x={x + 46} y={y + 15} weight={600}>
        {label}
      </Text>
    </g>
  );
}
