// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { networkInterfaces } = require("node:os");

/**
 * Hosts `next dev` may serve its scripts and HMR to. Next 16 blocks them for any other
 * host, so a page opened at http://127.0.0.1:3000 or from a phone on the LAN renders but
 * never hydrates. This machine's own addresses are the ones a developer would use.
 */
function devOrigins() {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal)
    .map((a) => (a.family === "IPv6" ? `[${a.address}]` : a.address));
  return ["localhost", "127.0.0.1", "[::1]", "*.local", ...addresses];
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  allowedDevOrigins: devOrigins(),
  // Native and Node-only database drivers load at run time, not through the bundler.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // HSTS on HTTPS deployments: the proxy in front of `next start` (see the README)
        // says the request came over HTTPS. Browsers ignore this header on plain HTTP.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

module.exports = nextConfig;
