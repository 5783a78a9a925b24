"use client";

import { useEffect, useMemo, useState } from "react";
import { Field } from "@/components/assessment/field";
import { INSTRUMENTS } from "@/lib/scores/index";
import type { InstrumentId } from "@/lib/scores/types";
import { LEVELS, type InstrumentExpectation } from "@/lib/scenarios/schema";
import type { StudioDraft, StudioStage } from "@/lib/scenarios/studio/draft";
import { COMPUTED_STATUS, expectationStatus, proposeForStage, withProposedExpectations, type StageProposal } from "@/lib/scenarios/studio/proposed-expectations";
import { LEVEL_HEADLINES, type Level } from "@/lib/screen/index";
import { ChecklistEditor } from "./checklist-editor";
import { stageTitle } from "@/lib/scenarios/studio/draft";
import { StudioAnswerKeyGate } from "./vignette-part-gate";
import { useStudioDraft } from "./use-studio-draft";
import styles from "./studio-parts.module.css";

type Proposed = StageProposal["instruments"][number];
type Expectation = NonNullable<StudioStage["expected"]["instruments"][InstrumentId]>;
type StageChange = (change: (stage: StudioStage) => StudioStage) => void;

const CONFIRM_LABEL = "Confirmed against the paper";

const THRESHOLD_WORDS = { true: "met", false: "not met", null: "open" } as const;

/** "value 180 · possible 150–210 · threshold met": an expectation in a line. */
function expectationWords(expect: InstrumentExpectation): string {
  const words: string[] = [];
  if (expect.value !== undefined) words.push(`value ${expect.value === null ? "open (not computable from the data)" : expect.value}`);
  if (expect.min !== undefined || expect.max !== undefined) words.push(`possible ${expect.min ?? "…"} to ${expect.max ?? "…"}`);
  if (expect.meetsThreshold !== undefined) words.push(`threshold ${THRESHOLD_WORDS[String(expect.meetsThreshold) as "true" | "false" | "null"]}`);
  return words.join(" · ") || "nothing checked";
}

const sameExpectation = (a: InstrumentExpectation, b: InstrumentExpectation): boolean =>
  a.value === b.value && a.min === b.min && a.max === b.max && a.meetsThreshold === b.meetsThreshold;

/** The draft's stage with the screening's proposals added for every instrument it has none for yet; what the instructor has (edited or confirmed) stays. */
function withProposals(stage: StudioStage): StudioStage {
  const proposed = withProposedExpectations(stage);
  return { ...stage, expected: { ...stage.expected, instruments: { ...proposed.expected.instruments, ...stage.expected.instruments } } };
}

function Status({ confirmed }: { readonly confirmed: boolean }) {
  const status = expectationStatus({ confirmed });
  return (
    <p className={confirmed ? styles.confirmed : styles.computed}>
      <strong>{status === COMPUTED_STATUS ? "⚠ " : "✓ "}</strong>
      {status === COMPUTED_STATUS ? COMPUTED_STATUS : "Confirmed against the paper"}
    </p>
  );
}

function ConfirmBox({ id, checked, what, onChange }: { readonly id: string; readonly checked: boolean; readonly what: string; readonly onChange: (checked: boolean) => void }) {
  return (
    <div className={styles.confirm}>
      <input type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>
        {CONFIRM_LABEL}
        <span className="visually-hidden"> ({what})</span>
      </label>
    </div>
  );
}

