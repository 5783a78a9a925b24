"use client";

import { useMemo } from "react";
import { useBrowserStores } from "@/components/assessment/use-browser-stores";
import { quickAccept } from "@/lib/assessment/quick-accept";
import { fieldLabel } from "@/lib/assessment/fields";
import type { Assessment } from "@/lib/assessment/schema";
import { LAB_TRENDS, chartStyleOf, valueText, type ChartValue } from "@/lib/case/chart";
import { course, enteredTimePoints, hasFindings } from "@/lib/case/course";
import type { TimePointAt } from "@/lib/case/schema";
import { atLabel, loadCaseDraft } from "@/lib/form/case-draft";
import { INSTRUMENTS } from "@/lib/scores";
import { INSTRUMENT_IDS, type InstrumentId } from "@/lib/scores/types";
import { CourseChart } from "./course-chart";
import styles from "./course.module.css";

/** Henter 2007 was checked for whether HLH-2004's criteria may be gathered across days; the stored text does not say (issue 18 item 6). */
const HLH_2004_PER_TIMEPOINT =
  "HLH-2004 is counted at each time-point; whether criteria may be combined across days could not be verified in Henter 2007.";

// "none", not "never": a time-point whose verdict is still open is not counted as met, yet it may be.
/** A course chart's props for one instrument: drawn as its scale says, labelled with what its axis counts. */
function chartOf(id: InstrumentId, name: string) {
  const { kind, threshold, unit } = chartStyleOf(id);
  return { kind, threshold, label: `${name} (${unit})` };
}

const when = (at: TimePointAt | null): string => (at === null ? "none" : atLabel(at));
const shortDay = (at: TimePointAt): string => `D${at.day}${at.time === undefined ? "" : ` ${at.time}`}`;

/**
 * The course at a glance (issue 18 item 2), shown only for a case of two or more time-points: per
 * applicable instrument its value at every time-point, with the highest and when the threshold was
 * first and last met, then the lab trends; each chart with a table as its text equivalent.
 */
