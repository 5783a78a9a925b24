"use client";

import { counted } from "@/lib/plural";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useId } from "react";
import { ScenarioCard } from "./scenario-card";
import { DIFFICULTY_LABELS, DIFFICULTY_ORDER, type Difficulty, type GalleryCard, type SettingId } from "./labels";
import styles from "./scenarios.module.css";

interface Filter {
  readonly setting: SettingId | null;
  readonly difficulty: Difficulty | null;
}

const NO_FILTER: Filter = { setting: null, difficulty: null };

interface GalleryProps {
  readonly scenarios: readonly GalleryCard[];
}

function settingsOf(scenarios: readonly GalleryCard[]): readonly { readonly id: SettingId; readonly label: string }[] {
  const seen = new Map<SettingId, string>();
  for (const s of scenarios) seen.set(s.setting, s.settingLabel);
  return [...seen].map(([id, label]) => ({ id, label }));
}

function GalleryView({ scenarios, filter, onChange }: GalleryProps & { readonly filter: Filter; readonly onChange: (next: Filter) => void }) {
  const id = useId();
  const settings = settingsOf(scenarios);
  const shown = scenarios.filter((s) => (filter.setting === null || s.setting === filter.setting) && (filter.difficulty === null || s.difficulty === filter.difficulty));
  return (
    <>
      <form role="search" aria-label="Filter scenarios" className={styles.filters} onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor={`${id}-setting`}>Setting</label>
          <select
            id={`${id}-setting`}
            value={filter.setting ?? ""}
            onChange={(e) => onChange({ ...filter, setting: settings.find((s) => s.id === e.target.value)?.id ?? null })}
          >
            <option value="">All settings</option>
            {settings.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-difficulty`}>Difficulty</label>
          <select
            id={`${id}-difficulty`}
            value={filter.difficulty ?? ""}
            onChange={(e) => onChange({ ...filter, difficulty: DIFFICULTY_ORDER.find((d) => d === e.target.value) ?? null })}
          >
            <option value="">All difficulties</option>
            {DIFFICULTY_ORDER.map((d) => (
              <option key={d} value={d}>
                {DIFFICULTY_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" className="small">
        Showing {shown.length} of {counted(scenarios.length, "scenario")}.
      </p>
      {shown.length === 0 ? <p>No scenario matches these filters.</p> : null}
      <ul className={styles.list} aria-label="Scenarios">
        {shown.map((s) => (
          <ScenarioCard key={s.id} scenario={s} />
        ))}
      </ul>
    </>
  );
}

/** The filters live in the URL (?setting=…&difficulty=…) so a filtered gallery can be shared or bookmarked. */
function GalleryFromUrl({ scenarios }: GalleryProps) {
  const params = useSearchParams();
  const pathname = usePathname();
  const filter: Filter = {
    setting: scenarios.find((s) => s.setting === params.get("setting"))?.setting ?? null,
    difficulty: DIFFICULTY_ORDER.find((d) => d === params.get("difficulty")) ?? null,
  };
  const onChange = (next: Filter) => {
    const query = new URLSearchParams();
    if (next.setting) query.set("setting", next.setting);
    if (next.difficulty) query.set("difficulty", next.difficulty);
    const search = query.toString();
    // Next.js syncs useSearchParams with history.replaceState: no navigation, no server round trip.
    window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
  };
  return <GalleryView scenarios={scenarios} filter={filter} onChange={onChange} />;
}

/**
 * The scenario cards with setting and difficulty filters, applied in the browser. The static HTML
 * (and a browser without JavaScript) shows every scenario; the URL's filters apply once loaded.
 */
export function ScenarioGallery({ scenarios }: GalleryProps) {
  return (
    <Suspense fallback={<GalleryView scenarios={scenarios} filter={NO_FILTER} onChange={() => {}} />}>
      <GalleryFromUrl scenarios={scenarios} />
    </Suspense>
  );
}
