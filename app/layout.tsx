import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ProgressActionsProvider } from "@/components/guides/progress-actions";
import { DemoBanner } from "@/components/layout/demo-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Toaster } from "@/components/layout/toaster";
import { themeScript } from "@/lib/theme";
import { findMyProgress, mergeProgress, setStepDone } from "./guides/actions";

// Guide progress syncs on the home page and the guide pages; its server actions are handed
// down from here so that components/ never imports app/.
const progressActions = { setStepDone, mergeProgress, findMyProgress };

export const metadata: Metadata = {
  title: { default: "Perch — from Twitter API access to working, safely stored keys", template: "%s · Perch" },
  description: "Step-by-step guides for the Twitter (X) developer portal, a team vault for your app's keys, and a helper for the use-case description.",
  icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-zinc-900">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          <ProgressActionsProvider actions={progressActions}>{children}</ProgressActionsProvider>
        </main>
        <SiteFooter />
        <DemoBanner />
        <Toaster />
      </body>
    </html>
  );
}