/** The expected level: the screening's, until the instructor confirms one (the draft holds a level only once confirmed). */
function LevelExpectation({ stage, stageIndex, proposal, change }: { readonly stage: StudioStage; readonly stageIndex: number; readonly proposal: StageProposal; readonly change: StageChange }) {
  const [choice, setChoice] = useState<Level>(stage.expected.level ?? proposal.level);
  const confirmed = stage.expected.level !== undefined;
  const shown = stage.expected.level ?? choice;
  const setLevel = (level: Level | undefined) => change((s) => ({ ...s, expected: { ...s.expected, level } }));
  const prefix = `expected-${stageIndex + 1}-level`;
  return (
    <section aria-labelledby={`${prefix}-heading`} className={styles.block}>
      <h3 id={`${prefix}-heading`}>Expected level</h3>
      <p>
        The app’s screening of the answer key: <strong>{LEVEL_HEADLINES[proposal.level]}</strong>
      </p>
      <Field path={prefix} label="Expected level" hint={shown === proposal.level ? undefined : "Differs from the app’s screening, shown above."}>
        {(props) => (
          <select
            {...props}
            value={shown}
            onChange={(event) => {
              const level = event.target.value as Level;
              setChoice(level);
              if (confirmed) setLevel(level);
            }}
          >
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_HEADLINES[level]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Status confirmed={confirmed} />
      <ConfirmBox id={`${prefix}-confirmed`} checked={confirmed} what={`level, ${stageTitle(stage, stageIndex).toLowerCase()}`} onChange={(checked) => setLevel(checked ? shown : undefined)} />
    </section>
  );
}

/** A number of an expectation: typed freely, kept when it reads as a number or is left empty. */
function NumberInput({ path, label, value, onChange }: { readonly path: string; readonly label: string; readonly value: number | null | undefined; readonly onChange: (value: number | undefined) => void }) {
  const [text, setText] = useState(typeof value === "number" ? String(value) : "");
  const readable = text.trim() === "" || Number.isFinite(Number(text.trim().replace(",", ".")));
  return (
    <Field path={path} label={label} error={readable ? undefined : `${label}: enter a number, or leave it empty.`}>
      {(props) => (
        <input
          {...props}
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(event) => {
            const typed = event.target.value;
            setText(typed);
            const trimmed = typed.trim().replace(",", ".");
            if (trimmed === "") onChange(undefined);
            else if (Number.isFinite(Number(trimmed))) onChange(Number(trimmed));
          }}
        />
      )}
    </Field>
  );
}

const MEETS_OPTIONS = [
  { value: "", label: "Not checked" },
  { value: "true", label: "Met" },
  { value: "false", label: "Not met" },
  { value: "null", label: "Open: the data cannot decide it" },
] as const;

const meetsText = (meets: boolean | null | undefined): string => (meets === undefined ? "" : String(meets));
const meetsValue = (text: string): boolean | null | undefined => ({ true: true, false: false, null: null })[text as "true" | "false" | "null"];

const CRITERION_OUTCOME = { true: "Met", false: "Not met", null: "Not known" } as const;

function InstrumentExpectationCard({
  id,
  proposed,
  expectation,
  stageIndex,
  stageName,
  set,
}: {
  readonly id: InstrumentId;
  readonly proposed: Proposed | undefined;
  readonly expectation: Expectation;
  readonly stageIndex: number;
  readonly stageName: string;
  readonly set: (expectation: Expectation | undefined) => void;
}) {
  const name = proposed?.name ?? INSTRUMENTS[id].name;
  const prefix = `expected-${stageIndex + 1}-${id}`;
  const edit = (change: Partial<InstrumentExpectation>) => {
    const expect: Record<string, unknown> = { ...expectation.expect, ...change };
    for (const key of Object.keys(expect)) if (expect[key] === undefined) delete expect[key];
    set({ ...expectation, expect: expect as InstrumentExpectation });
  };
  const edited = proposed !== undefined && !sameExpectation(proposed.expect, expectation.expect);
  return (
    <section aria-labelledby={`${prefix}-heading`} className={styles.instrument}>
      <h4 id={`${prefix}-heading`}>{name}</h4>
      {proposed ? (
        <>
          <p>
            Published threshold: <strong>{proposed.threshold}</strong>
          </p>
          <table className={`stack-on-phone ${styles.criteria}`}>
            <caption className="visually-hidden">Published criteria of {name}, and what the answer key gives for each</caption>
            <thead>
              <tr>
                <th scope="col">Published criterion</th>
                <th scope="col">In the answer key</th>
              </tr>
            </thead>
            <tbody>
              {proposed.criteria.map((criterion, n) => (
                <tr key={n}>
                  <th scope="row">{criterion.published}</th>
                  <td data-label="In the answer key">{CRITERION_OUTCOME[String(criterion.met) as "true" | "false" | "null"]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            The app’s computation: <strong>{expectationWords(proposed.expect)}</strong>
          </p>
        </>
      ) : (
        <p className={styles.note}>
          <strong>Note:</strong> the app’s screening finds that {name} does not apply to this answer key.{" "}
          <button type="button" className="link-button" onClick={() => set(undefined)}>
            Remove this expectation<span className="visually-hidden"> ({name}, {stageName.toLowerCase()})</span>
          </button>
        </p>
      )}
      <fieldset className={styles.values}>
        <legend>
          Expected result{edited ? " (edited: the app’s computation stays shown above)" : ""}
          <span className="visually-hidden">
            {" "}
            — {name}, {stageName.toLowerCase()}
          </span>
        </legend>
        <NumberInput path={`${prefix}-value`} label={`${name}: value`} value={expectation.expect.value} onChange={(value) => edit({ value })} />
        <NumberInput path={`${prefix}-min`} label={`${name}: lowest possible`} value={expectation.expect.min} onChange={(min) => edit({ min })} />
        <NumberInput path={`${prefix}-max`} label={`${name}: highest possible`} value={expectation.expect.max} onChange={(max) => edit({ max })} />
        <Field path={`${prefix}-meets`} label={`${name}: threshold`}>
          {(props) => (
            <select {...props} value={meetsText(expectation.expect.meetsThreshold)} onChange={(event) => edit({ meetsThreshold: meetsValue(event.target.value) })}>
              {MEETS_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <Status confirmed={expectation.confirmed} />
      <ConfirmBox id={`${prefix}-confirmed`} checked={expectation.confirmed} what={`${name}, ${stageName.toLowerCase()}`} onChange={(confirmed) => set({ ...expectation, confirmed })} />
    </section>
  );
}

function Predictions({ stage, stageIndex, proposal, change }: { readonly stage: StudioStage; readonly stageIndex: number; readonly proposal: StageProposal; readonly change: StageChange }) {
  const prefix = `predictions-${stageIndex + 1}`;
  return (
    <section aria-labelledby={`${prefix}-heading`} className={styles.block}>
      <h3 id={`${prefix}-heading`}>Predictions</h3>
      {proposal.predictions.length === 0 ? (
        <p>No instrument applies to this answer key: the trainee is asked no prediction.</p>
      ) : (
        <>
          <p>Before the reveal, the trainee predicts (only what applies to this answer key):</p>
          <ul>
            {proposal.predictions.map((item) => (
              <li key={item.key}>{item.label}</li>
            ))}
          </ul>
        </>
      )}
      <Field path={`${prefix}-teaching-point`} label="Teaching point shown with the predictions" hint="Optional: what this stage teaches, shown once the trainee has predicted.">
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={stage.teachingPoint ?? ""}
            onChange={(event) => {
              const teachingPoint = event.target.value;
              change((s) => ({ ...s, teachingPoint }));
            }}
          />
        )}
      </Field>
    </section>
  );
}

function StageExpected({ stage, stageIndex, unfolding, change }: { readonly stage: StudioStage; readonly stageIndex: number; readonly unfolding: boolean; readonly change: StageChange }) {
  const proposal = useMemo(() => proposeForStage(stage.answerKey), [stage.answerKey]);
  const name = stageTitle(stage, stageIndex);
  const proposedIds = proposal.instruments.map((p) => p.instrument);
  const others = (Object.keys(stage.expected.instruments) as InstrumentId[]).filter((id) => !proposedIds.includes(id));
  const setInstrument = (id: InstrumentId) => (expectation: Expectation | undefined) =>
    change((s) => {
      const instruments = { ...s.expected.instruments };
      if (expectation === undefined) delete instruments[id];
      else instruments[id] = expectation;
      return { ...s, expected: { ...s.expected, instruments } };
    });
  const headingId = `stage-heading-${stageIndex + 1}`;
  return (
    <section aria-labelledby={headingId} className={styles.stage}>
      <h2 id={headingId}>{name}</h2>
      <LevelExpectation stage={stage} stageIndex={stageIndex} proposal={proposal} change={change} />
      <section aria-labelledby={`expected-${stageIndex + 1}-heading`} className={styles.block}>
        <h3 id={`expected-${stageIndex + 1}-heading`}>Expected results, instrument by instrument</h3>
        {proposal.instruments.length === 0 && others.length === 0 ? <p>No instrument applies to this answer key.</p> : null}
        <div className={styles.instruments}>
          {[...proposedIds, ...others].map((id) => {
            const expectation = stage.expected.instruments[id];
            if (expectation === undefined) return null;
            return (
              <InstrumentExpectationCard
                key={id}
                id={id}
                proposed={proposal.instruments.find((p) => p.instrument === id)}
                expectation={expectation}
                stageIndex={stageIndex}
                stageName={name}
                set={setInstrument(id)}
              />
            );
          })}
        </div>
      </section>
      {unfolding ? <Predictions stage={stage} stageIndex={stageIndex} proposal={proposal} change={change} /> : null}
      <ChecklistEditor
        stageIndex={stageIndex}
        stageName={name}
        candidates={proposal.checklist}
        items={stage.checklist}
        onChange={(checklist) => change((s) => ({ ...s, checklist }))}
      />
    </section>
  );
}

function Stages({ draft, update }: { readonly draft: StudioDraft; readonly update: ReturnType<typeof useStudioDraft>["update"] }) {
  // The screening's proposals enter the draft once, for the instruments it has none for: what the instructor edited or confirmed is never replaced.
  useEffect(() => {
    update((current) => {
      const stages = current.stages.map(withProposals);
      return JSON.stringify(stages) === JSON.stringify(current.stages) ? current : { ...current, stages };
    });
  }, [draft, update]);
  const unfolding = draft.stages.length > 1;
  return draft.stages.map((stage, index) => (
    <StageExpected
      key={index}
      stage={stage}
      stageIndex={index}
      unfolding={unfolding}
      change={(change) => update((current) => ({ ...current, stages: current.stages.map((s, i) => (i === index ? change(s) : s)) }))}
    />
  ));
}

/** The studio's expected results and checklist: per stage, proposed from the app's own screening, confirmed against the paper by the instructor. */
export function ExpectedPart() {
  const { draft, update } = useStudioDraft();
  return <StudioAnswerKeyGate draft={draft}>{(loaded) => <Stages draft={loaded} update={update} />}</StudioAnswerKeyGate>;
}
