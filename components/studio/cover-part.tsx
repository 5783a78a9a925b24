"use client";

import Link from "next/link";
import { useId } from "react";
import { DIFFICULTY_LABELS, DIFFICULTY_ORDER } from "@/components/scenarios/labels";
import { SETTINGS } from "@/lib/assessment/fields";
import { draftTraineeTitle, type StudioDraft } from "@/lib/scenarios/studio/draft";
import { draftIdentifierWarnings } from "@/lib/scenarios/studio/identifiers";
import { ScenarioSave } from "./scenario-save";
import { StudioNav } from "./studio-nav";
import { STUDIO_HREFS, byPart } from "./studio-links";
import { useStudioDraft } from "./use-studio-draft";
import styles from "./studio.module.css";

type Cover = StudioDraft["cover"];
type SettingId = keyof typeof SETTINGS;

const isSetting = (value: string): value is SettingId => Object.hasOwn(SETTINGS, value);

/**
 * Text anywhere in the draft that looks like a patient identifier, each with the part it is
 * written in: shown above the save buttons, so it is read before anything is downloaded or
 * shared. A warning, not a block — a pattern can be wrong, and the instructor decides.
 */
function IdentifierWarnings({ draft }: { readonly draft: StudioDraft }) {
  const warnings = draftIdentifierWarnings(draft);
  if (warnings.length === 0) {
    return <p className={styles.preview}>No text in the scenario looks like a patient identifier (a date of birth, a record number, a name after a title).</p>;
  }
  return (
    <section aria-labelledby="identifier-warnings" className="error-summary">
      <h2 id="identifier-warnings">Check before saving: text that looks like a patient identifier</h2>
      <p>A scenario is shared as a file and a link: it must not carry anything that identifies a patient. Change these, or save anyway if they are not identifiers.</p>
      {byPart(warnings).map(({ part, items }) => (
        <section key={part} aria-label={`Identifier warnings: ${part}`}>
          <h3>{part}</h3>
          <ul className={styles.warnings}>
            {items.map((w) => (
              <li key={`${w.field}:${w.start}`}>
                <Link href={STUDIO_HREFS[w.page]}>{w.field}</Link>: “{w.text}” — {w.reason}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** The cover's fields, each saved in the draft as it is typed or chosen. */
function CoverFields({ cover, onChange }: { readonly cover: Cover; readonly onChange: (change: Partial<Cover>) => void }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-cover`}>
      <h2 id={`${id}-cover`}>The cover</h2>
      <div className={styles.field}>
        <label htmlFor={`${id}-title`}>Title for the instructor</label>
        <p className="hint" id={`${id}-title-hint`}>
          The teaching title may name the answer: trainees never see it.
        </p>
        <input id={`${id}-title`} type="text" maxLength={120} value={cover.title} aria-describedby={`${id}-title-hint`} onChange={(e) => onChange({ title: e.target.value })} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-id`}>Scenario id (optional)</label>
        <p className="hint" id={`${id}-id-hint`}>
          Lowercase letters, digits and hyphens; left empty, it is made from the title. It names the file.
        </p>
        <input id={`${id}-id`} type="text" maxLength={60} value={cover.id} aria-describedby={`${id}-id-hint`} onChange={(e) => onChange({ id: e.target.value })} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-setting`}>Setting</label>
        <select id={`${id}-setting`} value={cover.setting ?? ""} onChange={(e) => onChange({ setting: isSetting(e.target.value) ? e.target.value : undefined })}>
          <option value="">Choose the clinical setting</option>
          {Object.entries(SETTINGS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={`${styles.field} radio-field`}>
        <legend>Difficulty</legend>
        <div className="radio-options">
          {DIFFICULTY_ORDER.map((d) => (
            <label key={d} className="radio">
              <input type="radio" name={`${id}-difficulty`} value={d} checked={cover.difficulty === d} onChange={() => onChange({ difficulty: d })} />
              {DIFFICULTY_LABELS[d]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={`${id}-teaches`}>What it teaches</label>
        <textarea id={`${id}-teaches`} rows={3} maxLength={400} value={cover.teaches} onChange={(e) => onChange({ teaches: e.target.value })} />
      </div>
    </section>
  );
}

/**
 * The cover (titles, setting, difficulty, what it teaches), the identifier check, and saving:
 * download, open for this session, share link and QR code.
 */
export function CoverPart() {
  const { draft, update } = useStudioDraft();
  const change = (part: Partial<Cover>) => update((d) => ({ ...d, cover: { ...d.cover, ...part } }));
  const trainee = draft === null ? null : draftTraineeTitle(draft);
  return (
    <>
      <h1>The cover, and save</h1>
      <StudioNav current="cover" />
      <p className="lede">What the instructor and the trainees see the scenario as. Saved in this browser as you type; nothing leaves it until you download or share it.</p>
      {draft === null ? (
        <p>Loading the studio&rsquo;s draft from this browser…</p>
      ) : (
        <>
          <CoverFields cover={draft.cover} onChange={change} />
          <section aria-labelledby="trainee-title">
            <h2 id="trainee-title">The title trainees see</h2>
            <p>{trainee ?? "Shown once the setting is chosen."}</p>
            <p className="hint">Made from the setting, the days and the patient, as for the built-in scenarios, so it never gives the answer away.</p>
          </section>
          <IdentifierWarnings draft={draft} />
          <ScenarioSave draft={draft} />
        </>
      )}
    </>
  );
}
