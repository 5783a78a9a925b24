import Link from "next/link";
import { DIFFICULTY_LABELS, type GalleryCard, type ScenarioSummary } from "./labels";
import styles from "./scenarios.module.css";

/** Setting and difficulty as a definition list (shared by the gallery card and the scenario pages). */
export function ScenarioMeta({ settingLabel, difficulty }: Pick<ScenarioSummary, "settingLabel" | "difficulty">) {
  return (
    <dl className={styles.meta}>
      <div>
        <dt>Setting</dt>
        <dd>{settingLabel}</dd>
      </div>
      <div>
        <dt>Difficulty</dt>
        <dd>{DIFFICULTY_LABELS[difficulty]}</dd>
      </div>
    </dl>
  );
}

/**
 * One gallery card: the title links to the scenario; the vignette's opening says what the case is,
 * not what it teaches. An instructor's own scenario (imported, shared or from the studio) lives at
 * its own address and says whose it is in words, not only by its place on the page.
 */
export function ScenarioCard({ scenario, href = `/scenarios/${scenario.id}`, own = false }: { readonly scenario: GalleryCard; readonly href?: string; readonly own?: boolean }) {
  return (
    <li className="card">
      <h2 className={styles.cardTitle}>
        <Link href={href}>{scenario.title}</Link>
      </h2>
      {own ? <p className={styles.own}>Your own scenario (this session)</p> : null}
      <ScenarioMeta settingLabel={scenario.settingLabel} difficulty={scenario.difficulty} />
      <p className={styles.teaches}>{scenario.opening}</p>
    </li>
  );
}
