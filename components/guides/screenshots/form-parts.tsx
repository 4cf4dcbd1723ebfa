/**
 * Form-like drawing parts shared by several guides' drawings: multi-line fields,
 * drop-downs and a dashed highlight around the control a step is about.
 */
import { Text } from "@/components/guides/screenshots/kit";

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
