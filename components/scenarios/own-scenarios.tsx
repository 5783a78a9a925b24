"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import { ScenarioImport } from "@/components/transfer/scenario-import";
import { ScenarioCard } from "./scenario-card";
import { importedScenarioHref, type GalleryCard } from "./labels";
import styles from "./scenarios.module.css";

/** The cards of the scenarios imported in this tab (a file, a share link, the studio), as the built-ins' are made. */
async function ownCards(session: Storage): Promise<readonly GalleryCard[]> {
  const [{ importedScenarios }, { traineeTitle }, { vignetteOpening }, { SETTINGS }] = await Promise.all([
    import("@/lib/scenarios/library"),
    import("@/lib/scenarios/trainee-title"),
    import("@/lib/scenarios/opening"),
    import("@/lib/assessment/fields"),
  ]);
  return importedScenarios(session).map((s) => ({
    id: s.id,
    title: traineeTitle(s),
    setting: s.setting,
    settingLabel: SETTINGS[s.setting],
    difficulty: s.difficulty,
    opening: vignetteOpening(s.vignette),
  }));
}

/**
 * An instructor's own scenarios, beside the built-ins: those imported this session, each marked
 * as theirs, then the import itself and the way to the studio. The list is read in the browser
 * (the session is the tab's; the server has none) and again after each import.
 */
export function OwnScenarios() {
  const [cards, setCards] = useState<readonly GalleryCard[]>([]);
  const reload = useCallback(() => {
    if (BROWSER_STORES === null) return;
    void ownCards(BROWSER_STORES.session).then(setCards);
  }, []);
  useEffect(reload, [reload]);
  return (
    <>
      {cards.length > 0 ? (
        <section aria-labelledby="own-scenarios-heading" className="no-print">
          <h2 id="own-scenarios-heading">Your scenarios in this session</h2>
          <ul className={styles.list} aria-label="Your scenarios in this session">
            {cards.map((card) => (
              <ScenarioCard key={card.id} scenario={card} href={importedScenarioHref(card.id, "trainee")} own />
            ))}
          </ul>
        </section>
      ) : null}
      <ScenarioImport onImported={reload} />
      <p className="no-print">
        Or write one in the <Link href="/scenarios/new">scenario studio</Link>: the case with the trainees&rsquo; own form, a checked vignette, expected results proposed from the screening.
      </p>
    </>
  );
}
