// Types for page-states.mjs (plain JavaScript so that scripts/screenshots.mjs can import it in Node).
import type { Page } from "@playwright/test";

/** A named page state: where it is and how a person gets there. */
export interface PageState {
  /** What the state is, in the app's words; the test and the screenshot are named after it. */
  readonly name: string;
  /** The address opened (with a fragment for an imported scenario). */
  readonly path: string;
  /** This tab's sessionStorage before the page loads (the acknowledged notice, the draft case). */
  readonly session: Readonly<Record<string, string>>;
  /** This browser's localStorage before the page loads (the scenario studio's draft); none when absent. */
  readonly local?: Readonly<Record<string, string>>;
  /** What a person does or waits for once the page has its heading (open a dialog, filter, compute). */
  readonly ready?: (page: Page) => Promise<void>;
  /** The README picture taken of this state (docs/screenshots/<screenshot>-<device>.png). */
  readonly screenshot?: string;
}

export declare const PAGE_STATES: readonly PageState[];
export declare function reach(page: Page, state: PageState): Promise<void>;
