/**
 * The app's page states, named: one list that the accessibility loop (e2e/accessibility.spec.ts)
 * checks with axe at every width and the README's screenshot script (scripts/screenshots.mjs)
 * photographs, so the states a person sees in the README are states axe has checked, and neither
 * list can drift from the other. Plain JavaScript (typed by page-states.d.mts) because the
 * screenshot script runs in Node without a TypeScript loader.
 *
 * A state is reached the same way by both: the tab's session as after a first visit (the notice
 * acknowledged, a built-in case as the draft), the address, then what a person would do there.
 */
import { readFileSync } from "node:fs";

/** A built-in scenario (lib/scenarios/builtin), read as the app's own test data. */
function builtin(id) {
  return JSON.parse(readFileSync(new URL(`../lib/scenarios/builtin/${id}.json`, import.meta.url), "utf8"));
}

const EBV = builtin("ebv-secondary-hlh");
const CART_CRS_2 = builtin("cart-crs-grade-2");
const CART_ICANS_2 = builtin("cart-icans-grade-2-ice-adapted");
/** An instructor's own scenario (a copy of a built-in under another id), imported in this tab. */
const IMPORTED = { ...EBV, id: "my-own-case", title: "My own EBV case" };

/** This tab's session as after a first visit: the notice acknowledged and `draft` as the case in progress. */
function withCase(draft, extra = {}) {
  return { "crs-screen.notice-acknowledged": "true", "crs-screen.draft.v1": JSON.stringify(draft), ...extra };
}
const EBV_SESSION = withCase(EBV.answerKey, { "crs-screen.imported-scenarios.v1": JSON.stringify([IMPORTED]) });

/**
 * The studio's draft (this browser's localStorage, as the studio keeps it): a two-stage copy of
 * the EBV case with a vignette that gives another ferritin and leaves values unstated, and a
 * cover naming "Mr Smith" — the flags and the warning the studio must show.
 */
const STUDIO_DRAFT = {
  draftVersion: 1,
  cover: { id: "", title: "EBV fever, our ward's version", setting: "viral-infection", teaches: "Mr Smith's case: count the HLH criteria." },
  stages: [
    { day: 0, vignette: [EBV.vignette[0], "Ferritin 1 200 ng/mL."], answerKey: EBV.answerKey, expected: { instruments: {} }, checklist: [] },
    { day: 3, vignette: [], answerKey: EBV.answerKey, expected: { instruments: {} }, checklist: [] },
  ],
};
const STUDIO_LOCAL = { "crs-screen.studio.v1": JSON.stringify(STUDIO_DRAFT) };
const NOTICE_ONLY = { "crs-screen.notice-acknowledged": "true" };

/** Waits until `check` holds (polling), for states whose readiness is a count rather than an element. */
async function until(check, what, timeout = 20_000) {
  for (const started = Date.now(); Date.now() - started < timeout; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return;
  }
  throw new Error(`page state not reached: ${what}`);
}

/**
 * The result has computed its level (in the browser: a slow, shared machine gets its time) and
 * drawn the cards, which come just after the level and table (issue 31 item 2).
 */
const resultShown = async (page) => {
  await page.locator("#level-heading").waitFor({ timeout: 20_000 });
  await page.locator("#instruments-heading").waitFor();
};
const openEveryDisclosure = (page) => page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));

/** The result with one of its dialogs opened by its button. */
function resultWithDialog(button, dialog) {
  return async (page) => {
    await resultShown(page);
    await page.getByRole("button", { name: button }).click();
    await page.getByRole("dialog", dialog ? { name: dialog } : {}).waitFor();
  };
}

const STEPS = [
  ["context", "Context"],
  ["vitals", "Vital signs and support"],
  ["findings", "Signs and examination"],
  ["neurology", "Neurological status"],
  ["laboratory", "Laboratory"],
  ["pathology", "Pathology"],
  ["review", "Review"],
];

