"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import type { FieldPath } from "@/lib/assessment/fields";
import { enteredFieldPaths } from "@/lib/assessment/entered-paths";
import { valueAt } from "@/lib/assessment/read";
import type { StudioDraft, StudioStage } from "@/lib/scenarios/studio/draft";
import { checkVignette, type VignetteCheck } from "@/lib/scenarios/studio/vignette-check";
import { draftVignette, valuePhrase } from "@/lib/scenarios/studio/vignette-draft";
import { stageTitle } from "@/lib/scenarios/studio/draft";
import { StudioAnswerKeyGate } from "./vignette-part-gate";
import { STUDIO_HREFS } from "./studio-links";
import { useStudioDraft } from "./use-studio-draft";
import styles from "./studio-parts.module.css";

/** How long typing pauses before the check is redone: the live region speaks once per pause, not per key. */
const CHECK_DELAY_MS = 300;

const capitalised = (text: string): string => (text === "" ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`);

/** The element id of one value in a stage's answer-key summary, so a flag can link to it. */
const keyValueId = (stage: number, path: string): string => `key-${stage + 1}-${path.replace(/\./g, "-")}`;
const paragraphId = (stage: number, paragraph: number): string => `vignette-${stage + 1}-${paragraph + 1}`;

/** A value after the typing has paused. */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}

/** A value of the answer key in the words a vignette would use ("Ferritin 8 500 ng/mL", "No splenomegaly"). */
function keyValueText(path: FieldPath, value: unknown): string {
  return capitalised(valuePhrase(path, value) ?? `${path}: ${String(value)}`);
}

function contradictionNote(c: VignetteCheck["contradicting"][number]): string {
  if (c.answerKey === null) return `the answer key leaves ${c.label.toLowerCase()} unknown: enter it in the case, or take the number out`;
  if (c.keyAlsoStated) return `the vignette also gives the answer key's ${c.answerKey}: make sure a trainee can tell which value to enter`;
  return `the answer key has ${c.answerKey}`;
}

