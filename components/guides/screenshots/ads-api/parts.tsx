/**
 * Shared pieces for the ads-api and api-overview drawings: the example Project and App,
 * and a few primitives the shared kit does not have (selects, text areas, highlights,
 * a usage meter, a plain top bar and a docs-style side menu).
 */
import { Text, textWidth } from "@/components/guides/screenshots/kit";

export { Highlight, Select, TextArea } from "@/components/guides/screenshots/form-parts";

/** Sidebar with Projects & Apps expanded to show the example Project and App. */
export const ADS_NAV = ["Dashboard", "Projects & Apps", "· Furni Ads", "· furni-ads-tool", "Products", "Account", "Support"];
export const PROJECT_ITEM = "· Furni Ads";
export const APP_ITEM = "· furni-ads-tool";
export const APP_NAME = "furni-ads-tool";
export const APP_ID = "24681357";
export const PROJECT_ID = "1574839201746382910";
export const APP_URL = `developer.twitter.com/en/portal/projects/${PROJECT_ID}/apps/${APP_ID}`;

/** Content-space y of the centre of sidebar item i (the sidebar sits left of the content). */
export const navY = (i: number) => 74 + i * 34;




/** A usage bar such as "3 of 5 tokens used"; `of` undefined draws an unlimited bar. */
export function Meter({ x, y, w, used, of }: { x: number; y: number; w: number; used: number; of?: number }) {
  const share = of ? Math.min(used / of, 1) : 0.18;
  return (
    <g>
      <rect x={x} y={y} width={w} height="10" rx="5" className="fill-zinc-200 dark:fill-zinc-700" />
      <rect x={x} y={y} width={w * share} height="10" rx="5" className={of ? "fill-sky-600 dark:fill-sky-400" : "fill-emerald-500 dark:fill-emerald-400"} />
      {of
        ? Array.from({ length: of - 1 }, (_, i) => (
            <rect key={i} x={x + (w * (i + 1)) / of - 1} y={y} width="2" height="10" className="fill-white dark:fill-zinc-900" />
          ))
        : null}
    </g>
  );
}

/** A top bar for pages outside the portal (docs, settings): a neutral mark and a site name. */
export function TopBar({ title, links = [] }: { title: string; links?: string[] }) {
  const starts = links.map((_, i) => 260 + links.slice(0, i).reduce((sum, link) => sum + textWidth(link) + 28, 0));
  return (
    <g>
      <rect x="0" y="0" width="960" height="52" className="fill-white dark:fill-zinc-900" />
      <rect x="0" y="51" width="960" height="1" className="fill-zinc-200 dark:fill-zinc-700" />
      <rect x="24" y="15" width="22" height="22" rx="5" className="fill-zinc-900 dark:fill-zinc-100" />
      <Text x={56} y={31} size={14} weight={700}>
        {title}
      </Text>
      {links.map((link, i) => (
        <Text key={link} x={starts[i] ?? 260} y={31} tone="muted">
          {link}
        </Text>
      ))}
    </g>
  );
}

/** A left-hand menu for docs or settings pages, drawn in content coordinates. */
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
