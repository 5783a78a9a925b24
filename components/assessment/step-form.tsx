"use client";

import { counted, isSingular } from "@/lib/plural";
import { useRouter } from "next/navigation";
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type Control, type FieldErrors, type Resolver, type UseFormRegister } from "react-hook-form";
import { ENUM_FIELDS, NUMERIC_FIELDS, TRI_STATE_FIELDS, fieldLabel, type NumericFieldPath } from "@/lib/assessment/fields";
import { valueAt } from "@/lib/assessment/read";
import type { AssessmentInput } from "@/lib/assessment/schema";
import {
  ICE_ITEM_KEYS,
  echoFor,
  answerOf,
  dependenciesOf,
  fieldShown,
  groupShown,
  EMPTY_DRAFT,
  PENDING_PREFIX,
  STEPS,
  loadDraft,
  loadUnits,
  markStepDone,
  mergeStep,
  messageFor,
  saveDraft,
  saveUnits,
  thresholdHint,
  toFormValues,
  unitOf,
  unitsFor,
  withTypedKept,
  type Echo,
  type FieldSpec,
  type FormValues,
  type NamedThreshold,
  type StepDefinition,
  type Stores,
  type UnitChoices,
} from "@/lib/form";
import { DerivedVitals } from "./derived-vitals";
import { useFocusHeading } from "./use-focus-heading";
import { Field, fieldId } from "./field";
import { SegmentedField } from "./segmented";
import { liveIceTotal } from "@/lib/form/ice-total";
import type { PublishedThresholds } from "@/lib/form/published-thresholds";
import { useBrowserStores, useStorageBlocked } from "./use-browser-stores";
import { DRAFT_SAVED_EVENT, afterNextPaint, useSaveAfterPaint } from "./after-next-paint";
import { loadStepValidation, loadedStepValidation, prefetchStepValidation, whenIdle, type StepValidation } from "./use-step-validation";
import { StorageBlocked } from "@/components/notice/storage-blocked";


const TRI_OPTIONS = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
  { value: "", label: "Not assessed" },
] as const;

const VALIDATOR_UNAVAILABLE = "This step's checks could not be loaded (are you offline?). What you typed is kept; try again in a moment.";

function flatten(errors: FieldErrors<FormValues>, prefix = ""): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "root") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string") out.push({ path, message: (value as { message: string }).message });
    else out.push(...flatten(value as FieldErrors<FormValues>, path));
  }
  return out;
}

const NO_ECHO = { text: "", kept: true } as const;

/**
 * What a number field echoes: nothing for a stored value as it was saved (restating it would add
 * a line under every filled field as the case is filled in, pushing the step down), else what the
 * text typed will be kept as.
 */
function echoOf(path: NumericFieldPath, typed: unknown, unit: string, loaded: { readonly text: unknown; readonly unit: string }): Echo {
  const echo = echoFor(path, typed, unit);
  return echo.kept && typed === loaded.text && unit === loaded.unit ? NO_ECHO : echo;
}