/** What the check found for one stage, in a polite live region: each flag links to the value in the stage's answer key. */
function CheckResults({ stageIndex, check }: { readonly stageIndex: number; readonly check: VignetteCheck }) {
  const disagreeing = check.contradicting.filter((c) => !c.keyAlsoStated);
  const changes = check.contradicting.filter((c) => c.keyAlsoStated);
  const clean = check.unstated.length === 0 && check.contradicting.length === 0;
  const href = (path: string) => `#${keyValueId(stageIndex, path)}`;
  return (
    <div aria-live="polite" className={styles.check}>
      {clean ? <p className={styles.ok}>The vignette states every value of the answer key, and no number disagrees with it.</p> : null}
      {disagreeing.length > 0 ? (
        <>
          <h4>Numbers that disagree with the answer key</h4>
          <ul className={styles.flags}>
            {disagreeing.map((c) => (
              <li key={`${c.paragraph}-${c.start}`} className={styles.disagrees}>
                <strong>Disagrees:</strong> “{c.text}” ({c.label}, paragraph {c.paragraph + 1}) — <a href={href(c.path)}>{contradictionNote(c)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changes.length > 0 ? (
        <>
          <h4>Numbers that change over the vignette</h4>
          <ul className={styles.flags}>
            {changes.map((c) => (
              <li key={`${c.paragraph}-${c.start}`} className={styles.note}>
                <strong>Note:</strong> “{c.text}” ({c.label}, paragraph {c.paragraph + 1}) — <a href={href(c.path)}>{contradictionNote(c)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {check.unstated.length > 0 ? (
        <>
          <h4>Values of the answer key the vignette does not state</h4>
          <p className={styles.hint}>A trainee cannot be expected to enter what they were not told.</p>
          <ul className={styles.flags}>
            {check.unstated.map((u) => (
              <li key={u.path} className={styles.unstated}>
                <strong>Not stated:</strong> <a href={href(u.path)}>{capitalised(u.value)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The stage's answer key, value by value: where the flags link to. */
function AnswerKeySummary({ stage, stageIndex }: { readonly stage: StudioStage; readonly stageIndex: number }) {
  const entered = enteredFieldPaths(stage.answerKey).map((path) => ({ path, value: valueAt(stage.answerKey, path) }));
  const headingId = `key-heading-${stageIndex + 1}`;
  return (
    <section aria-labelledby={headingId} className={styles.keySummary}>
      <h3 id={headingId}>
        The answer key of {stageTitle(stage, stageIndex).toLowerCase()}
      </h3>
      <p className={styles.hint}>
        Entered in <Link href={STUDIO_HREFS.case}>the case</Link>; change a value there.
      </p>
      <ul className={styles.keyValues}>
        {entered.map(({ path, value }) => (
          <li key={path} id={keyValueId(stageIndex, path)} tabIndex={-1}>
            {keyValueText(path, value)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StageVignette({
  stage,
  stageIndex,
  earlier,
  change,
}: {
  readonly stage: StudioStage;
  readonly stageIndex: number;
  readonly earlier: readonly string[];
  readonly change: (vignette: (paragraphs: readonly string[]) => string[]) => void;
}) {
  const settled = useSettled(stage.vignette);
  const check = useMemo(() => checkVignette(settled, stage.answerKey, earlier), [settled, stage.answerKey, earlier]);
  const pendingFocus = useRef<number | null>(null);
  const title = stageTitle(stage, stageIndex);
  const headingId = `stage-heading-${stageIndex + 1}`;
  // A paragraph just added takes the focus once it is rendered, so it can be written (or the drafted sentence edited) at once.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const target = document.getElementById(paragraphId(stageIndex, pendingFocus.current));
    if (target === null) return;
    target.focus();
    pendingFocus.current = null;
  });
  const add = (text: string) => {
    pendingFocus.current = stage.vignette.length;
    change((paragraphs) => [...paragraphs, text]);
  };
  return (
    <section aria-labelledby={headingId} className={styles.stage}>
      <h2 id={headingId}>{title}</h2>
      <div className={styles.besides}>
        <div className={styles.writing}>
          <h3>The vignette</h3>
          {stage.vignette.length === 0 ? <p>No paragraph yet.</p> : null}
          {stage.vignette.map((paragraph, n) => (
            <div key={n} className={`field ${styles.paragraph}`}>
              <label htmlFor={paragraphId(stageIndex, n)}>
                Paragraph {n + 1}
                <span className="visually-hidden"> of {title.toLowerCase()}</span>
              </label>
              <textarea
                id={paragraphId(stageIndex, n)}
                rows={4}
                value={paragraph}
                onChange={(event) => {
                  const text = event.target.value;
                  change((paragraphs) => paragraphs.map((p, i) => (i === n ? text : p)));
                }}
              />
              <button type="button" className="button danger" onClick={() => change((paragraphs) => paragraphs.filter((_, i) => i !== n))}>
                Remove paragraph {n + 1}
                <span className="visually-hidden"> of {title.toLowerCase()}</span>
              </button>
            </div>
          ))}
          <div className="actions">
            <button type="button" className="button" onClick={() => add("")}>
              Add a paragraph<span className="visually-hidden"> to {title.toLowerCase()}</span>
            </button>
            <button type="button" className="button" onClick={() => add(draftVignette(stage.answerKey))}>
              Draft a sentence from the values<span className="visually-hidden"> of {title.toLowerCase()}</span>
            </button>
          </div>
          <p className={styles.hint}>The drafted sentence states findings only, never a grade or a score: edit it into your own words.</p>
        </div>
        <div className={styles.checking}>
          <h3>The check against the answer key</h3>
          <CheckResults stageIndex={stageIndex} check={check} />
        </div>
      </div>
      <AnswerKeySummary stage={stage} stageIndex={stageIndex} />
    </section>
  );
}

function Stages({ draft, update }: { readonly draft: StudioDraft; readonly update: ReturnType<typeof useStudioDraft>["update"] }) {
  return draft.stages.map((stage, index) => (
    <StageVignette
      key={index}
      stage={stage}
      stageIndex={index}
      // The context (age, setting) may have been told on an earlier day.
      earlier={draft.stages.slice(0, index).flatMap((s) => s.vignette)}
      change={(vignette) =>
        update((current) => ({ ...current, stages: current.stages.map((s, i) => (i === index ? { ...s, vignette: vignette(s.vignette) } : s)) }))
      }
    />
  ));
}

/** The studio's vignette part: per stage, the paragraphs the instructor writes, checked live against the stage's answer key. */
export function VignettePart() {
  const { draft, update } = useStudioDraft();
  return <StudioAnswerKeyGate draft={draft}>{(loaded) => <Stages draft={loaded} update={update} />}</StudioAnswerKeyGate>;
}
