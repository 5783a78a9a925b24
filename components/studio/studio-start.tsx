"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { ValidationProblem } from "@/lib/assessment/validate";
import { ProblemSummary } from "@/components/notice/problem-summary";
import { counted } from "@/lib/plural";
import { duplicateDraft, emptyStudioDraft, draftFromScenario, draftTraineeTitle, isEmptyDraft, scenarioFromDraft, type StudioDraft } from "@/lib/scenarios/studio/draft";
import { MissingList } from "./missing-list";
import { ReplaceDraftDialog } from "./replace-draft-dialog";
import { StudioNav } from "./studio-nav";
import { STUDIO_HREFS } from "./studio-links";
import { useStudioDraft } from "./use-studio-draft";
import styles from "./studio.module.css";

/** A built-in offered for duplication: its id and the instructor's (teaching) title. */
export interface BuiltinChoice {
  readonly id: string;
  readonly title: string;
}

/** A draft waiting for the instructor to say it may replace the one in the studio. */
interface Waiting {
  readonly draft: StudioDraft;
  /** What it is, for the status once it is in: "a new empty scenario", "a copy of “…”". */
  readonly what: string;
}

/** The draft as it stands: title, stages, and what is still missing before it can be saved. */
function DraftState({ draft }: { readonly draft: StudioDraft }) {
  const result = scenarioFromDraft(draft);
  const trainee = draftTraineeTitle(draft);
  return (
    <section aria-labelledby="studio-draft-state" className="card">
      <h2 id="studio-draft-state">The scenario in the studio</h2>
      <dl className={styles.facts}>
        <div>
          <dt>Title for the instructor</dt>
          <dd>{draft.cover.title.trim() === "" ? "No title yet" : draft.cover.title}</dd>
        </div>
        <div>
          <dt>Title trainees see</dt>
          <dd>{trainee ?? "Shown once the setting is chosen"}</dd>
        </div>
        <div>
          <dt>Stages</dt>
          <dd>{counted(draft.stages.length, "stage")}</dd>
        </div>
      </dl>
      {result.ok ? (
        <p>
          Nothing is missing: <Link href={STUDIO_HREFS.cover}>download, open or share it from the cover</Link>.
        </p>
      ) : (
        <>
          <p>Still missing before it can be saved ({counted(result.missing.length, "item")}):</p>
          <MissingList missing={result.missing} />
        </>
      )}
    </section>
  );
}

/**
 * The studio's start page: what it is, the draft's state, and three ways to begin — empty, a copy
 * of a built-in, or a scenario file reopened. Replacing a draft with anything written asks first.
 */
export function StudioStart({ builtins }: { readonly builtins: readonly BuiltinChoice[] }) {
  const id = useId();
  const { draft, replace } = useStudioDraft();
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const [clearing, setClearing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly ValidationProblem[] | null>(null);
  const [chosen, setChosen] = useState(builtins[0]?.id ?? "");

  const put = (next: Waiting) => {
    replace(next.draft);
    setWaiting(null);
    setStatus(`The studio now holds ${next.what}.`);
  };
  const offer = (next: Waiting) => {
    setStatus(null);
    if (draft === null || isEmptyDraft(draft)) put(next);
    else setWaiting(next); // the dialog asks first
  };

  const duplicate = async () => {
    const { builtinScenarios } = await import("@/lib/scenarios/builtin/index");
    const scenario = builtinScenarios().find((s) => s.id === chosen);
    if (scenario) offer({ draft: duplicateDraft(scenario), what: `a copy of “${scenario.title}”` });
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const { readScenarioFile } = await import("@/lib/scenarios/library");
    const parsed = await readScenarioFile(file);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems(null);
    offer({ draft: draftFromScenario(parsed.scenario), what: `“${parsed.scenario.title}” from the file` });
  };

  return (
    <>
      <h1>Scenario studio</h1>
      <StudioNav current="start" />
      <p className="lede">Write a scenario of your own — your unit&rsquo;s typical patient, last month&rsquo;s teaching case — in four parts, then download it, open it as a trainee or share it.</p>
      <p className="notice-inline">
        <strong>Teaching material only, not a diagnosis.</strong> The studio keeps the draft in this browser; nothing you write leaves it unless you download or share it yourself. Write no patient identifiers: the cover warns about any it finds.
      </p>
      {draft === null ? <p>Loading the studio&rsquo;s draft from this browser…</p> : <DraftState draft={draft} />}
      <div role="status">{status ? <p>{status}</p> : null}</div>

      <section aria-labelledby={`${id}-begin`}>
        <h2 id={`${id}-begin`}>Begin</h2>
        <div className={styles.ways}>
          <div className="card">
            <h3>A new scenario</h3>
            <p>Start from nothing: enter the case with the form first.</p>
            <button type="button" className="button" onClick={() => offer({ draft: emptyStudioDraft(), what: "a new empty scenario" })}>
              Start a new empty scenario
            </button>
          </div>
          <div className="card">
            <h3>Duplicate a built-in</h3>
            <label htmlFor={`${id}-builtin`}>Built-in scenario</label>
            <select id={`${id}-builtin`} className={styles.choice} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {builtins.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
            </select>
            <p className="hint">Every part is copied under a new id, the title prefixed &ldquo;Copy of&rdquo;.</p>
            <button type="button" className="button" onClick={() => void duplicate()}>
              Duplicate into the studio
            </button>
          </div>
          <div className="card">
            <h3>Open a scenario file</h3>
            <label htmlFor={`${id}-file`}>Scenario file (.json)</label>
            <input id={`${id}-file`} className={styles.choice} type="file" accept="application/json,.json" onChange={(e) => void open(e.target.files?.[0])} />
            <p className="hint">Checked as an import is; read in this browser only.</p>
          </div>
        </div>
        {problems ? (
          <ProblemSummary heading="The file was not opened; the studio is unchanged" level={3} problems={problems} />
        ) : null}
      </section>

      {draft !== null && !isEmptyDraft(draft) ? (
        <section aria-labelledby={`${id}-clear`}>
          <h2 id={`${id}-clear`}>Clear the studio</h2>
          <button type="button" className="button danger" onClick={() => setClearing(true)}>
            Clear the studio draft
          </button>
        </section>
      ) : null}

      {waiting ? (
        <ReplaceDraftDialog
          description={`The studio holds a scenario you have been writing. Putting ${waiting.what} in its place loses it; this cannot be undone (download it first from the cover if you need it).`}
          replaceLabel="Replace it"
          onKeep={() => setWaiting(null)}
          onReplace={() => put(waiting)}
        />
      ) : null}
      {clearing ? (
        <ReplaceDraftDialog
          title="Clear the studio draft?"
          description="Everything written in the studio — the case, vignettes, expected results, checklist and cover — is removed from this browser; this cannot be undone."
          replaceLabel="Clear it"
          onKeep={() => setClearing(false)}
          onReplace={() => {
            setClearing(false);
            replace(emptyStudioDraft());
            setStatus("The studio draft was cleared.");
          }}
        />
      ) : null}
    </>
  );
}
