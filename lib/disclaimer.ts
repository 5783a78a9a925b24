/**
 * The non-diagnostic notice, in one place for the UI, the printable summary and the CLI.
 * Wording follows ../shared/clinical/THERAPIES.md ("Disclaimers").
 */
export const DISCLAIMER = {
  heading: "Educational tool — not a diagnosis",
  body:
    "crs-screen is for clinical training. It applies published screening instruments to the data " +
    "entered and shows which patterns the data are consistent with. It does not diagnose, it is not " +
    "treatment advice, and it never shows doses: decisions belong to the treating team and local protocols.",
} as const;
