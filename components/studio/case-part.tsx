"use client";

import Link from "next/link";
import { useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import { ReplaceCaseDialog } from "@/components/transfer/replace-case-dialog";
import { enteredFieldPaths } from "@/lib/assessment/entered-paths";
import type { ValidationProblem } from "@/lib/assessment/validate";
import { ProblemSummary } from "@/components/notice/problem-summary";
import { counted } from "@/lib/plural";
import type { StudioDraft, StudioStage } from "@/lib/scenarios/studio/draft";
import { draftVignette } from "@/lib/scenarios/studio/vignette-draft";
import { StudioNav } from "./studio-nav";
import { useStudioDraft } from "./use-studio-draft";
import styles from "./studio.module.css";

/** "Day 3, 08:00"; a one-stage scenario has no day. */
function stageWhen(stage: StudioStage): string {
  if (stage.day === undefined) return "no day set";
  return stage.time === undefined ? `day ${stage.day}` : `day ${stage.day}, ${stage.time}`;
}

/**
 * The form's case as the draft's answer key: one stage per time-point, in order. Stages that still
 * exist (by index) keep what was written for them — vignette, expected results, checklist,
 * teaching point; later ones are new; the cover is kept, filled from the case only where empty.
 */
function mergeCase(draft: StudioDraft, fromCase: StudioDraft): { readonly draft: StudioDraft; readonly kept: number; readonly dropped: number } {
  const stages = fromCase.stages.map((stage, i) => {
    const old = draft.stages[i];
    if (old === undefined) return stage;
    return { ...old, answerKey: stage.answerKey, day: stage.day, time: stage.time };
  });
  const cover = {
    ...draft.cover,
    title: draft.cover.title.trim() === "" ? fromCase.cover.title : draft.cover.title,
    setting: draft.cover.setting ?? fromCase.cover.setting,
  };
  const kept = Math.min(draft.stages.length, fromCase.stages.length);
  return { draft: { ...draft, cover, stages: stages as StudioDraft["stages"] }, kept, dropped: Math.max(0, draft.stages.length - fromCase.stages.length) };
}

/** What "take the case" did, in words: which stages kept their writing, which are new, which went. */
function takenWords(stages: number, kept: number, dropped: number): string {
  const parts = [`The answer key is now the form's case: ${counted(stages, "stage")}.`];
  if (kept > 0) parts.push(`Kept the vignette, expected results and checklist of ${kept === 1 ? "stage 1" : `stages 1–${kept}`}.`);
  if (stages > kept) parts.push(`${stages - kept === 1 ? `Stage ${stages} is` : `Stages ${kept + 1}–${stages} are`} new: write ${stages - kept === 1 ? "its" : "their"} vignette and checklist.`);
  if (dropped > 0) parts.push(`${counted(dropped, "later stage")} the case no longer has ${dropped === 1 ? "was" : "were"} removed with ${dropped === 1 ? "its" : "their"} writing.`);
  return parts.join(" ");
}

/**
 * The case: the answer key is entered with the very form trainees use; this page shows the stages
 * the draft holds and moves the case between the form and the studio, both ways.
 */
export function CasePart() {
  const { draft, update } = useStudioDraft();
  const [status, setStatus] = useState<{ readonly text: string; readonly toForm?: boolean } | null>(null);
  const [problems, setProblems] = useState<readonly ValidationProblem[] | null>(null);
  const [asking, setAsking] = useState(false);

  const take = async () => {
    if (BROWSER_STORES === null) return;
    const [{ loadCaseDraft, caseOf }, { validateCase }, { hasCaseInProgress }, { draftFromCase }] = await Promise.all([
      import("@/lib/form/case-draft"),
      import("@/lib/case/schema"),
      import("@/lib/form/draft"),
      import("@/lib/scenarios/studio/draft"),
    ]);
    setStatus(null);
    if (!hasCaseInProgress(BROWSER_STORES)) {
      setProblems([{ path: "", message: "The form has no case in progress: enter the answer key in the form first." }]);
      return;
    }
    const read = validateCase(caseOf(loadCaseDraft(BROWSER_STORES)));
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems(null);
    const fromCase = draftFromCase(read.case);
    let words = "";
    update((current) => {
      const merged = mergeCase(current, fromCase);
      words = takenWords(fromCase.stages.length, merged.kept, merged.dropped);
      return merged.draft;
    });
    setStatus({ text: words });
  };

  const put = async () => {
    if (BROWSER_STORES === null || draft === null) return;
    const [{ clearDraft }, { replaceCaseDraft }] = await Promise.all([import("@/lib/form/draft"), import("@/lib/form/case-draft")]);
    clearDraft(BROWSER_STORES); // the form's unsaved typing and any scenario tag belong to the case replaced
    replaceCaseDraft(
      BROWSER_STORES,
      draft.stages.map((stage) => ({ at: { day: stage.day ?? 0, ...(stage.time === undefined ? {} : { time: stage.time }) }, assessment: stage.answerKey })),
    );
    setAsking(false);
    setStatus({ text: `The form now holds the answer key (${counted(draft.stages.length, "time-point")}).`, toForm: true });
  };

  const askThenPut = async () => {
    if (BROWSER_STORES === null) return;
    const { hasCaseInProgress } = await import("@/lib/form/draft");
    if (hasCaseInProgress(BROWSER_STORES)) setAsking(true);
    else await put();
  };

  return (
    <>
      <h1>The case</h1>
      <StudioNav current="case" />
      <p className="lede">The answer key is entered with the very form trainees use: all seven steps, units and number entry, and one time-point per stage for a case that unfolds over days.</p>
      <p>
        The round trip: enter the case in the form (add a time-point for each later stage), come back here and take it as the answer key. To change it later, put the answer key back into the form, edit it there, and take it again — what you wrote for each stage that still exists is kept.
      </p>
      <section aria-labelledby="case-stages">
        <h2 id="case-stages">Stages in the studio</h2>
        {draft === null ? (
          <p>Loading the studio&rsquo;s draft from this browser…</p>
        ) : (
          <ol className={styles.stages}>
            {draft.stages.map((stage, i) => {
              const count = enteredFieldPaths(stage.answerKey).length;
              const preview = draftVignette(stage.answerKey);
              return (
                <li key={i} className="card">
                  <h3>
                    Stage {i + 1}: {stageWhen(stage)}
                  </h3>
                  <p>{count === 0 ? "No values entered yet." : `${counted(count, "value")} entered.`}</p>
                  {preview ? <p className={styles.preview}>{preview}</p> : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void take()}>
          Take the case now in the form as the answer key
        </button>
        <button type="button" className="button" onClick={() => void askThenPut()}>
          Put the answer key into the form to edit it
        </button>
      </div>
      <div role="status">
        {status ? (
          <p>
            {status.text}
            {status.toForm ? (
              <>
                {" "}
                <Link href="/assess/context">Edit it in the form</Link>.
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      {problems ? (
        <ProblemSummary heading="The case was not taken; the studio is unchanged" problems={problems}>
          <p>
            <Link href="/assess/context">Go to the form</Link>.
          </p>
        </ProblemSummary>
      ) : null}
      {asking ? (
        <ReplaceCaseDialog
          description="Putting the answer key into the form replaces the case in progress there; this cannot be undone (export the current case first if you need it)."
          replaceLabel="Put the answer key in the form"
          onKeep={() => setAsking(false)}
          onReplace={() => void put()}
        />
      ) : null}
    </>
  );
}
