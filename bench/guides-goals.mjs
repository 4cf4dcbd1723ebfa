// The "Light" goals of issue 11, judged from one run's figures (bench/guides.mjs). The same
// function judges the "before" figures, so both columns of the README table are computed
// the same way. Each goal says by how much it is missed and, from the figures, why.

export const fmt = (n, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? "–" : Number(n).toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
export const kib = (bytes, digits = 1) => `${fmt(bytes / 1024, digits)} KiB`;
const ms = (n) => `${fmt(n, n !== null && n < 10 ? 2 : 1)} ms`;
const ratioOf = (a, b) => (a && b ? a / b : null);
// Ratios keep three significant figures, so a tiny one does not print as 0.000×.
const pct = (r) => `${fmt(r * 100, r < 0.1 ? 1 : 0)} %`;
const x = (r, digits) => `${fmt(r, digits ?? (r !== null && r > 0 && r < 0.01 ? 4 : r !== null && r >= 10 ? 1 : 3))}×`;

const HTML_GOAL_BYTES = 160 * 1024;

/**
 * Goal rows for one result: { id, goal, value (what the table shows), met, versus (value
 * against the goal, short), missedBy, why }.
 * Works on results of this bench only (figures.throughput etc.); null when absent.
 */
export function evaluateGoals(f) {
  if (!f?.throughput) return null;
  const t = f.throughput;
  const fr = f.fixedRate;
  const a = f.assets;
  const lh = f.lighthouse?.median;
  const rows = [];

  // 1. bare next start
  const html = f.page.htmlBytes;
  const otherHtml = html - f.page.svgMarkupBytes - f.page.inlineScriptBytes;
  rows.push({
    id: "html",
    goal: "bare `next start`: largest guide page's HTML ≤ 160 KiB",
    value: `${kib(html)} (${kib(f.page.htmlGzipBytes)} gzipped)`,
    met: html <= HTML_GOAL_BYTES,
    versus: `${kib(html)} vs ≤ 160 KiB`,
    missedBy: `${kib(html - HTML_GOAL_BYTES)} over, ${x(html / HTML_GOAL_BYTES, 2)} the limit`,
    why: `of its ${kib(html)}, ${kib(f.page.svgMarkupBytes)} is the drawings' SVG markup and ${kib(f.page.inlineScriptBytes)} the inline React Server Components payload, which describes ${fmt(f.page.rscSvgElements)} \`svg\` elements a second time, shapes and text included (the markup has ${fmt(f.page.svgElements)}, icons included); the rest, ${kib(otherHtml)}, is the page's text and markup.`,
  });

  const nextVsNginx = ratioOf(t.nextGuide.requestsPerSecond, t.nginxStatic.requestsPerSecond);
  const bytesPerGuide = f.probes.nextGuide.transferBytes;
  rows.push({
    id: "next-vs-nginx",
    goal: "bare `next start`: guide page max req/s ≥ 0.1× nginx serving the same bytes",
    value: `${x(nextVsNginx)} (${fmt(t.nextGuide.requestsPerSecond)} vs ${fmt(t.nginxStatic.requestsPerSecond)} req/s)`,
    met: nextVsNginx !== null && nextVsNginx >= 0.1,
    ratio: nextVsNginx,
    versus: `${x(nextVsNginx)} vs ≥ 0.1×`,
    missedBy: `reaches ${pct(nextVsNginx / 0.1)} of the goal; ${fmt(0.1 * t.nginxStatic.requestsPerSecond - t.nextGuide.requestsPerSecond)} req/s more needed`,
    why: `nginx sends a file compressed once; \`next start\` serves the prerendered page but gzips all ${kib(html)} of it again for every request (${kib(bytesPerGuide)} sent each time), so its rate falls with the page's size.`,
  });

  const nextVsEmpty = ratioOf(t.nextGuide.requestsPerSecond, t.nextEmpty.requestsPerSecond);
  rows.push({
    id: "next-vs-empty",
    goal: "bare `next start`: guide page max req/s ≥ 0.5× an empty prerendered Next.js page's",
    value: `${x(nextVsEmpty)} (${fmt(t.nextGuide.requestsPerSecond)} vs ${fmt(t.nextEmpty.requestsPerSecond)} req/s)`,
    met: nextVsEmpty !== null && nextVsEmpty >= 0.5,
    ratio: nextVsEmpty,
    versus: `${x(nextVsEmpty)} vs ≥ 0.5×`,
    missedBy: `reaches ${pct(nextVsEmpty / 0.5)} of the goal; ${fmt(0.5 * t.nextEmpty.requestsPerSecond - t.nextGuide.requestsPerSecond)} req/s more needed`,
    why: `both are prerendered and gzipped by \`next start\` for every request, so the work grows with the bytes: the empty page is ${kib(f.emptyPage.htmlBytes)} of HTML, the guide page ${x(html / f.emptyPage.htmlBytes, 0)} that.`,
  });

  // 2. the production setup
  const proxyVsNginx = ratioOf(t.proxy.requestsPerSecond, t.nginxStatic.requestsPerSecond);
  const cached = f.probes.proxy.cacheStatus === "HIT";
  rows.push({
    id: "proxy-vs-nginx",
    goal: "production setup (deploy/nginx.conf): guide page max req/s ≥ 0.8× nginx serving the file",
    value: `${x(proxyVsNginx)} (${fmt(t.proxy.requestsPerSecond)} vs ${fmt(t.nginxStatic.requestsPerSecond)} req/s)`,
    met: proxyVsNginx !== null && proxyVsNginx >= 0.8,
    ratio: proxyVsNginx,
    versus: `${x(proxyVsNginx)} vs ≥ 0.8×`,
    missedBy: `reaches ${pct(proxyVsNginx / 0.8)} of the goal; ${fmt(0.8 * t.nginxStatic.requestsPerSecond - t.proxy.requestsPerSecond)} req/s more needed`,
    why: cached
      ? `the page was served from nginx's cache (X-Cache-Status HIT, ${kib(f.probes.proxy.transferBytes)} per answer as Next.js gzipped it, against the file's ${kib(f.probes.nginxStatic.transferBytes)} at gzip -9), so what remains is the cache's own cost per request: the key lookup, the stored headers, the larger answer.`
      : `nginx did not cache the page (X-Cache-Status ${f.probes.proxy.cacheStatus ?? "absent"}; Cache-Control \`${f.probes.proxy.cacheControl ?? "none"}\`${f.probes.proxy.setCookie ? ", and the answer sets a cookie" : ""}), so every request went through to \`next start\`.`,
  });

  const p99Ratio = ratioOf(fr.proxy.latencyMs.p99, fr.nginxStatic.latencyMs.p99);
  const kept = (r) => r.achievedRate >= 0.95 * r.targetRate && r.errors === 0 && r.non2xx === 0;
  const sustained = kept(fr.proxy) && kept(fr.nginxStatic);
  rows.push({
    id: "proxy-p99",
    goal: `production setup: p99 at a fixed ${fmt(fr.proxy.targetRate)} req/s ≤ 2× nginx's p99 at that rate`,
    value: `${x(p99Ratio, 2)} (${ms(fr.proxy.latencyMs.p99)} vs ${ms(fr.nginxStatic.latencyMs.p99)})`,
    met: sustained && p99Ratio !== null && p99Ratio <= 2,
    ratio: p99Ratio,
    versus: `${x(p99Ratio, 2)} vs ≤ 2×`,
    missedBy: sustained ? `${x(p99Ratio / 2, 2)} the allowed ratio; p99 ${ms(fr.proxy.latencyMs.p99 - 2 * fr.nginxStatic.latencyMs.p99)} over` : `the rate was not held (proxy ${fmt(fr.proxy.achievedRate)} req/s with ${fr.proxy.errors} errors, nginx ${fmt(fr.nginxStatic.achievedRate)} req/s)`,
    why: cached
      ? `both answer from files at this rate; the tail is where the proxy's extra work (cache lookup, larger answers) and the machine's other work show (the client's own send lag had p99 ${ms(fr.proxy.sendLagMs.p99)} in the proxy's run, ${ms(fr.nginxStatic.sendLagMs.p99)} in nginx's).`
      : "the page was not cached, so each request waited for `next start` (see the previous goal).",
  });

  // 3. JS + CSS
  const assetRatio = ratioOf(a.guide.totalGzipBytes, a.empty.totalGzipBytes);
  const biggest = [...a.guide.js.files, ...a.guide.css.files].sort((p, q) => q.gzipBytes - p.gzipBytes).slice(0, 3);
  rows.push({
    id: "assets",
    goal: "gzipped JS + CSS the guide page loads ≤ 1.25× the empty Next.js page's",
    value: `${x(assetRatio, 2)} (${kib(a.guide.totalGzipBytes)} vs ${kib(a.empty.totalGzipBytes)})`,
    met: assetRatio !== null && assetRatio <= 1.25,
    ratio: assetRatio,
    versus: `${x(assetRatio, 2)} vs ≤ 1.25×`,
    missedBy: `${kib(a.guide.totalGzipBytes - 1.25 * a.empty.totalGzipBytes)} over the ${kib(1.25 * a.empty.totalGzipBytes)} allowed, ${x(assetRatio / 1.25, 2)} the limit`,
    why: `the guide page loads ${a.guide.js.files.length} scripts (${kib(a.guide.js.gzipBytes)}) and ${a.guide.css.files.length} stylesheet${a.guide.css.files.length === 1 ? "" : "s"} (${kib(a.guide.css.gzipBytes)}); the empty page ${a.empty.js.files.length} scripts (${kib(a.empty.js.gzipBytes)}). Of the guide page's, ${kib(a.layout.sharedGzipBytes)} is also loaded by Perch's 404 page (the shared layout) and ${kib(a.guide.totalGzipBytes - a.layout.sharedGzipBytes)} by the guide page alone. Largest files: ${biggest.map((b) => `\`${b.src.split("/").pop()}\` ${kib(b.gzipBytes)}`).join(", ")}.`,
  });

  // 4. Lighthouse
  if (f.lighthouse?.error) {
    for (const [id, goal] of [
      ["lighthouse-performance", "Lighthouse (mobile) on the guide page: performance ≥ 95"],
      ["lighthouse-accessibility", "Lighthouse (mobile) on the guide page: accessibility = 100"],
    ]) {
      rows.push({ id, goal, value: "not measured (Lighthouse failed)", met: false, versus: "not measured", missedBy: "not measured", why: `Lighthouse failed: ${f.lighthouse.error.split("\n")[0]}` });
    }
  } else if (lh) {
    const metrics = Object.entries(lh.metrics)
      .filter(([, m]) => m.score !== null && m.score < 0.9)
      .map(([id, m]) => `${id.replaceAll("-", " ")} ${m.display} (score ${fmt(m.score * 100)}, weight ${m.weight})`);
    rows.push({
      id: "lighthouse-performance",
      goal: "Lighthouse (mobile) on the guide page: performance ≥ 95",
      value: `${fmt(lh.performance)} (median of ${f.lighthouse.runs.length}: ${f.lighthouse.runs.map((r) => r.performance).join(", ")})`,
      met: lh.performance !== null && lh.performance >= 95,
      versus: `${fmt(lh.performance)} vs ≥ 95`,
      missedBy: `${fmt(95 - lh.performance)} points short`,
      why: metrics.length ? `metrics below 90: ${metrics.join("; ")}.` : "every metric scores 90 or more; the weighted total still falls short.",
    });
    rows.push({
      id: "lighthouse-accessibility",
      goal: "Lighthouse (mobile) on the guide page: accessibility = 100",
      value: fmt(lh.accessibility),
      met: lh.accessibility === 100,
      versus: `${fmt(lh.accessibility)} vs 100`,
      missedBy: `${fmt(100 - lh.accessibility)} points short`,
      why: lh.failingAccessibilityAudits.length ? `failing audits: ${lh.failingAccessibilityAudits.map((au) => `${au.title}${au.items ? ` (${au.items} element${au.items === 1 ? "" : "s"})` : ""}`).join("; ")}.` : "no failing audit was reported.",
    });
  }
  return rows;
}
