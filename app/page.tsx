import { NonDiagnosticNotice } from "@/components/non-diagnostic-notice";

export default function HomePage() {
  return (
    <main>
      <h1>crs-screen</h1>
      <p className="lede">
        An educational screening form for cytokine storm (cytokine release syndrome) and its
        look-alikes — haemophagocytic lymphohistiocytosis and macrophage activation syndrome —
        built for clinical training.
      </p>
      <NonDiagnosticNotice />
    </main>
  );
}
