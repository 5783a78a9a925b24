import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import "./tokens.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "crs-screen — educational cytokine storm screening", template: "%s · crs-screen" },
  description:
    "An educational, non-diagnostic screening form for cytokine release syndrome and its look-alikes (HLH, MAS), built for clinical training.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        {children}
      </body>
    </html>
  );
}
