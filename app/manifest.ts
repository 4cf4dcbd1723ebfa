import type { MetadataRoute } from "next";

// GET /manifest.webmanifest - how Perch looks when added to a home screen (built once, static).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Perch",
    short_name: "Perch",
    description: "From Twitter API access to working, safely stored keys: guides, a team vault and a use-case drafting helper.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0284c7",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