export function CourseView() {
  const stores = useBrowserStores();
  const data = useMemo(() => {
    if (stores === null) return null;
    const theCase = loadCaseDraft(stores);
    if (theCase.timepoints.length < 2) return null;
    // Time-points the form saved pass the quick check; one that does not is left out and named.
    const accepted = theCase.timepoints.filter((p): p is { at: TimePointAt; assessment: Assessment } => quickAccept(p.assessment));
    const left = theCase.timepoints.filter((p) => !quickAccept(p.assessment)).map((p) => atLabel(p.at));
    // A day added and not yet entered is neither charted nor counted (lib/case/course.ts enteredTimePoints).
    const valid = enteredTimePoints(accepted);
    const empty = accepted.filter((p) => !hasFindings(p.assessment)).map((p) => atLabel(p.at));
    if (valid.length < 2) return null;
    return { result: course({ caseVersion: 1, timepoints: valid }), left, empty, assessments: valid.map((p) => p.assessment), current: theCase.timepoints[theCase.current]!.at };
  }, [stores]);
  if (data === null) return null;
  const { result, left, empty, assessments, current } = data;
  const ats = result.timepoints.map((t) => t.at);
  const days = ats.map(shortDay);
  const shown = INSTRUMENT_IDS.filter((id) => result.timepoints.some((t) => t.screening.instruments.find((r) => r.id === id)?.applicable));
  const valuesOf = (id: (typeof INSTRUMENT_IDS)[number]): ChartValue[] =>
    result.timepoints.map((t) => {
      const r = t.screening.instruments.find((x) => x.id === id)!;
      return { min: r.min, max: r.max };
    });
  const labs = LAB_TRENDS.map((lab) => ({
    ...lab,
    values: assessments.map((a): ChartValue => {
      const v = (a.labs as Record<string, unknown> | undefined)?.[lab.key];
      return typeof v === "number" ? { min: v, max: v } : null;
    }),
  })).filter((lab) => lab.values.some((v) => v !== null));

  return (
    <section className={styles.course} aria-labelledby="course-heading" data-testid="course">
      <h2 id="course-heading">The course at a glance</h2>
      <p className={`${styles.note} ${styles.screenOnly}`}>
        {ats.length} time-points, {atLabel(ats[0]!)} to {atLabel(ats.at(-1)!)}. Each value is computed from that time-point alone; a range means data were missing. The level and the rest of this page are the result at <strong>{atLabel(current)}</strong>.
      </p>
      {left.length > 0 ? <p className={styles.note}>Left out (their saved values need checking; open them to see why): {left.join(", ")}.</p> : null}
      {empty.length > 0 ? <p className={styles.note}>Not charted, nothing entered yet: {empty.join(", ")}.</p> : null}
      <div className={`${styles.charts} ${styles.screenOnly}`}>
        {shown.map((id) => {
          const c = result.course[id];
          const name = INSTRUMENTS[id].shortName;
          return (
            <figure key={id} className={styles.chart}>
              <CourseChart values={valuesOf(id)} days={days} {...chartOf(id, name)} />
              <figcaption>
                <strong>{name}</strong>: highest {valueText(c.highest)}; {c.firstMetAt === null ? "threshold met at no time-point (an open range may still reach it)" : `first met ${when(c.firstMetAt)}, last met ${when(c.lastMetAt)}`}.
              </figcaption>
            </figure>
          );
        })}
      </div>
      {/* The table repeats the charts' values: closed on the screen so the answer stays near the top, always printed (course.module.css). */}
      <details className={`${styles.more} ${styles.tableMore}`}>
        <summary>The course as a table: every value, the highest, first and last met</summary>
        {/* On a phone each row is a block of labelled values (stack-on-phone, globals.css); wider, many time-points scroll in this keyboard-reachable box. */}
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="The course by time-point">
          <table className={`${styles.table} stack-on-phone`}>
            <caption>The course by time-point (the charts&apos; values)</caption>
            <thead>
              <tr>
                <th scope="col">Instrument</th>
                {ats.map((at) => (
                  <th scope="col" key={atLabel(at)}>
                    {atLabel(at)}
                  </th>
                ))}
                <th scope="col">Highest</th>
                <th scope="col">First met</th>
                <th scope="col">Last met</th>
                <th scope="col" className={styles.printOnly}>
                  Chart
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((id) => {
                const c = result.course[id];
                return (
                  <tr key={id} data-instrument={id}>
                    <th scope="row">{INSTRUMENTS[id].shortName}</th>
                    {valuesOf(id).map((v, i) => (
                      <td key={days[i]} data-label={atLabel(ats[i]!)}>
                        {valueText(v)}
                      </td>
                    ))}
                    <td data-cell="highest" data-label="Highest">
                      {valueText(c.highest)}
                    </td>
                    <td data-cell="first-met" data-label="First met">
                      {when(c.firstMetAt)}
                    </td>
                    <td data-cell="last-met" data-label="Last met">
                      {when(c.lastMetAt)}
                    </td>
                    <td className={styles.printOnly}>
                      <CourseChart spark values={valuesOf(id)} days={days} {...chartOf(id, INSTRUMENTS[id].shortName)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      {shown.includes("hlh-2004") ? <p className={styles.note}>{HLH_2004_PER_TIMEPOINT}</p> : null}
      {labs.length > 0 ? (
        <details className={styles.more}>
          <summary>
            <span className={styles.labHeading}>Laboratory trends</span>: {labs.map((lab) => fieldLabel(lab.path)).join(", ")}
          </summary>
          <p className={`${styles.note} ${styles.screenOnly}`}>The values entered, in the units the case stores.</p>
          <div className={`${styles.charts} ${styles.screenOnly}`}>
            {labs.map((lab) => (
              <figure key={lab.key} className={styles.chart}>
                <CourseChart values={lab.values} days={days} kind="line" label={fieldLabel(lab.path)} />
                <figcaption>{fieldLabel(lab.path)}</figcaption>
              </figure>
            ))}
          </div>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Laboratory values by time-point">
            <table className={`${styles.table} stack-on-phone`}>
              <caption>Laboratory values by time-point</caption>
              <thead>
                <tr>
                  <th scope="col">Test</th>
                  {ats.map((at) => (
                    <th scope="col" key={atLabel(at)}>
                      {atLabel(at)}
                    </th>
                  ))}
                  <th scope="col" className={styles.printOnly}>
                    Chart
                  </th>
                </tr>
              </thead>
              <tbody>
                {labs.map((lab) => (
                  <tr key={lab.key}>
                    <th scope="row">{fieldLabel(lab.path)}</th>
                    {lab.values.map((v, i) => (
                      <td key={days[i]} data-label={atLabel(ats[i]!)}>
                        {valueText(v)}
                      </td>
                    ))}
                    <td className={styles.printOnly}>
                      <CourseChart spark values={lab.values} days={days} kind="line" label={fieldLabel(lab.path)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