export const PAGE_STATES = [
  { name: "home page", path: "/", session: {} },
  { name: "method and sources", path: "/about", session: {} },
  { name: "import a case", path: "/import", session: EBV_SESSION },
  {
    name: "first-visit notice",
    path: "/assess/context",
    session: {},
    ready: (page) => page.getByRole("dialog", { name: /not a diagnosis/i }).waitFor(),
  },
  ...STEPS.map(([step, heading]) => ({
    name: `${step} step (EBV-HLH case)`,
    path: `/assess/${step}`,
    session: EBV_SESSION,
    ready: (page) => page.getByRole("heading", { level: 1, name: heading }).waitFor(),
  })),
  // The README's form picture: a trainee mid-case, the case's values echoed.
  {
    name: "vitals step (CAR-T CRS grade 2 case)",
    path: "/assess/vitals",
    session: withCase(CART_CRS_2.answerKey),
    ready: (page) => page.getByRole("heading", { level: 1, name: "Vital signs and support" }).waitFor(),
    screenshot: "form",
  },
  { name: "result (EBV-HLH case)", path: "/assess/result", session: EBV_SESSION, ready: resultShown },
  {
    name: "result (EBV-HLH case), every disclosure open",
    path: "/assess/result",
    session: EBV_SESSION,
    ready: async (page) => {
      await resultShown(page);
      await openEveryDisclosure(page);
    },
  },
  // The README's result picture: the level first, then the summary table.
  { name: "result (CAR-T CRS grade 2 case)", path: "/assess/result", session: withCase(CART_CRS_2.answerKey), ready: resultShown, screenshot: "result" },
  { name: "result (CAR-T ICANS grade 2 case, ICE adapted)", path: "/assess/result", session: withCase(CART_ICANS_2.answerKey), ready: resultShown },
  {
    name: "result (CAR-T ICANS grade 2 case, ICE adapted), every disclosure open",
    path: "/assess/result",
    session: withCase(CART_ICANS_2.answerKey),
    ready: async (page) => {
      await resultShown(page);
      await openEveryDisclosure(page);
    },
  },
  { name: "about-an-instrument dialog (HScore)", path: "/assess/result", session: EBV_SESSION, ready: resultWithDialog(/About HScore and its source/, "HScore (Fardet 2014)") },
  { name: "clear-case dialog", path: "/assess/result", session: EBV_SESSION, ready: resultWithDialog("Clear case") },
  { name: "reopened notice", path: "/assess/result", session: EBV_SESSION, ready: resultWithDialog("Reopen the notice") },
  {
    name: "printable summary (EBV-HLH case), QR code drawn",
    path: "/summary",
    session: EBV_SESSION,
    ready: (page) => page.getByRole("img", { name: "QR code of the link that reopens this case" }).waitFor({ timeout: 20_000 }),
  },
  {
    name: "scenario gallery",
    path: "/scenarios",
    session: EBV_SESSION,
    ready: (page) => page.getByRole("list", { name: "Scenarios" }).getByRole("heading", { level: 2 }).first().waitFor(),
  },
  {
    name: "scenario gallery filtered by setting",
    path: "/scenarios",
    session: EBV_SESSION,
    ready: async (page) => {
      const cards = page.getByRole("list", { name: "Scenarios" }).getByRole("heading", { level: 2 });
      await cards.first().waitFor();
      const all = await cards.count();
      await page.getByLabel("Setting").selectOption("immune-effector-cell-therapy");
      await until(async () => (await cards.count()) < all, "the gallery filtered");
    },
  },
  { name: "scenario (EBV-HLH), trainee view", path: `/scenarios/${EBV.id}`, session: EBV_SESSION },
  { name: "scenario (EBV-HLH), instructor view", path: `/scenarios/${EBV.id}/instructor`, session: EBV_SESSION },
  { name: "imported scenario, trainee view", path: `/scenarios/imported#id=${IMPORTED.id}`, session: EBV_SESSION },
  { name: "imported scenario, instructor view", path: `/scenarios/imported/instructor#id=${IMPORTED.id}`, session: EBV_SESSION },
  { name: "scenario studio, start (empty)", path: "/scenarios/new", session: NOTICE_ONLY },
  { name: "scenario studio, start (a draft in progress)", path: "/scenarios/new", session: NOTICE_ONLY, local: STUDIO_LOCAL },
  { name: "scenario studio, the case (two stages)", path: "/scenarios/new/case", session: NOTICE_ONLY, local: STUDIO_LOCAL },
  {
    name: "scenario studio, the vignette with its flags",
    path: "/scenarios/new/vignette",
    session: NOTICE_ONLY,
    local: STUDIO_LOCAL,
    ready: (page) => page.getByText(/^Disagrees:/).first().waitFor(),
    screenshot: "studio",
  },
  {
    name: "scenario studio, expected results and checklist",
    path: "/scenarios/new/expected",
    session: NOTICE_ONLY,
    local: STUDIO_LOCAL,
    ready: (page) => page.getByText("Computed — check against the paper").first().waitFor(),
  },
  {
    name: "scenario studio, the cover with an identifier warning",
    path: "/scenarios/new/cover",
    session: NOTICE_ONLY,
    local: STUDIO_LOCAL,
    ready: (page) => page.getByRole("heading", { name: "Check before saving: text that looks like a patient identifier" }).waitFor(),
  },
  {
    name: "shared scenario, a damaged link",
    path: "/scenarios/shared#scenario=v1.not-a-scenario",
    session: NOTICE_ONLY,
    ready: (page) => page.getByRole("heading", { name: "The shared scenario could not be opened" }).waitFor(),
  },
  { name: "page not found", path: "/no-such-page", session: {}, ready: (page) => page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor() },
];

/**
 * Brings `page` (fresh, not yet navigated) to `state`: the session, the address, the page's own
 * heading with nothing still loading, then the state's own steps.
 */
export async function reach(page, state) {
  await page.addInitScript(
    ([session, local]) => {
      for (const [key, value] of Object.entries(session)) window.sessionStorage.setItem(key, value);
      for (const [key, value] of Object.entries(local)) window.localStorage.setItem(key, value);
    },
    [state.session, state.local ?? {}],
  );
  await page.goto(state.path);
  // By CSS, not role: a modal dialog hides the page's heading from the accessibility tree.
  await page.locator("h1").first().waitFor();
  await page.getByText(/^(Loading|Preparing)/).first().waitFor({ state: "detached" });
  await state.ready?.(page);
}
