import type { Metadata } from "next";
import { ImportPanel } from "@/components/transfer/import-panel";

export const metadata: Metadata = { title: "Import a case" };

export default function ImportPage() {
  return (
    <main id="main">
      <h1>Import a case</h1>
      <p className="lede">Open a case exported from crs-screen on this or another device. Nothing is uploaded: the file is read here.</p>
      <ImportPanel />
    </main>
  );
}
