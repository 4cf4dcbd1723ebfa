/**
 * Drawing kit for guide screenshots: our own schematic drawings of developer-portal
 * screens, built from source so a changed portal screen is a small code change.
 *
 * Everything draws in one 960×600 coordinate space. Colours come from Tailwind classes
 * so drawings follow light and dark mode. Drawings are decorative SVG (aria-hidden);
 * the figure around them carries the alt text.
 */
import type { ReactNode } from "react";

export const WIDTH = 960;
export const HEIGHT = 600;
const SIDEBAR_W = 190;
const CHROME_H = 40;
/** Sidebar rows: the first row's text box starts NAV_TOP below the chrome, one every NAV_ROW_H. */
const NAV_TOP = 64;
const NAV_ROW_H = 34;
const NAV_ITEM_H = 28;

/** Approximate width of a label in the kit's 13px UI font, for sizing buttons. */
export function textWidth(text: string, size = 13): number {
  return Math.ceil(text.length * size * 0.56);
}

/** Left edges of items laid out in a row from `start`, item i being `widths[i]` wide. */
export function rowStarts(start: number, widths: number[]): number[] {
  return widths.map((_, i) => start + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
}

type ScreenProps = {
  /** Text in the fake address bar, e.g. "developer.twitter.com/en/portal/dashboard". */
  url: string;
  /** Portal navigation on the left; omit for full-width pages such as sign-up. */
  sidebar?: { items: string[]; active?: string };
  children: ReactNode;
};

/** A browser window showing one portal page. Children draw in page coordinates. */
export function Screen({ url, sidebar, children }: ScreenProps) {
  const contentX = sidebar ? SIDEBAR_W : 0;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      xmlns="http://www.w3.org/2000/svg"
      aria-hidden="true"
      focusable="false"
      className="h-auto w-full font-sans"
      fontFamily="Inter Variable, ui-sans-serif, system-ui, sans-serif"
    >
      <rect width={WIDTH} height={HEIGHT} rx="10" className="fill-white stroke-zinc-300 dark:fill-zinc-900 dark:stroke-zinc-700" />
      {/* browser chrome */}
      <path d={`M0 10a10 10 0 0 1 10-10h${WIDTH - 20}a10 10 0 0 1 10 10v${CHROME_H - 10}H0z`} className="fill-zinc-100 dark:fill-zinc-800" />
      <circle cx="20" cy="20" r="5" className="fill-red-400" />
      <circle cx="38" cy="20" r="5" className="fill-amber-400" />
      <circle cx="56" cy="20" r="5" className="fill-emerald-400" />
      <rect x="80" y="9" width={WIDTH - 100} height="22" rx="11" className="fill-white dark:fill-zinc-900" />
      <text x="96" y="24" fontSize="12" className="fill-zinc-500 dark:fill-zinc-400">
        {url}
      </text>
      {sidebar ? <Sidebar items={sidebar.items} active={sidebar.active} /> : null}
      <g transform={`translate(${contentX} ${CHROME_H})`}>{children}</g>
    </svg>
  );
}

