/**
 * Parts of pages drawn without the portal's sidebar (sign-up, settings, docs, twitter.com):
 * a top bar, a left-hand menu and an HTTP method tag.
 */
import { rowStarts, Text, textWidth, WIDTH } from "@/content/guides/kit/draw";

/**
 * A top bar: a neutral mark, a site name and muted links. Portal forms use the default
 * height; docs and site pages a slimmer 52, with a `SideMenu` starting right below it.
 */
export function TopBar({ title, links = [], height = 56 }: { title: string; links?: string[]; height?: number }) {
  const starts = rowStarts(250, links.map((link) => textWidth(link) + 28));
  const middle = height / 2;
  return (
    <g>
      <rect x="0" y="0" width={WIDTH} height={height} className="fill-white dark:fill-zinc-900" />
      <rect x="0" y={height - 1} width={WIDTH} height="1" className="fill-zinc-200 dark:fill-zinc-700" />
      <rect x="24" y={middle - 11} width="22" height="22" rx="5" className="fill-zinc-900 dark:fill-zinc-100" />
      <Text x={56} y={middle + 5} size={14} weight={700}>
        {title}
      </Text>
      {links.map((link, i) => (
        <Text key={link} x={starts[i] ?? 250} y={middle + 5} tone="muted">
          {link}
        </Text>
      ))}
    </g>
  );
}

/** A left-hand menu for docs or settings pages, from `y` to the bottom of the page. */
export function SideMenu({ y, items, active, w = 200 }: { y: number; items: string[]; active?: string; w?: number }) {
  return (
    <g>
      <rect x="0" y={y} width={w} height={560 - y} className="fill-zinc-50 dark:fill-zinc-950" />
      {items.map((item, i) => {
        const top = y + 18 + i * 32;
        const on = item === active;
        return (
          <g key={item}>
            {on ? <rect x="10" y={top} width={w - 20} height="26" rx="6" className="fill-sky-100 dark:fill-sky-950" /> : null}
            <Text x={22} y={top + 17} size={12} weight={on ? 600 : 400} tone={on ? "accent" : "muted"}>
              {item}
            </Text>
          </g>
        );
      })}
    </g>
  );
}

/** An HTTP method tag, e.g. GET, as docs pages show next to an endpoint. */
export function Method({ x, y, method }: { x: number; y: number; method: "GET" | "POST" | "PUT" | "DELETE" }) {
  const cls = {
    GET: ["fill-emerald-100 dark:fill-emerald-950", "fill-emerald-800 dark:fill-emerald-300"],
    POST: ["fill-sky-100 dark:fill-sky-950", "fill-sky-800 dark:fill-sky-300"],
    PUT: ["fill-amber-100 dark:fill-amber-950", "fill-amber-800 dark:fill-amber-300"],
    DELETE: ["fill-red-100 dark:fill-red-950", "fill-red-800 dark:fill-red-300"],
  }[method];
  const w = textWidth(method, 11) + 14;
  return (
    <g>
      <rect x={x} y={y} width={w} height="20" rx="4" className={cls[0]} />
      <text x={x + w / 2} y={y + 14} fontSize="11" fontWeight="700" textAnchor="middle" fontFamily="ui-monospace, monospace" className={cls[1]}>
        {method}
      </text>
    </g>
  );
}
