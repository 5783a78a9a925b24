import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { UpdateAnnouncement } from "@/components/service-worker/update-announcement";
import { THEME_COLOUR } from "./manifest";
import "./tokens.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "crs-screen — educational cytokine storm screening", template: "%s · crs-screen" },
  description:
    "An educational, non-diagnostic screening form for cytokine release syndrome and its look-alikes (HLH, MAS), built for clinical training.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOUR };

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    // The step pages mark html before their first paint (components/assessment/mark-stored-layout.ts).
    <html lang="en" suppressHydrationWarning>
      <body>
        <SiteHeader />
        {children}
        {/* The offline worker, production only: in development it would cache files that change on every save. */}
        {process.env.NODE_ENV === "production" ? <UpdateAnnouncement /> : null}
      </body>
    </html>
  );
}
