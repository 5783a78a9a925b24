"use client";

import Link from "next/link";
import { useState } from "react";
import { drawQr } from "@/components/summary/draw-qr";
import { importedScenarioHref } from "@/components/scenarios/labels";
import { downloadJsonFile } from "@/components/transfer/download-file";
import type { ValidationProblem } from "@/lib/assessment/validate";
import { ProblemSummary } from "@/components/notice/problem-summary";
import type { Scenario } from "@/lib/scenarios/schema";
import { scenarioFromDraft, type StudioDraft } from "@/lib/scenarios/studio/draft";
import type { QrPath } from "@/lib/transfer/qr-path";
import { MissingList } from "./missing-list";
import styles from "./studio.module.css";

/** The scenario file's text, exactly as the import and `crs-screen scenarios` read it. */
function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** The import's own reading of the scenario (the schema, and not a built-in's id), so nothing is offered that the import would refuse. */
async function importable(scenario: Scenario): Promise<{ readonly ok: true } | { readonly ok: false; readonly problems: readonly ValidationProblem[] }> {
  const { readScenarioText } = await import("@/lib/scenarios/library");
  const read = readScenarioText(scenarioFileText(scenario));
  return read.ok ? { ok: true } : read;
}

type Share = { readonly link: string; readonly qr: QrPath | null } | "drawing";

/**
 * Download, open for this session, share: each from the scenario the draft makes now, or — while
 * something is missing — a list of what, with links to the parts that fix it.
 */
export function ScenarioSave({ draft }: { readonly draft: StudioDraft }) {
  const result = scenarioFromDraft(draft);
  const [problems, setProblems] = useState<readonly ValidationProblem[] | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [share, setShare] = useState<Share | null>(null);
  const [copied, setCopied] = useState(false);
  if (!result.ok) {
    return (
      <section aria-labelledby="save-missing" className="error-summary">
        <h2 id="save-missing">Not ready to save: still missing</h2>
        <MissingList missing={result.missing} />
      </section>
    );
  }
  const { scenario } = result;
  const checked = async (then: () => Promise<void> | void) => {
    const read = await importable(scenario);
    setProblems(read.ok ? null : read.problems);
    if (read.ok) await then();
  };
  const open = () =>
    checked(async () => {
      const { addImportedScenario } = await import("@/lib/scenarios/library");
      addImportedScenario(window.sessionStorage, scenario);
      setOpened(scenario.id);
    });
  const createShare = () =>
    checked(async () => {
      const { scenarioShareFragment } = await import("@/lib/transfer/scenario-share");
      const link = `${window.location.origin}/scenarios/shared#${await scenarioShareFragment(scenario)}`;
      setShare("drawing");
      setCopied(false);
      setShare({ link, qr: await drawQr(link) });
    });
  return (
    <section aria-labelledby="save-heading">
      <h2 id="save-heading">Save and share</h2>
      <p>
        The scenario is complete. Its file is <code>{scenario.id}.json</code>; <code>crs-screen scenarios {scenario.id}.json</code> runs it.
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void checked(() => downloadJsonFile(`${scenario.id}.json`, scenarioFileText(scenario)))}>
          Download scenario
        </button>
        <button type="button" className="button" onClick={() => void open()}>
          Open it as a trainee or instructor
        </button>
        <button type="button" className="button" onClick={() => void createShare()}>
          Create share link and QR code
        </button>
      </div>
      {problems ? <ProblemSummary heading="The import would refuse this scenario" level={3} problems={problems} /> : null}
      <div role="status">
        {opened ? (
          <p>
            Opened for this browser tab&rsquo;s session (the gallery lists it as your scenario): <Link href={importedScenarioHref(opened, "trainee")}>the trainee&rsquo;s page</Link> ·{" "}
            <Link href={importedScenarioHref(opened, "instructor")}>instructor view and printable sheets</Link>.
          </p>
        ) : null}
      </div>
      {share !== null && share !== "drawing" ? (
        <div className="share">
          <label htmlFor="scenario-share-url">Share link (the scenario is inside the link, after #; it is not stored anywhere)</label>
          <input id="scenario-share-url" type="text" readOnly value={share.link} onFocus={(e) => e.target.select()} className={styles.shareUrl} />
          <p>
            <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(share.link).then(() => setCopied(true))}>
              {copied ? "Copied" : "Copy"}
            </button>
          </p>
          {share.qr ? (
            <svg className={styles.qr} viewBox={`0 0 ${share.qr.side} ${share.qr.side}`} role="img" aria-label="QR code of the link that opens this scenario" shapeRendering="crispEdges">
              <rect width={share.qr.side} height={share.qr.side} fill="#fff" />
              <path d={share.qr.d} fill="#000" />
            </svg>
          ) : (
            <p>This scenario is too long for a QR code: share the link itself.</p>
          )}
          <p className="hint">Opening the link imports the scenario for that browser tab&rsquo;s session, as an imported file is.</p>
        </div>
      ) : null}
    </section>
  );
}