function NumberInput({
  path,
  hint,
  published,
  error,
  units,
  onUnit,
  register,
  control,
  loaded,
}: {
  readonly path: NumericFieldPath;
  readonly hint?: string;
  readonly published: readonly NamedThreshold[];
  readonly error?: string;
  readonly units: UnitChoices;
  readonly onUnit: (path: NumericFieldPath, unit: string) => void;
  readonly register: UseFormRegister<FormValues>;
  readonly control: Control<FormValues>;
  /** The text and unit the field was filled with from the stored case. */
  readonly loaded: { readonly text: unknown; readonly unit: string };
}) {
  const field = NUMERIC_FIELDS[path];
  const offered = unitsFor(path);
  const unit = unitOf(path, units);
  const integer = "integer" in field && field.integer;
  const thresholds = thresholdHint(path, published, units);
  // What will be kept, in the unit chosen, as the person types (and at once after a unit change).
  const typed: unknown = useWatch({ control, name: path });
  return (
    <Field path={path} label={field.label} hint={[hint, thresholds].filter(Boolean).join(" ") || undefined} error={error} echo={echoOf(path, typed, unit, loaded)}>
      {(props) => (
        <div className="number-input">
          <input {...props} type="text" inputMode={integer ? "numeric" : "decimal"} autoComplete="off" {...register(path)} />
          {offered.length > 1 ? (
            <select name={`unit:${path}`} aria-label={`Unit for ${field.label}`} value={unit} onChange={(e) => onUnit(path, e.target.value)}>
              {offered.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          ) : null}
          {offered.length <= 1 && unit ? <span className="unit">{unit}</span> : null /* a count (vasopressors) has no unit: no empty box */}
        </div>
      )}
    </Field>
  );
}

/** One ICE item: its points (echoed as typed, "= 1 point") and whether it could be assessed. */
function IceItem({
  itemKey,
  register,
  control,
  error,
  loaded,
}: {
  readonly itemKey: (typeof ICE_ITEM_KEYS)[number];
  readonly register: UseFormRegister<FormValues>;
  readonly control: Control<FormValues>;
  readonly error?: string;
  readonly loaded: FormValues;
}) {
  const path = `neuro.iceItems.${itemKey}` as NumericFieldPath;
  const field = NUMERIC_FIELDS[path];
  const typed: unknown = useWatch({ control, name: path });
  const notAssessable = useWatch({ control, name: `iceNotAssessable.${itemKey}` }) === true;
  return (
    <div className="ice-item">
      <Field path={path} label={`${field.label} (0–${field.max})`} error={error} echo={notAssessable ? { text: "Not assessable: this item's points are left open.", kept: true } : echoOf(path, typed, field.unit, { text: valueAt(loaded, path), unit: field.unit })}>
        {(props) => <input {...props} type="text" inputMode="numeric" autoComplete="off" {...register(path)} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register(`iceNotAssessable.${itemKey}`)} /> Not assessable
        <span className="visually-hidden"> ({field.label})</span>
      </label>
    </div>
  );
}

/** The ICE total as the items are typed (lib/form/ice-total.ts): the same sum the ICANS grade reads. */
function IceTotal({ control }: { readonly control: Control<FormValues> }) {
  const typed = useWatch({ control, name: "neuro.iceItems" }) as Partial<Record<(typeof ICE_ITEM_KEYS)[number], unknown>> | undefined;
  const notAssessable = useWatch({ control, name: "iceNotAssessable" }) as Partial<Record<(typeof ICE_ITEM_KEYS)[number], boolean>> | undefined;
  const { range, open } = liveIceTotal(typed ?? {}, notAssessable ?? {});
  const labels = open.map((item) => NUMERIC_FIELDS[`neuro.iceItems.${item}`].label.replace(/^ICE /, ""));
  let text = "ICE total: shown here as the items are scored.";
  if (range !== null) text = range.min === range.max ? `ICE total: ${range.min} of 10` : `ICE total: ${range.min}–${range.max} of 10 (open: ${labels.join(", ")})`;
  return (
    <p className="ice-total">
      <output aria-live="polite" htmlFor={ICE_ITEM_KEYS.map((key) => fieldId(`neuro.iceItems.${key}`)).join(" ")}>
        {text}
      </output>
    </p>
  );
}

function IceItems({
  register,
  control,
  errors,
  recordedScore,
  loaded,
}: {
  readonly register: UseFormRegister<FormValues>;
  readonly control: Control<FormValues>;
  readonly errors: Map<string, string>;
  readonly recordedScore: number | null;
  readonly loaded: FormValues;
}) {
  return (
    <div className="ice-items">
      {recordedScore !== null ? (
        <p className="notice-inline">
          This case records an ICE score of {recordedScore} without its items (for example from an imported file). It is kept unless you enter the items,
          which then replace it.
        </p>
      ) : null}
      <p className="hint">
        Score each item as tested. Mark an item <em>not assessable</em> when a language, vision or hearing barrier prevents it: ICE then becomes a range, and
        the adaptation is reported.
      </p>
      {ICE_ITEM_KEYS.map((key) => (
        <IceItem key={key} itemKey={key} register={register} control={control} error={errors.get(`neuro.iceItems.${key}`)} loaded={loaded} />
      ))}
      <IceTotal control={control} />
    </div>
  );
}

function FieldControl({
  spec,
  published,
  register,
  errors,
  units,
  onUnit,
  control,
  recordedIceScore,
  loaded,
}: {
  readonly control: Control<FormValues>;
  readonly spec: FieldSpec;
  readonly published: PublishedThresholds;
  readonly register: UseFormRegister<FormValues>;
  readonly errors: Map<string, string>;
  readonly units: UnitChoices;
  readonly onUnit: (path: NumericFieldPath, unit: string) => void;
  readonly recordedIceScore: number | null;
  readonly loaded: Loaded;
}) {
  switch (spec.kind) {
    case "number":
      return (
        <NumberInput
          path={spec.path}
          hint={spec.hint}
          published={published[spec.path] ?? []}
          error={errors.get(spec.path)}
          units={units}
          onUnit={onUnit}
          register={register}
          control={control}
          loaded={{ text: valueAt(loaded.values, spec.path), unit: unitOf(spec.path, loaded.units) }}
        />
      );
    case "tri-state":
      return <SegmentedField path={spec.path} legend={TRI_STATE_FIELDS[spec.path]} hint={spec.hint} error={errors.get(spec.path)} options={TRI_OPTIONS} register={register} />;
    case "choice": {
      const { label, options } = ENUM_FIELDS[spec.path];
      return (
        <Field path={spec.path} label={label} hint={spec.hint} error={errors.get(spec.path)}>
          {(props) => (
            <select {...props} {...register(spec.path)}>
              <option value="">Not recorded</option>
              {Object.entries(options).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    }
    case "text":
      return (
        <Field path={spec.path} label={fieldLabel(spec.path)} hint={spec.hint} error={errors.get(spec.path)}>
          {(props) => <input {...props} type="text" maxLength={120} autoComplete="off" {...register(spec.path)} />}
        </Field>
      );
    case "ice-items":
      return <IceItems register={register} control={control} errors={errors} recordedScore={recordedIceScore} loaded={loaded.values} />;
  }
}

/**
 * A question asked only when the answers it qualifies call for it (fever's cause only when the
 * temperature may be a fever, the airway question only with mechanical ventilation); its answer is
 * kept while hidden and shown again when the question comes back.
 */
function ShownWhenAsked({ spec, control, units, children }: { readonly spec: FieldSpec; readonly control: Control<FormValues>; readonly units: UnitChoices; readonly children: React.ReactNode }) {
  const dependsOn = dependenciesOf(spec);
  // useWatch of the whole form would re-render every field on each keystroke; watch these fields only.
  // (The form's values are keyed by dotted path at run time; react-hook-form's types cannot name them.)
  const watched: unknown = useWatch({ control, name: (dependsOn.length === 0 ? ["__none__"] : [...dependsOn]) as never, disabled: dependsOn.length === 0 });
  const answers: readonly unknown[] = Array.isArray(watched) ? watched : [];
  return fieldShown(spec, (path) => answerOf(path, answers[dependsOn.indexOf(path)], units)) ? children : null;
}

/** What the form was filled with from the stored case: the draft, the units, and the step's values as text. */
interface Loaded {
  readonly draft: AssessmentInput;
  readonly units: UnitChoices;
  readonly values: FormValues;
}

const NOTHING_LOADED: Loaded = { draft: EMPTY_DRAFT, units: {}, values: {} };

/** The stored case as this step shows it: typing kept aside before a reload (not valid yet) wins over the saved draft. */
function loadStored(stores: Stores, step: StepDefinition): Loaded {
  const draft = loadDraft(stores);
  const units = loadUnits(stores);
  try {
    const pending = stores.session.getItem(PENDING_PREFIX + step.id);
    if (pending) return { draft, units, values: JSON.parse(pending) as FormValues };
  } catch {
    /* a damaged pending copy: fall back to the saved draft */
  }
  return { draft, units, values: toFormValues(draft, step, units) };
}

/**
 * One step of the assessment: its fields, validated by the library's schema, saved in the browser.
 * `published` names the thresholds shown beside each number (looked up on the server).
 * Prerendered as for a new case, whose form is exactly this; a stored case is filled in once the
 * browser's storage can be read, into the same form (issue 31 item 1; ./mark-stored-layout.ts
 * keeps the first paint in the stored case's layout).
 */
export function StepForm({ stepId, published }: { readonly stepId: string; readonly published: PublishedThresholds }) {
  const stores = useBrowserStores();
  const blocked = useStorageBlocked();
  // The storage reaches the form in a transition, rendered in slices: the switch from the server's
  // snapshot (none) to the browser's is a synchronous render, and the form (memo) sits it out.
  const [formStores, setFormStores] = useState(stores);
  useEffect(() => {
    if (stores !== formStores) startTransition(() => setFormStores(stores));
  }, [stores, formStores]);
  if (blocked) return <StorageBlocked />;
  return <CaseStepForm key={stepId} stepId={stepId} stores={formStores} published={published} />;
}

const CaseStepForm = memo(function CaseStepForm({ stepId, stores, published }: { readonly stepId: string; readonly stores: Stores | null; readonly published: PublishedThresholds }) {
  const router = useRouter();
  // The validator is not in the page's first scripts: fetch it once the page is idle after its
  // first paint, or when the person first focuses the form, whichever is first, so it is here
  // before the first validation (a submit, then each change) needs it; that one would wait for it.
  useEffect(() => whenIdle(prefetchStepValidation), []);
  const index = STEPS.findIndex((s) => s.id === stepId);
  const step: StepDefinition = STEPS[index]!;
  // Null while hydrating the prerendered step (no storage on the server); after a client-side
  // navigation the stored case is there from the first render.
  const [loaded, setLoaded] = useState<Loaded | null>(() => (stores === null ? null : loadStored(stores, step)));
  const draft = loaded?.draft ?? EMPTY_DRAFT;
  const [units, setUnits] = useState<UnitChoices>(() => loaded?.units ?? {});
  // The autosave reads the units from here: a unit switch rewrites the typed text before the
  // component re-renders, and that text must be read in the new unit.
  const unitsRef = useRef(units);
  const pendingKey = PENDING_PREFIX + step.id;
  // react-hook-form awaits its resolver (zodResolver's own is async), so this one may wait for the
  // validator to arrive; once it has, it is the zod resolver of the step's schema, as before.
  const resolver = useMemo<Resolver<FormValues>>(() => {
    let real: Resolver<FormValues> | undefined;
    return async (values, context, options) => {
      try {
        real ??= (await loadStepValidation()).stepResolver(step, units, draft);
      } catch {
        // Not arrived (offline, or the site was updated meanwhile): say so; the next try fetches again.
        return { values: {}, errors: { root: { type: "unavailable", message: VALIDATOR_UNAVAILABLE } } };
      }
      return real(values, context, options);
    };
  }, [step, units, draft]);
  // No defaults while hydrating: react-hook-form then takes each field's value from the page, so
  // what was typed into the prerendered step before its scripts ran is kept.
  const form = useForm<FormValues>({ defaultValues: loaded?.values, resolver, shouldFocusError: false, mode: "onSubmit" });
  // Filling in is not typing: it must not be saved back as if it were. Nor is a snapshot of the
  // form taken before it was filled (the empty prerendered step): saved over the stored case, it
  // would empty this step's stored answers.
  const filling = useRef(false);
  const filled = useRef(loaded !== null);
  const typedBeforeFill = useRef(false);
  useEffect(() => {
    if (stores === null || loaded !== null) return;
    const stored = loadStored(stores, step);
    const values = withTypedKept(stored.values, form.getValues());
    typedBeforeFill.current = JSON.stringify(values) !== JSON.stringify(stored.values);
    filled.current = true;
    // Rendered in slices (a transition), so filling fifty-odd fields is not one long task. The
    // fields stay registered meanwhile (keepFieldsRef), so what is typed in the meantime is kept.
    startTransition(() => {
      filling.current = true;
      unitsRef.current = stored.units;
      setUnits(stored.units);
      setLoaded(stored);
      form.reset(values, { keepFieldsRef: true });
      filling.current = false;
    });
  }, [stores, loaded, step, form]);
  const { register, handleSubmit, formState, getValues } = form;
  const summaryRef = useRef<HTMLDivElement>(null);

  // Every keystroke is kept (sessionStorage) so a reload in the middle of a step loses nothing.
  // Values that already pass the step's schema go straight into the draft, so leaving the step by
  // any link (not only "Save and continue") keeps them; typing that does not validate yet is kept
  // aside (reload-safe) and flagged on the review and result pages as unsaved.
  const keep = useCallback(
    (values: FormValues, units: UnitChoices) => {
      if (stores === null) return; // not hydrated yet: nothing to save into
      const check = ({ stepSchema }: StepValidation) => {
        const parsed = stepSchema(step, units, draft).safeParse(values);
        if (parsed.success) {
          saveDraft(stores, mergeStep(loadDraft(stores), step, parsed.data as Record<string, unknown>));
          stores.session.removeItem(pendingKey);
        } else {
          stores.session.setItem(pendingKey, JSON.stringify(values));
        }
        window.dispatchEvent(new Event(DRAFT_SAVED_EVENT));
      };
      // Typed before the validator arrived: checked when it does, in the order typed (if it
      // cannot arrive, the typing is kept aside like typing that does not validate).
      const validation = loadedStepValidation();
      if (validation) check(validation);
      else loadStepValidation().then(check, () => stores.session.setItem(pendingKey, JSON.stringify(values)));
    },
    [stores, pendingKey, step, draft],
  );
  // The check and the write wait for the keystroke's paint (./after-next-paint.ts).
  const keepAfterPaint = useSaveAfterPaint(
    useCallback(
      ({ values, units, beforeFill }: { readonly values: FormValues; readonly units: UnitChoices; readonly beforeFill: boolean }) => {
        if (!beforeFill) keep(values, units);
      },
      [keep],
    ),
  );
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (!filling.current) keepAfterPaint({ values, units: unitsRef.current, beforeFill: !filled.current });
        },
      }),
    [form, keepAfterPaint],
  );
  // What was typed before the fill is in the form now, with the stored case: saved once filled.
  useEffect(() => {
    if (loaded === null || !typedBeforeFill.current) return;
    typedBeforeFill.current = false;
    keepAfterPaint({ values: form.getValues(), units: unitsRef.current, beforeFill: false });
  }, [loaded, form, keepAfterPaint]);

  useFocusHeading("step-heading");

  // Focus moves to the error summary once per failed submit, never while the user is fixing fields.
  const focusedForSubmit = useRef(0);
  useEffect(() => {
    if (formState.submitCount > focusedForSubmit.current && Object.keys(formState.errors).length > 0) {
      focusedForSubmit.current = formState.submitCount;
      summaryRef.current?.focus();
    }
  }, [formState.submitCount, formState.errors]);

  const errors = new Map(flatten(formState.errors).map((e) => [e.path, messageFor(e.path, e.message, getValues(), units)]));

  // A unit change re-reads the text as typed in the new unit; it never converts the number (a
  // silent 10× slip: 9.5 typed as CRP in mg/L, then mg/dL chosen, must mean 9.5 mg/dL). The echo
  // shows the new meaning at once, and the draft is updated as for a keystroke.
  const onUnit = (path: NumericFieldPath, unit: string) => {
    // Before the fill the stored units are not read yet: a choice then would overwrite them.
    if (stores === null || !filled.current) return;
    const next = { ...units, [path]: unit };
    unitsRef.current = next;
    setUnits(next);
    saveUnits(stores, next);
    keepAfterPaint({ values: getValues(), units: next, beforeFill: false });
    // After a failed submit, the field's message is restated in the new unit.
    if (formState.submitCount > 0) revalidate.current = path;
  };
  const revalidate = useRef<NumericFieldPath | null>(null);
  useEffect(() => {
    const path = revalidate.current;
    revalidate.current = null;
    if (path) void form.trigger(path);
  }, [units, form]);

  const save = (sections: Record<string, unknown>) => {
    if (stores === null) return;
    saveDraft(stores, mergeStep(loadDraft(stores), step, sections));
    // Saved is done, values or none: a step left empty on purpose (pathology) is ticked too.
    markStepDone(stores, step.id);
    stores.session.removeItem(pendingKey);
  };

  const next = STEPS[index + 1];
  const previous = STEPS[index - 1];
  const nextHref = next ? `/assess/${next.id}` : "/assess/result";
  // The step navigation does not prefetch its eight routes on every page (on a weak connection
  // that is sixteen requests competing with the page); the one "Save and continue" opens is
  // fetched when the page is idle.
  useEffect(() => whenIdle(() => router.prefetch(nextHref)), [router, nextHref]);
  const onValid = (sections: FormValues) => {
    save(sections as Record<string, unknown>);
    router.push(nextHref);
  };

  // The press paints first; the step's checks and the save run just after (INP: they would
  // otherwise hold the button's frame, ./after-next-paint.ts).
  const validateAndSave = handleSubmit(onValid as never);
  const queuedSubmit = useRef<(() => void) | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    queuedSubmit.current?.();
    queuedSubmit.current = afterNextPaint(() => {
      queuedSubmit.current = null;
      void validateAndSave();
    });
  };
  // Left (a link, Back) before the queued submit ran: it must not save and move on after all.
  useEffect(() => () => queuedSubmit.current?.(), []);

  const errorList = [...errors.entries()];
  const formProblem = formState.errors.root?.message;
  const problemCount = errorList.length + (formProblem ? 1 : 0);
  return (
    // Once filled, the form's own structure is the stored case's, and the first paint's marks no longer apply (app/globals.css).
    <form className="step-form" data-filled={loaded === null ? undefined : ""} noValidate onSubmit={onSubmit} onFocus={prefetchStepValidation} aria-describedby="step-intro">
      {problemCount > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">There {isSingular(problemCount) ? "is a problem" : `are ${counted(problemCount, "problem")}`} to fix</h2>
          <ul>
            {formProblem ? <li>{formProblem}</li> : null}
            {errorList.map(([path, message]) => (
              <li key={path}>
                <a href={`#${fieldId(path)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p id="step-intro" className="lede">
        {step.intro}
      </p>
      {step.groups
        .filter((group) => groupShown(group, draft.context?.ageYears ?? undefined))
        .map((group) => (
          <fieldset key={group.legend} className="group" data-for-test={group.forTest}>
            <legend>{group.legend}</legend>
            {group.link ? (
              <p className="hint">
                <a href={group.link.href} target="_blank" rel="noopener noreferrer">
                  {group.link.text}
                </a>{" "}
                (opens the publisher&rsquo;s page; its wording is not reproduced here).
              </p>
            ) : null}
            {group.fields.map((spec) => (
              <ShownWhenAsked key={spec.kind === "ice-items" ? "ice" : spec.path} spec={spec} control={form.control} units={units}>
                <FieldControl
                  spec={spec}
                  published={published}
                  register={register}
                  errors={errors}
                  units={units}
                  onUnit={onUnit}
                  control={form.control}
                  recordedIceScore={draft.neuro?.iceItems == null ? (draft.neuro?.iceScore ?? null) : null}
                  loaded={loaded ?? NOTHING_LOADED}
                />
              </ShownWhenAsked>
            ))}
          </fieldset>
        ))}
      {step.id === "vitals" ? <DerivedVitals control={form.control} step={step} units={units} context={draft.context} /> : null}
      <div className="actions">
        {previous ? (
          <button type="button" className="button" onClick={() => router.push(`/assess/${previous.id}`)}>
            Back
          </button>
        ) : null}
        <button type="submit" className="button primary">
          {next ? `Save and continue to ${next.title.toLowerCase()}` : "See the result"}
        </button>
      </div>
    </form>
  );
});
