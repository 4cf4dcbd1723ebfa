/**
 * Form and dialog parts for drawings, beside the basic controls in draw.tsx: multi-line
 * fields, drop-downs, yes/no switches, option cards, a stepper, dialogs over a dimmed
 * page, and a dashed highlight around the control a step is about.
 */
import type { ReactNode } from "react";
import { rowStarts, Text, textWidth } from "@/content/guides/kit/draw";

/** A labelled multi-line field with grey filler standing in for typed text. */
export function TextArea({ x, y, w, h, label, filled = 0 }: { x: number; y: number; w: number; h: number; label: string; filled?: number }) {
  return (
    <g>
      <Text x={x} y={y} size={12} weight={600}>
        {label}
      </Text>
      <rect x={x} y={y + 8} width={w} height={h} rx="6" className="fill-white stroke-zinc-300 dark:fill-zinc-950 dark:stroke-zinc-600" />
      {Array.from({ length: filled }, (_, i) => (
        <rect key={i} x={x + 12} y={y + 22 + i * 16} width={i === filled - 1 ? (w - 24) * 0.55 : w - 24} height="7" rx="3.5" className="fill-zinc-300 dark:fill-zinc-600" />
      ))}
    </g>
  );
}

/** A labelled drop-down showing its current value. */
export function Select({ x, y, w, label, value }: { x: number; y: number; w: number; label: string; value: string }) {
  return (
    <g>
      <Text x={x} y={y} size={12} weight={600}>
        {label}
      </Text>
      <rect x={x} y={y + 8} width={w} height="32" rx="6" className="fill-white stroke-zinc-300 dark:fill-zinc-950 dark:stroke-zinc-600" />
      <Text x={x + 10} y={y + 29}>
        {value}
      </Text>
      <path d={`M${x + w - 22} ${y + 21}l5 5 5-5`} fill="none" strokeWidth="1.8" className="stroke-zinc-500 dark:stroke-zinc-400" />
    </g>
  );
}

/** A soft highlight drawn behind a control the step is about. */
export function Highlight({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return <rect x={x} y={y} width={w} height={h} rx="8" strokeWidth="2" strokeDasharray="5 4" fill="none" className="stroke-orange-400 dark:stroke-orange-500" />;
}

/** Dims the page behind a dialog. Covers the whole content area of a Screen. */
export function Scrim({ w = 960, h = 560 }: { w?: number; h?: number }) {
  return <rect x="0" y="0" width={w} height={h} className="fill-zinc-900/25 dark:fill-black/55" />;
}

/** A raised dialog box with an optional title. */
export function Dialog({ x, y, w, h, title, children }: { x: number; y: number; w: number; h: number; title?: string; children?: ReactNode }) {
  return (
    <g>
      <rect x={x} y={y + 3} width={w} height={h} rx="14" className="fill-zinc-900/10 dark:fill-black/40" />
      <rect x={x} y={y} width={w} height={h} rx="14" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
      {title ? (
        <Text x={x + 24} y={y + 38} size={18} weight={700}>
          {title}
        </Text>
      ) : null}
      {children}
    </g>
  );
}

/** A row of numbered stages; stages before `active` are shown as done. */
export function Stepper({ x, y, items, active }: { x: number; y: number; items: string[]; active: string }) {
  const activeIndex = items.indexOf(active);
  const lefts = rowStarts(x, items.map((item) => 30 + textWidth(item, 12) + 34));
  return (
    <g>
      {items.map((item, i) => {
        const state = i < activeIndex ? "done" : i === activeIndex ? "active" : "todo";
        const left = lefts[i] ?? x;
        return (
          <g key={item}>
            <circle
              cx={left + 11}
              cy={y}
              r="11"
              className={state === "todo" ? "fill-zinc-200 dark:fill-zinc-700" : "fill-sky-600 dark:fill-sky-500"}
            />
            <text x={left + 11} y={y + 4} fontSize="11" fontWeight="700" textAnchor="middle" className={state === "todo" ? "fill-zinc-600 dark:fill-zinc-300" : "fill-white dark:fill-zinc-950"}>
              {state === "done" ? "✓" : i + 1}
            </text>
            <Text x={left + 30} y={y + 4} size={12} weight={state === "active" ? 700 : 400} tone={state === "todo" ? "muted" : "default"}>
              {item}
            </Text>
            {i < items.length - 1 ? <rect x={left + 30 + textWidth(item, 12) + 8} y={y - 0.75} width="18" height="1.5" className="fill-zinc-300 dark:fill-zinc-600" /> : null}
          </g>
        );
      })}
    </g>
  );
}

/** A selectable card, as on choice screens; the selected one has an accent border. */
export function OptionCard({ x, y, w, h, title, hint, selected = false }: { x: number; y: number; w: number; h: number; title: string; hint: string[]; selected?: boolean }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx="10"
        strokeWidth={selected ? 2 : 1}
        className={selected ? "fill-sky-50 stroke-sky-600 dark:fill-sky-950 dark:stroke-sky-400" : "fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700"}
      />
      <circle cx={x + 24} cy={y + 28} r="8" className="fill-white stroke-zinc-400 dark:fill-zinc-950 dark:stroke-zinc-500" />
      {selected ? <circle cx={x + 24} cy={y + 28} r="4.5" className="fill-sky-600 dark:fill-sky-400" /> : null}
      <Text x={x + 42} y={y + 33} size={15} weight={700}>
        {title}
      </Text>
      {hint.map((line, i) => (
        <Text key={line} x={x + 18} y={y + 62 + i * 18} size={12} tone="muted">
          {line}
        </Text>
      ))}
    </g>
  );
}

/** A yes/no question as a pair of segmented buttons. */
export function YesNo({ x, y, w, label, answer }: { x: number; y: number; w: number; label: string; answer: "yes" | "no" }) {
  const seg = (sx: number, text: string, on: boolean) => (
    <g>
      <rect x={sx} y={y - 15} width="48" height="24" rx="6" className={on ? "fill-sky-600 dark:fill-sky-500" : "fill-white stroke-zinc-300 dark:fill-zinc-950 dark:stroke-zinc-600"} />
      <text x={sx + 24} y={y + 1} fontSize="12" fontWeight="600" textAnchor="middle" className={on ? "fill-white dark:fill-zinc-950" : "fill-zinc-700 dark:fill-zinc-300"}>
        {text}
      </text>
    </g>
  );
  return (
    <g>
      <Text x={x} y={y + 1} size={12}>
        {label}
      </Text>
      {seg(x + w - 100, "Yes", answer === "yes")}
      {seg(x + w - 48, "No", answer === "no")}
    </g>
  );
}