function Sidebar({ items, active }: { items: string[]; active?: string }) {
  return (
    <g>
      <rect x="0" y={CHROME_H} width={SIDEBAR_W} height={HEIGHT - CHROME_H - 1} className="fill-zinc-50 dark:fill-zinc-950" />
      <rect x="16" y={CHROME_H + 18} width="22" height="22" rx="5" className="fill-zinc-900 dark:fill-zinc-100" />
      <text x="46" y={CHROME_H + 34} fontSize="13" fontWeight="700" className="fill-zinc-900 dark:fill-zinc-100">
        Developer Portal
      </text>
      {items.map((item, i) => {
        const y = CHROME_H + NAV_TOP + i * NAV_ROW_H;
        const isActive = item === active;
        return (
          <g key={item}>
            {isActive ? <rect x="8" y={y - 4} width={SIDEBAR_W - 16} height={NAV_ITEM_H} rx="6" className="fill-sky-100 dark:fill-sky-950" /> : null}
            <text x="20" y={y + 14} fontSize="13" fontWeight={isActive ? 600 : 400} className={isActive ? "fill-sky-700 dark:fill-sky-300" : "fill-zinc-600 dark:fill-zinc-400"}>
              {item}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Page-space y of the middle of sidebar row `i` (page space starts right of the sidebar),
 * for a callout beside a sidebar entry: `<Callout x={16} y={navY(i)} to={{ x: -44, y: navY(i) }} />`.
 */
export const navY = (i: number): number => NAV_TOP + i * NAV_ROW_H + NAV_ITEM_H / 2 - 4;

type TextProps = {
  x: number;
  y: number;
  children: ReactNode;
  size?: number;
  weight?: number;
  tone?: "default" | "muted" | "accent" | "danger" | "success";
  anchor?: "start" | "middle" | "end";
  mono?: boolean;
};

const TONES = {
  default: "fill-zinc-900 dark:fill-zinc-100",
  muted: "fill-zinc-500 dark:fill-zinc-400",
  accent: "fill-sky-700 dark:fill-sky-300",
  danger: "fill-red-700 dark:fill-red-400",
  success: "fill-emerald-700 dark:fill-emerald-400",
} as const;

/** A line of text. */
export function Text({ x, y, children, size = 13, weight = 400, tone = "default", anchor = "start", mono = false }: TextProps) {
  return (
    <text x={x} y={y} fontSize={size} fontWeight={weight} textAnchor={anchor} className={TONES[tone]} fontFamily={mono ? "ui-monospace, monospace" : undefined}>
      {children}
    </text>
  );
}

/** A page heading with an optional muted sub-line. */
export function Heading({ x, y, title, subtitle }: { x: number; y: number; title: string; subtitle?: string }) {
  return (
    <g>
      <Text x={x} y={y} size={20} weight={700}>
        {title}
      </Text>
      {subtitle ? (
        <Text x={x} y={y + 22} tone="muted">
          {subtitle}
        </Text>
      ) : null}
    </g>
  );
}

/** A bordered card or section. */
export function Panel({ x, y, w, h, title, children }: { x: number; y: number; w: number; h: number; title?: string; children?: ReactNode }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx="8" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
      {title ? (
        <Text x={x + 16} y={y + 26} size={14} weight={600}>
          {title}
        </Text>
      ) : null}
      {children}
    </g>
  );
}

/** Grey bars standing in for paragraphs we do not need to reproduce. */
export function Lines({ x, y, w, count = 3, gap = 14 }: { x: number; y: number; w: number; count?: number; gap?: number }) {
  return (
    <g>
      {Array.from({ length: count }, (_, i) => (
        <rect key={i} x={x} y={y + i * gap} width={i === count - 1 ? w * 0.6 : w} height="7" rx="3.5" className="fill-zinc-200 dark:fill-zinc-700" />
      ))}
    </g>
  );
}

type ButtonProps = { x: number; y: number; label: string; w?: number; variant?: "primary" | "secondary" | "danger" };

/** A button; width follows the label unless given. */
export function Button({ x, y, label, w, variant = "primary" }: ButtonProps) {
  const width = w ?? textWidth(label) + 32;
  const box = {
    primary: "fill-sky-600 dark:fill-sky-500",
    secondary: "fill-white stroke-zinc-300 dark:fill-zinc-800 dark:stroke-zinc-600",
    danger: "fill-white stroke-red-300 dark:fill-zinc-800 dark:stroke-red-800",
  }[variant];
  const label_ = {
    primary: "fill-white dark:fill-zinc-950",
    secondary: "fill-zinc-800 dark:fill-zinc-100",
    danger: "fill-red-700 dark:fill-red-400",
  }[variant];
  return (
    <g>
      <rect x={x} y={y} width={width} height="32" rx="16" className={box} />
      <text x={x + width / 2} y={y + 20.5} fontSize="13" fontWeight="600" textAnchor="middle" className={label_}>
        {label}
      </text>
    </g>
  );
}

/** A labelled text input, optionally filled in. */
export function Input({ x, y, w, label, value, placeholder }: { x: number; y: number; w: number; label: string; value?: string; placeholder?: string }) {
  return (
    <g>
      <Text x={x} y={y} size={12} weight={600}>
        {label}
      </Text>
      <rect x={x} y={y + 8} width={w} height="32" rx="6" className="fill-white stroke-zinc-300 dark:fill-zinc-950 dark:stroke-zinc-600" />
      <Text x={x + 10} y={y + 29} tone={value ? "default" : "muted"} mono={Boolean(value)}>
        {value ?? placeholder ?? ""}
      </Text>
    </g>
  );
}

/** A radio option. */
export function Radio({ x, y, label, checked = false, hint }: { x: number; y: number; label: string; checked?: boolean; hint?: string }) {
  return (
    <g>
      <circle cx={x + 8} cy={y + 8} r="8" className="fill-white stroke-zinc-400 dark:fill-zinc-950 dark:stroke-zinc-500" />
      {checked ? <circle cx={x + 8} cy={y + 8} r="4.5" className="fill-sky-600 dark:fill-sky-400" /> : null}
      <Text x={x + 24} y={y + 13} weight={checked ? 600 : 400}>
        {label}
      </Text>
      {hint ? (
        <Text x={x + 24} y={y + 30} size={11} tone="muted">
          {hint}
        </Text>
      ) : null}
    </g>
  );
}

/** A checkbox. */
export function Checkbox({ x, y, label, checked = false }: { x: number; y: number; label: string; checked?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width="16" height="16" rx="3" className={checked ? "fill-sky-600 dark:fill-sky-400" : "fill-white stroke-zinc-400 dark:fill-zinc-950 dark:stroke-zinc-500"} />
      {checked ? <path d={`M${x + 4} ${y + 8.5}l3 3 5-6.5`} fill="none" strokeWidth="2" className="stroke-white dark:stroke-zinc-950" /> : null}
      <Text x={x + 24} y={y + 13}>
        {label}
      </Text>
    </g>
  );
}

/** A small coloured pill, e.g. an access level or "Suspended". */
export function Badge({ x, y, label, tone = "neutral" }: { x: number; y: number; label: string; tone?: "neutral" | "info" | "success" | "danger" | "warning" }) {
  const width = textWidth(label, 11) + 16;
  const cls = {
    neutral: ["fill-zinc-100 dark:fill-zinc-800", "fill-zinc-700 dark:fill-zinc-300"],
    info: ["fill-sky-100 dark:fill-sky-950", "fill-sky-800 dark:fill-sky-300"],
    success: ["fill-emerald-100 dark:fill-emerald-950", "fill-emerald-800 dark:fill-emerald-300"],
    danger: ["fill-red-100 dark:fill-red-950", "fill-red-800 dark:fill-red-300"],
    warning: ["fill-amber-100 dark:fill-amber-950", "fill-amber-800 dark:fill-amber-300"],
  }[tone];
  return (
    <g>
      <rect x={x} y={y} width={width} height="20" rx="10" className={cls[0]} />
      <text x={x + width / 2} y={y + 14} fontSize="11" fontWeight="600" textAnchor="middle" className={cls[1]}>
        {label}
      </text>
    </g>
  );
}

/** A key/token row as the portal shows it: label, masked or shown value, and actions. */
export function SecretRow({ x, y, w, label, value, actions = [] }: { x: number; y: number; w: number; label: string; value: string; actions?: string[] }) {
  return (
    <g>
      <Text x={x} y={y + 14} weight={600}>
        {label}
      </Text>
      <rect x={x} y={y + 22} width={w} height="30" rx="6" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
      <Text x={x + 10} y={y + 42} mono>
        {value}
      </Text>
      {actions.map((action, i) => (
        <Text key={action} x={x + w - 12 - i * 80} y={y + 42} anchor="end" tone="accent" weight={600}>
          {action}
        </Text>
      ))}
    </g>
  );
}

/** A browser-style tab strip; `active` is underlined. */
export function Tabs({ x, y, items, active }: { x: number; y: number; items: string[]; active: string }) {
  const widths = items.map((item) => textWidth(item) + 24);
  const starts = rowStarts(x, widths);
  return (
    <g>
      {items.map((item, i) => {
        const width = widths[i] ?? 0;
        const cursor = starts[i] ?? x;
        const isActive = item === active;
        return (
          <g key={item}>
            <Text x={cursor + 12} y={y + 18} weight={isActive ? 600 : 400} tone={isActive ? "accent" : "muted"}>
              {item}
            </Text>
            {isActive ? <rect x={cursor + 6} y={y + 28} width={width - 12} height="3" rx="1.5" className="fill-sky-600 dark:fill-sky-400" /> : null}
          </g>
        );
      })}
    </g>
  );
}

/** A code or JSON block; each string is one line. */
export function CodeBlock({ x, y, w, lines }: { x: number; y: number; w: number; lines: string[] }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={lines.length * 18 + 20} rx="8" className="fill-zinc-900 dark:fill-black" />
      {lines.map((line, i) => (
        <text key={i} x={x + 14} y={y + 24 + i * 18} fontSize="12" fontFamily="ui-monospace, monospace" className="fill-zinc-100" xmlSpace="preserve">
          {line}
        </text>
      ))}
    </g>
  );
}

/**
 * A numbered marker matching instruction `n` of the step's text. Draw it next to the
 * control the instruction talks about; `to` draws a short leader line to that control.
 */
export function Callout({ n, x, y, to }: { n: number; x: number; y: number; to?: { x: number; y: number } }) {
  return (
    <g data-callout={n}>
      {to ? <line x1={x} y1={y} x2={to.x} y2={to.y} strokeWidth="2" strokeDasharray="4 3" className="stroke-orange-500" /> : null}
      <circle cx={x} cy={y} r="13" strokeWidth="2.5" className="fill-orange-500 stroke-white dark:stroke-zinc-900" />
      <text x={x} y={y + 4.5} fontSize="13" fontWeight="700" textAnchor="middle" className="fill-white">
        {n}
      </text>
    </g>
  );
}
