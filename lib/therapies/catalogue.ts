/**
 * The therapy-class catalogue: every class the seed text names plus the classes that anchor current
 * care (../shared/clinical/THERAPIES.md). Education only — classes, mechanisms and evidence, never an
 * order and never a dose. Negative and harmful trials are listed as plainly as positive ones.
 *
 * Every evidence line names its indication — condition, severity or line, population — as words
 * and as requirements the case is judged on (indications.ts); the tier holds only where the case
 * meets it. Conventions of ours, stated where they are used:
 * - "Severe or life-threatening" CRS in the tocilizumab label is read as ASTCT grade 3–4: the
 *   severity words of the Lee 2014 and CTCAE grades the label's trials used (grade 3 "severe",
 *   grade 4 "life-threatening"); ASCO 2021 asks for an echocardiogram in "severe CRS" in its grade 3 row.
 * - The setting the form records, immune effector cell therapy, covers CAR T cells and bispecific
 *   T-cell engagers; an approval for CAR T cell-induced CRS is therefore open ("only if"), never
 *   read as met. The ASTCT-based guideline lines (ASCO 2021) are applied to the whole setting, as
 *   the ASTCT grading they rest on is.
 * - Supplemental oxygen or ventilation recorded stands for the "hospitalised … needing oxygen" of
 *   the COVID-19 labels; "on systemic corticosteroids" is not recorded.
 *
 * Order here is the tie-break order of `matchTherapies`: supportive care and antimicrobials first,
 * then standard of care.
 */
import type { Requirement, TherapyClass, TherapyClassEntry } from "./types";

/** Requirements several lines share. */
const CRS_GRADE_2_OR_PERSISTENT_FEVER: Requirement = {
  kind: "any-of",
  // ASCO 2021 Table 1, grade 1: "In patients with persistent (>3 days) or refractory fever, consider managing as per G2."
  of: [
    { kind: "crs-grade", min: 2 },
    { kind: "not-recorded", what: "whether fever at grade 1 has persisted over 3 days or is refractory" },
  ],
};
const ADULT: Requirement = { kind: "age", min: 18 };
const NOT_AFTER_IMMUNE_EFFECTOR_CELLS: Requirement = { kind: "setting", not: ["immune-effector-cell-therapy"] };
const STILLS_DISEASE: Requirement = { kind: "finding", path: "context.sjia", present: true };
const NEEDS_OXYGEN: Requirement = { kind: "oxygen", needed: true };

export const THERAPY_DISCLAIMER =
  "Educational content for training. Not a diagnosis and not treatment advice. Doses are never shown. " +
  "Decisions belong to the treating team and local protocols.";

const ENTRIES = [
  // ── Care that comes before any immunomodulator ────────────────────────────────────────────────
  {
    id: "supportive-care",
    name: "Supportive care and infection work-up",
    mechanism:
      "Not an immunomodulator: antipyretics, fluids, oxygen and organ support carry the patient while the inflammation runs its course, and cultures and imaging look for the infection that CRS mimics and that anti-cytokine drugs mask.",
    examples: ["antipyretics", "intravenous fluids", "blood and urine cultures, chest radiograph"],
    standardOfCare: true,
    seedClass: false,
    evidence: [
      {
        pattern: "crs-iec",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "CRS of any grade after CAR T cells (ASCO 2021: supportive care alone at grade 1, continued at every grade)", requires: [] },
        summary:
          "ASCO 2021 (Table 1): at every grade, a work-up including blood and urine cultures and a chest radiograph if fever is present; at grade 1, supportive care with antipyretics, IV hydration and symptomatic management, empiric broad-spectrum antibiotics considered if neutropenic, and fever persisting over 3 days or refractory may be managed as grade 2. Higher grades continue it. Expert consensus.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "icans",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "ICANS of any grade after CAR T cells (ASCO 2021: supportive care alone at grade 1 without concurrent CRS)", requires: [] },
        summary:
          "ASCO 2021 (Table 2): without concurrent CRS, grade 1 ICANS gets supportive care; grade 2 supportive care, with dexamethasone considered for high-risk products or patients; grade 3 corticosteroids.",
        sources: ["santomasso-2021"],
      },
    ],
    classSources: [],
    notes: [],
  },
  {
    id: "antimicrobials-source-control",
    name: "Antimicrobials and source control",
    mechanism: "Treats the cause rather than the host response: antimicrobials against the infecting organism, and draining or removing an infected focus.",
    examples: ["empiric broad-spectrum antimicrobials", "drainage or removal of an infected focus"],
    standardOfCare: true,
    seedClass: false,
    evidence: [
      {
        pattern: "sepsis",
        tier: "guideline",
        direction: "favourable",
        indication: {
          words: "possible septic shock or a high likelihood of sepsis (SSC 2021, written for adults; possible sepsis without shock: rapid assessment first, antimicrobials within 3 hours if infection still seems likely)",
          requires: [],
        },
        summary:
          "Surviving Sepsis Campaign 2021: for possible septic shock or a high likelihood of sepsis, antimicrobials immediately, ideally within 1 hour of recognition (strong recommendation); for possible sepsis without shock, a rapid assessment of infectious versus non-infectious causes and, if concern persists, antimicrobials within 3 hours. Source control is part of the same initial care. This comes before any immunomodulator.",
        sources: ["evans-2021"],
      },
    ],
    classSources: [],
    notes: ["SSC 2021's wording on source control was not read here; only its antimicrobial recommendations (12–15) were."],
  },

  // ── Standard of care ──────────────────────────────────────────────────────────────────────────
  {
    id: "il6-blockade",
    name: "IL-6 receptor / IL-6 blockade",
    mechanism: "Antibodies either occupy the IL-6 receptor (tocilizumab) or bind IL-6 itself (siltuximab), cutting the signal behind fever, capillary leak and the acute-phase response.",
    examples: ["tocilizumab", "siltuximab"],
    standardOfCare: true,
    seedClass: false,
    evidence: [
      {
        pattern: "crs-iec",
        tier: "approved",
        direction: "favourable",
        indication: {
          words: "severe or life-threatening CRS induced by CAR T cells, adults and children aged 2 and over (FDA 2017), read here as ASTCT grade 3–4",
          requires: [
            { kind: "crs-grade", min: 3 },
            { kind: "age", min: 2 },
            { kind: "not-recorded", what: "whether CAR T cells caused the CRS — the setting also covers bispecific T-cell engagers" },
          ],
          line: "later",
        },
        summary:
          "Tocilizumab: FDA-approved (Aug 2017) for severe or life-threatening CAR T cell-induced CRS from age 2; the approval rested on a retrospective pooled analysis of trial patients (about two-thirds responded), not on a randomised trial.",
        sources: ["fda-tocilizumab-crs-2017"],
      },
      {
        pattern: "crs-iec",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "CRS grade 2 and above after CAR T cells, or grade 1 with fever persisting over 3 days or refractory (ASCO 2021)", requires: [CRS_GRADE_2_OR_PERSISTENT_FEVER] },
        summary:
          "Tocilizumab: ASCO 2021 (Table 1) gives it from grade 2 — its grade 3 and 4 rows continue \"tocilizumab as per G2\" and add corticosteroids; at grade 1 it lists supportive care only, unless fever persists over 3 days or is refractory. Expert consensus.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "crs-iec",
        tier: "clinical studies",
        direction: "uncertain",
        indication: { words: "CRS grade 2 and above after CAR T cells, as an alternative to tocilizumab (CARTOX 2018)", requires: [CRS_GRADE_2_OR_PERSISTENT_FEVER] },
        summary: "Siltuximab: discussed as an alternative in CAR T toxicity recommendations; human data are limited and it is not approved for CRS.",
        sources: ["neelapu-2018"],
      },
      {
        pattern: "icans",
        onlyWith: "crs-iec",
        tier: "guideline",
        direction: "uncertain",
        indication: { words: "ICANS with concurrent CRS that itself calls for tocilizumab (ASCO 2021: it is for the CRS)", requires: [CRS_GRADE_2_OR_PERSISTENT_FEVER] },
        summary:
          "ICANS: ASCO 2021 places tocilizumab only under ICANS with concurrent CRS — it is for the CRS — and advises caution with repeated doses in patients with ICANS; for ICANS without CRS it lists supportive care and corticosteroids.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "covid-19",
        tier: "approved",
        direction: "favourable",
        indication: {
          words: "hospitalised adults with COVID-19 receiving systemic corticosteroids and needing supplemental oxygen, non-invasive or invasive ventilation, or ECMO (FDA 2022)",
          requires: [ADULT, NEEDS_OXYGEN, { kind: "not-recorded", what: "whether systemic corticosteroids are being given" }],
          line: "later",
        },
        summary:
          "Tocilizumab: FDA-approved (Dec 2022) for hospitalised adults with COVID-19 who are on systemic corticosteroids and need supplemental oxygen, non-invasive or invasive ventilation, or ECMO.",
        sources: ["fda-tocilizumab-covid-2022"],
      },
    ],
    classSources: ["fajgenbaum-2020"],
    notes: [],
  },
  {
    id: "glucocorticoids",
    name: "Glucocorticoids",
    mechanism: "Broad suppression of inflammatory gene transcription in many immune cell types at once, rather than blocking a single cytokine.",
    examples: ["dexamethasone", "methylprednisolone"],
    standardOfCare: true,
    seedClass: true,
    evidence: [
      {
        pattern: "crs-iec",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "CRS grade 3–4 after CAR T cells, with tocilizumab (ASCO 2021)", requires: [{ kind: "crs-grade", min: 3 }] },
        summary:
          "ASCO 2021 (Table 1) adds dexamethasone to tocilizumab at grade 3 and high-dose methylprednisolone at grade 4; what its grade 2 row says about corticosteroids was not read here. It notes that earlier steroid use is recommended for some products. Expert consensus.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "icans",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "moderate to severe ICANS, grade 2 and above (ASCO 2021; at grade 2 without concurrent CRS, considered for high-risk products or patients)", requires: [{ kind: "icans-grade", min: 2 }] },
        summary:
          "ASCO 2021: moderate to severe ICANS is managed with corticosteroids and supportive care; without concurrent CRS, grade 1 gets supportive care, grade 2 supportive care with corticosteroids considered for high-risk products or patients, grade 3 corticosteroids. Expert consensus — the guideline notes the paucity of high-quality evidence.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "favourable",
        indication: {
          words: "HLH under 18 years, not after immune effector cells (the HLH-94/HLH-2004 protocols)",
          requires: [{ kind: "age", below: 18 }, NOT_AFTER_IMMUNE_EFFECTOR_CELLS],
        },
        summary: "Dexamethasone is part of the backbone of the HLH-94/HLH-2004 treatment protocols, together with etoposide (and ciclosporin in HLH-2004).",
        sources: ["henter-2007"],
      },
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "uncertain",
        indication: { words: "HLH in adults, not after immune effector cells (La Rosée 2019: the paediatric protocols, tailored — expert opinion)", requires: [ADULT, NOT_AFTER_IMMUNE_EFFECTOR_CELLS] },
        summary:
          "Adults: the Histiocyte Society working group (La Rosée 2019) gives expert opinion, not trial evidence; it warns that the HLH-94/2004 protocols (etoposide, dexamethasone, ciclosporin) may overtreat adults and asks for reduced intensity and tailored duration.",
        sources: ["la-rosee-2019"],
      },
      {
        pattern: "mas",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
        summary:
          "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends high-dose glucocorticoids (recommendations agreed by over 80 % of the task force; the evidence is mostly cohorts, not randomised trials). The 2025 emapalumab approval is for patients who respond inadequately to them or cannot tolerate them.",
        sources: ["fautrel-2024", "fda-emapalumab-mas-2025"],
      },
      {
        pattern: "covid-19",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "COVID-19 needing supplemental oxygen or ventilation (WHO 2020: severe or critical COVID-19; RECOVERY)", requires: [NEEDS_OXYGEN] },
        summary:
          "WHO living guideline (from Sept 2020): a strong recommendation for systemic corticosteroids in severe and critical COVID-19. RECOVERY, the trial behind it: dexamethasone lowered 28-day mortality in patients on oxygen or invasive ventilation.",
        sources: ["who-covid-drugs-2020", "recovery-dexamethasone-2021"],
      },
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "no benefit",
        indication: { words: "COVID-19 without supplemental oxygen or ventilation (RECOVERY)", requires: [{ kind: "oxygen", needed: false }] },
        summary:
          "Without respiratory support, RECOVERY found no benefit from dexamethasone — the point estimate leaned towards harm — and WHO suggests not using corticosteroids in non-severe COVID-19 (conditional recommendation).",
        sources: ["recovery-dexamethasone-2021", "who-covid-drugs-2020"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "clinical studies",
        direction: "mixed",
        indication: { words: "severe influenza (observational reports, reviewed)", requires: [] },
        summary: "Severe influenza: reviewed as controversial — no randomised evidence of benefit, and observational reports raise concern about harm.",
        sources: ["liu-2016"],
      },
      {
        pattern: "sepsis",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "adults with septic shock and an ongoing vasopressor requirement (SSC 2021, weak recommendation)", requires: [ADULT, { kind: "vasopressor" }], line: "later" },
        summary: "Surviving Sepsis Campaign 2021 suggests (weak recommendation) IV corticosteroids for adults with septic shock and an ongoing vasopressor requirement.",
        sources: ["evans-2021"],
      },
    ],
    classSources: ["liu-2016", "fajgenbaum-2020"],
    notes: [],
  },
  // IL-1 and JAK lines below restate shared/THERAPIES.md ("clinical studies"); fajgenbaum-2020 is cited
  // as the overview that reviews these agents — its full text was not available here to re-check each line.
  {
    id: "il1-blockade",
    name: "IL-1 blockade",
    mechanism: "Blocks the IL-1 receptor so that IL-1α and IL-1β cannot signal, damping an early amplifier of macrophage-driven inflammation.",
    examples: ["anakinra"],
    standardOfCare: true,
    seedClass: false,
    evidence: [
      {
        pattern: "crs-iec",
        tier: "clinical studies",
        direction: "uncertain",
        indication: {
          words: "CRS after immune effector cells that does not settle with IL-6 blockade and corticosteroids (case series)",
          requires: [{ kind: "not-recorded", what: "whether the CRS is refractory to IL-6 blockade and corticosteroids" }],
          line: "later",
        },
        summary: "Used off-label for CRS not settling with IL-6 blockade and steroids; evidence is case series and small cohorts, and it is not approved for CRS.",
        sources: ["fajgenbaum-2020"],
      },
      {
        pattern: "icans",
        tier: "clinical studies",
        direction: "uncertain",
        indication: {
          words: "persistent or worsening ICANS (ASCO 2021: an alternate option, limited experience)",
          requires: [{ kind: "not-recorded", what: "whether ICANS persists or worsens despite corticosteroids" }],
          line: "later",
        },
        summary:
          "ASCO 2021 names anakinra among alternate options for persistent or worsening ICANS, noting limited experience with such agents — a guideline mention, not a recommendation; not approved for ICANS.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "mas",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
        summary:
          "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends IL-1 inhibitors (as a class; anakinra is the agent most used), agreed by over 80 % of the task force; the evidence under it is cohorts and case series, not randomised trials.",
        sources: ["fautrel-2024"],
      },
      {
        pattern: "hlh",
        tier: "clinical studies",
        direction: "uncertain",
        indication: { words: "secondary HLH (case series)", requires: [] },
        summary:
          "Reported in secondary HLH in case series; not approved for HLH. The adult HLH recommendations (La Rosée 2019) are expert opinion, not trial evidence.",
        sources: ["fajgenbaum-2020", "la-rosee-2019"],
      },
    ],
    classSources: ["fajgenbaum-2020"],
    notes: [],
  },
  {
    id: "ifng-blockade",
    name: "IFN-γ blockade",
    mechanism: "A monoclonal antibody binds and neutralises interferon-γ, the cytokine that drives macrophage over-activation in HLH and MAS.",
    examples: ["emapalumab"],
    standardOfCare: true,
    seedClass: false,
    evidence: [
      {
        pattern: "hlh",
        tier: "approved",
        direction: "favourable",
        indication: {
          words: "primary HLH that is refractory, recurrent or progressive, or when conventional HLH therapy is not tolerated (FDA 2018)",
          requires: [
            { kind: "finding", path: "context.hlhMolecularDiagnosis", present: true },
            NOT_AFTER_IMMUNE_EFFECTOR_CELLS,
            { kind: "not-recorded", what: "whether the disease is refractory, recurrent or progressive, or conventional HLH therapy is not tolerated" },
          ],
          line: "later",
        },
        summary:
          "FDA-approved (Nov 2018) for primary HLH that is refractory, recurrent or progressive, or when conventional HLH therapy is not tolerated; based on a single-arm trial in 27 children (63 % overall response), not a randomised comparison. Reactive (secondary) HLH — what the HScore was derived for — and HLH-like toxicity after immune effector cells (IEC-HS) are outside this approval.",
        sources: ["fda-emapalumab-2018"],
      },
      {
        pattern: "mas",
        tier: "approved",
        direction: "favourable",
        indication: {
          words: "HLH/MAS in known or suspected Still's disease, including systemic JIA, with an inadequate response to or intolerance of glucocorticoids, or recurrent MAS (FDA 2025)",
          requires: [STILLS_DISEASE, { kind: "not-recorded", what: "whether glucocorticoids gave an inadequate response or were not tolerated, or MAS recurred" }],
          line: "later",
        },
        summary:
          "FDA-approved (Jun 2025) for HLH/MAS in known or suspected Still's disease, including systemic JIA, with inadequate response or intolerance to glucocorticoids, or recurrent MAS; based on pooled single-arm studies.",
        sources: ["fda-emapalumab-mas-2025"],
      },
      {
        pattern: "mas",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
        summary: "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends interferon-γ inhibitors as a class, agreed by over 80 % of the task force.",
        sources: ["fautrel-2024"],
      },
    ],
    classSources: [],
    notes: [],
  },
  {
    id: "jak-stat-inhibitors",
    name: "JAK inhibition (cytokine signal transduction / JAK–STAT inhibitors)",
    mechanism: "Small molecules block Janus kinases inside the cell, so many cytokine receptors (IFN-γ, IL-6 and others) cannot pass their signal on through STAT proteins.",
    examples: ["baricitinib", "ruxolitinib"],
    standardOfCare: true,
    seedClass: true,
    evidence: [
      {
        pattern: "covid-19",
        tier: "approved",
        direction: "favourable",
        indication: {
          words: "hospitalised adults with COVID-19 needing supplemental oxygen, non-invasive or invasive ventilation, or ECMO (FDA 2022)",
          requires: [ADULT, NEEDS_OXYGEN],
          line: "later",
        },
        summary:
          "Baricitinib: FDA-approved (May 2022) for hospitalised adults with COVID-19 needing oxygen, ventilation or ECMO. In COV-BARRIER it was added to standard care that included systemic corticosteroids; the primary outcome (progression or death) did not differ significantly, but 28-day all-cause mortality was lower.",
        sources: ["fda-baricitinib-covid-2022", "marconi-2021"],
      },
      {
        pattern: "hlh",
        tier: "clinical studies",
        direction: "uncertain",
        indication: { words: "refractory or secondary HLH (small uncontrolled studies)", requires: [] },
        summary: "Ruxolitinib: reported in refractory and secondary HLH in small uncontrolled studies; not approved for HLH.",
        sources: ["fajgenbaum-2020"],
      },
      {
        pattern: "crs-iec",
        tier: "clinical studies",
        direction: "uncertain",
        indication: { words: "steroid-refractory CRS (case series)", requires: [{ kind: "not-recorded", what: "whether the CRS is refractory to corticosteroids" }], line: "later" },
        summary: "Ruxolitinib: reported in steroid-refractory CRS in case series only; not approved for CRS.",
        sources: ["fajgenbaum-2020"],
      },
    ],
    classSources: ["fajgenbaum-2020"],
    notes: [],
  },
  {
    id: "etoposide-hlh",
    name: "Etoposide-based HLH therapy",
    mechanism: "A cytotoxic topoisomerase II inhibitor that removes the over-activated T cells and macrophages sustaining HLH; given within a protocol with dexamethasone.",
    examples: ["etoposide"],
    standardOfCare: true,
    seedClass: false,
    evidence: [
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "favourable",
        indication: {
          words: "HLH under 18 years, not after immune effector cells (HLH-94/HLH-2004 induction)",
          requires: [{ kind: "age", below: 18 }, NOT_AFTER_IMMUNE_EFFECTOR_CELLS],
        },
        summary:
          "Etoposide with dexamethasone (plus ciclosporin in HLH-2004) is the HLH-94/2004 induction protocol; stem-cell transplantation is advised for familial, persistent or reactivated disease.",
        sources: ["henter-2007"],
      },
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "uncertain",
        indication: { words: "HLH in adults, not after immune effector cells (La Rosée 2019: the paediatric protocols, tailored — expert opinion)", requires: [ADULT, NOT_AFTER_IMMUNE_EFFECTOR_CELLS] },
        summary:
          "Adults: the Histiocyte Society working group's recommendations for adult HLH (La Rosée 2019) are expert opinion, not trial evidence; they warn that the paediatric protocols may overtreat adults and ask that intensity and duration be tailored.",
        sources: ["la-rosee-2019"],
      },
    ],
    classSources: [],
    notes: ["After immune effector cells, HLH-like toxicity (IEC-HS) is outside the HLH-94/2004 protocols these lines describe; the IEC-HS consensus (Hines 2023) was not read here."],
  },
  {
    id: "calcineurin-inhibition",
    name: "Calcineurin inhibition",
    mechanism: "Blocks calcineurin inside T cells, so the transcription factor NFAT cannot switch on IL-2 and other T-cell cytokines that keep macrophages activated.",
    examples: ["ciclosporin"],
    standardOfCare: true,
    seedClass: false,
    evidence: [
      {
        pattern: "mas",
        tier: "guideline",
        direction: "favourable",
        indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
        summary:
          "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends ciclosporin, agreed by over 80 % of the task force; in the studies reviewed it was often given with glucocorticoids and/or anakinra.",
        sources: ["fautrel-2024"],
      },
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "mixed",
        indication: {
          words: "HLH under 18 years, not after immune effector cells (HLH-94 from week 9, HLH-2004 from the start)",
          requires: [{ kind: "age", below: 18 }, NOT_AFTER_IMMUNE_EFFECTOR_CELLS],
        },
        summary:
          "Part of the HLH protocols: added from week 9 in HLH-94 and given from the start in HLH-2004. Starting it upfront did not improve outcome compared with HLH-94 (Bergsten 2017).",
        sources: ["henter-2007", "bergsten-2017"],
      },
    ],
    classSources: [],
    notes: [],
  },

  // ── Broader immunomodulator classes named by the seed ─────────────────────────────────────────
  {
    id: "ppar-agonists",
    name: "PPAR agonists",
    mechanism: "Activating the nuclear receptors PPAR-α or PPAR-γ switches down NF-κB-driven production of inflammatory cytokines.",
    examples: ["gemfibrozil", "pioglitazone"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "viral-hyperinflammation",
        tier: "preclinical",
        direction: "favourable",
        indication: { words: "influenza in mice", requires: [] },
        summary: "Gemfibrozil, started after mice were already ill with influenza, raised survival from about a quarter to about a half; no human trial in cytokine storm.",
        sources: ["budd-2007", "liu-2016"],
      },
    ],
    classSources: ["liu-2016"],
    notes: [],
  },
  {
    id: "s1p1-agonists",
    name: "Sphingosine-1-phosphate (S1P1) receptor agonists",
    mechanism: "Signalling through S1P1 on lung endothelium calms the endothelial cells that amplify cytokine and chemokine release and recruit innate immune cells.",
    examples: ["AAL-R (research compound)"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "viral-hyperinflammation",
        tier: "preclinical",
        direction: "favourable",
        indication: { words: "influenza in mice", requires: [] },
        summary:
          "Influenza-infected mice: the sphingosine analogue AAL-R blunted the cytokine response and improved survival, more so with oseltamivir, while virus control was kept; no human data in cytokine storm.",
        sources: ["walsh-2011", "liu-2016"],
      },
    ],
    classSources: ["liu-2016"],
    notes: [],
  },
  {
    id: "cox-inhibitors",
    name: "Cyclooxygenase (COX-2) inhibitors",
    mechanism: "Blocking cyclooxygenase, especially the inducible COX-2, lowers prostaglandins that feed inflammation and fever.",
    examples: ["celecoxib", "mesalazine (in combination)", "naproxen (non-selective)"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "viral-hyperinflammation",
        tier: "preclinical",
        direction: "favourable",
        indication: { words: "H5N1 influenza in mice", requires: [] },
        summary: "H5N1-infected mice: zanamivir plus celecoxib plus mesalazine, started 48 h after infection, improved survival over zanamivir alone; each agent alone did not.",
        sources: ["zheng-2008", "liu-2016"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "clinical studies",
        direction: "uncertain",
        indication: { words: "adults in hospital with H3N2 influenza (one open-label trial, as one of three drugs)", requires: [ADULT] },
        summary:
          "Naproxen was one of three drugs (with clarithromycin and oseltamivir) in a regimen that lowered mortality in a single open-label H3N2 influenza trial; its own share of the effect cannot be separated.",
        sources: ["hung-2017"],
      },
    ],
    classSources: ["liu-2016"],
    notes: [],
  },
  {
    id: "antioxidants",
    name: "Antioxidants (N-acetylcysteine)",
    mechanism: "Replenishes glutathione and scavenges reactive oxygen species, aiming to break the oxidant stress that sustains inflammatory signalling.",
    examples: ["N-acetylcysteine"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "no benefit",
        indication: { words: "adults with severe COVID-19 (one randomised trial)", requires: [ADULT] },
        summary: "Severe COVID-19: a double-blind randomised trial (135 patients) found no reduction in mechanical ventilation, ICU admission or death — a negative trial.",
        sources: ["de-alencar-2021"],
      },
    ],
    classSources: ["liu-2016"],
    notes: [],
  },
  {
    id: "anti-tnf",
    name: "Anti-TNF therapy",
    mechanism: "Antibodies or decoy receptors neutralise TNF-α, an early cytokine behind fever, vascular leak and cardiomyopathy.",
    examples: ["infliximab", "etanercept"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "no benefit",
        indication: { words: "adults in hospital with COVID-19 pneumonia (ACTIV-1 IM)", requires: [ADULT] },
        summary:
          "COVID-19 pneumonia (ACTIV-1 IM RCT): infliximab did not shorten time to recovery, the primary outcome — a negative trial; lower 28-day mortality was a secondary finding only.",
        // shared/THERAPIES.md gives only the primary result; the paper also reports the secondary mortality finding.
        sources: ["o-halloran-2023"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "preclinical",
        direction: "uncertain",
        indication: { words: "influenza in animals (reviewed)", requires: [] },
        summary: "Severe influenza: TNF blockade is reviewed from animal work only.",
        sources: ["liu-2016"],
      },
    ],
    classSources: ["liu-2016"],
    notes: [],
  },
  {
    id: "ivig",
    name: "Intravenous immunoglobulin (IVIG)",
    mechanism: "Pooled IgG blocks Fc receptors, neutralises antibodies and cytokines and modulates complement; hyperimmune preparations add antiviral antibody.",
    examples: ["IVIG", "hyperimmune anti-influenza IVIG"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "covid-19",
        tier: "guideline",
        direction: "favourable",
        indication: {
          words: "MIS-C — multisystem inflammation after SARS-CoV-2 in people under 21 (ACR guidance); not adult COVID-19",
          requires: [{ kind: "age", below: 21 }, { kind: "not-recorded", what: "whether this is MIS-C (fever and multisystem inflammation weeks after SARS-CoV-2 infection)" }],
        },
        summary:
          "MIS-C (hyperinflammation in children after SARS-CoV-2): ACR guidance makes IVIG the first-tier immunomodulatory treatment, for patients in hospital or meeting Kawasaki disease criteria. The CDC case definition of MIS-C is under 21 years; it is not a recommendation for adult COVID-19.",
        sources: ["henderson-2021"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "clinical studies",
        direction: "no benefit",
        indication: { words: "adults in hospital with influenza A or B (FLU-IVIG)", requires: [ADULT] },
        summary: "Hospitalised influenza A or B (FLU-IVIG RCT): hyperimmune IVIG added to standard care gave no overall clinical benefit — a negative trial.",
        sources: ["davey-2019"],
      },
      {
        pattern: "sepsis",
        tier: "clinical studies",
        direction: "no benefit",
        indication: { words: "adults with sepsis or septic shock (SSC 2021 suggests against)", requires: [ADULT] },
        summary: "Adults with sepsis or septic shock: trials have not shown benefit, and Surviving Sepsis Campaign 2021 suggests against IVIG.",
        sources: ["evans-2021"],
      },
    ],
    classSources: ["liu-2016"],
    notes: [],
  },
  {
    id: "ace-inhibitors-arbs",
    name: "ACE inhibitors / angiotensin receptor blockers",
    mechanism: "Lower angiotensin II formation or block its type 1 receptor, on the hypothesis that an over-active renin–angiotensin system worsens lung and vascular injury.",
    examples: ["ACE inhibitors", "angiotensin receptor blockers (ARBs)"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "harm",
        indication: { words: "adults in hospital with COVID-19, mostly critically ill (REMAP-CAP)", requires: [ADULT] },
        summary:
          "REMAP-CAP RCT: starting an ACE inhibitor or ARB in hospitalised, mostly critically ill COVID-19 patients did not help and was stopped early — about 95 % probability of harm on organ support-free days.",
        sources: ["lawler-2023"],
      },
    ],
    classSources: [],
    notes: [],
  },
  {
    id: "ccr-inhibitors",
    name: "Chemokine receptor (CCR) inhibitors",
    mechanism: "Block chemokine receptors such as CCR5 and CCR2 that steer monocytes, macrophages and T cells into inflamed tissue.",
    examples: ["leronlimab (CCR5 antibody)", "cenicriviroc (CCR2/CCR5 antagonist)"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "uncertain",
        indication: { words: "critically ill adults with COVID-19 (uncontrolled series of 10)", requires: [ADULT] },
        summary: "Leronlimab: an uncontrolled compassionate-use series of 10 critically ill COVID-19 patients reported falling IL-6 and viraemia; with no control group it shows no efficacy.",
        sources: ["patterson-2021"],
      },
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "no benefit",
        indication: { words: "adults in hospital with COVID-19 pneumonia (ACTIV-1 IM)", requires: [ADULT] },
        summary: "Cenicriviroc: did not shorten recovery from COVID-19 pneumonia in the ACTIV-1 IM randomised trial — a negative result.",
        sources: ["o-halloran-2023"],
      },
    ],
    classSources: [],
    notes: [],
  },
  {
    id: "ampk-agonists",
    name: "AMP-activated protein kinase (AMPK) agonists",
    mechanism: "Switching on the cell's energy sensor AMPK restrains NF-κB activation, so activated neutrophils release less TNF-α and IL-6.",
    examples: ["AICAR (research compound)", "berberine"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "sepsis",
        tier: "preclinical",
        direction: "favourable",
        indication: { words: "endotoxin (LPS) lung injury in mice", requires: [] },
        summary: "Mice: AICAR activated AMPK in the lung and lessened endotoxin (LPS)-induced lung injury and neutrophil cytokine release; no human data.",
        sources: ["zhao-2008"],
      },
    ],
    classSources: [],
    notes: [],
  },
  {
    id: "ox40-blockade",
    name: "OX40 blockade (OX40 mAb / OX40-Ig)",
    mechanism: "OX40 is a co-stimulatory receptor that appears only on recently activated T cells; blocking it damps those effector T cells while leaving naive ones alone.",
    examples: ["anti-OX40 monoclonal antibody", "OX40-Ig fusion protein"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "viral-hyperinflammation",
        tier: "preclinical",
        direction: "favourable",
        indication: { words: "influenza in mice", requires: [] },
        summary: "Reviewed mouse work: blocking OX40 reduced influenza lung immunopathology and weight loss while the virus was still cleared; no human trials.",
        sources: ["hussell-2004"],
      },
    ],
    classSources: [],
    notes: [],
  },
  {
    id: "macrolides",
    name: "Macrolide antibiotics",
    mechanism: "Beyond killing bacteria, macrolides are credited with damping neutrophil activation and cytokine output — an immunomodulatory effect that trials have not consistently confirmed.",
    examples: ["clarithromycin", "azithromycin"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "viral-hyperinflammation",
        tier: "clinical studies",
        direction: "favourable",
        indication: { words: "adults in hospital with H3N2 influenza (one open-label trial, as one of three drugs)", requires: [ADULT] },
        summary:
          "H3N2 influenza: clarithromycin–naproxen–oseltamivir lowered 30- and 90-day mortality versus oseltamivir alone in one open-label, single-centre RCT of 217 mostly elderly patients; not replicated.",
        sources: ["hung-2017"],
      },
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "no benefit",
        indication: { words: "patients in hospital with COVID-19 (RECOVERY)", requires: [] },
        summary: "COVID-19 (RECOVERY): azithromycin did not lower 28-day mortality (22 % in both arms) — a large negative trial.",
        sources: ["recovery-azithromycin-2021"],
      },
    ],
    classSources: [],
    notes: [],
  },
  {
    id: "vitamin-c-e",
    name: "Free-radical scavengers (vitamin C, vitamin E)",
    mechanism: "Water-soluble (C) and lipid-soluble (E) antioxidants meant to mop up reactive oxygen species released by activated phagocytes.",
    examples: ["vitamin C (ascorbic acid)", "vitamin E (tocopherol)"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "sepsis",
        tier: "clinical studies",
        direction: "harm",
        indication: { words: "adults with sepsis on vasopressors in intensive care (LOVIT)", requires: [ADULT, { kind: "vasopressor" }] },
        summary:
          "LOVIT RCT: IV vitamin C in vasopressor-dependent sepsis increased death or persistent organ dysfunction at day 28 (44.5 % vs 38.5 %) — a harm signal; Surviving Sepsis 2021 already suggested against it.",
        sources: ["lamontagne-2022", "evans-2021"],
      },
    ],
    classSources: [],
    notes: ["No source for vitamin E in cytokine storm was found; it is listed only because the seed text names it."],
  },
  {
    id: "catecholamine-synthesis-inhibition",
    name: "Catecholamine synthesis inhibition",
    mechanism:
      "Metyrosine blocks tyrosine hydroxylase, the first and rate-limiting step in making adrenaline and noradrenaline, interrupting a loop in which immune-cell catecholamines drive further cytokine release.",
    examples: ["metyrosine"],
    standardOfCare: false,
    seedClass: true,
    evidence: [
      {
        pattern: "crs-iec",
        tier: "preclinical",
        direction: "favourable",
        indication: { words: "CRS from T cell-engaging antibodies or CAR T cells in mice", requires: [] },
        summary: "Mouse models: metyrosine reduced cytokine release and deaths from CRS triggered by T cell-engaging antibodies and CAR T cells without blunting the anti-tumour effect; no human trial.",
        sources: ["staedtke-2018"],
      },
      {
        pattern: "sepsis",
        tier: "preclinical",
        direction: "favourable",
        indication: { words: "bacterial or endotoxin (LPS) challenge in mice", requires: [] },
        summary: "Same study: catecholamine blockade protected mice from lethal cytokine release after bacterial or endotoxin (LPS) challenge; no human data.",
        sources: ["staedtke-2018"],
      },
    ],
    classSources: ["staedtke-2018"],
    notes: [],
  },
] as const satisfies readonly TherapyClassEntry[];

export type TherapyClassId = (typeof ENTRIES)[number]["id"];

function withSources(entry: TherapyClassEntry): TherapyClass {
  const sources = [...new Set([...entry.classSources, ...entry.evidence.flatMap((line) => line.sources)])];
  return { ...entry, sources };
}

/** The catalogue, in tie-break order (care before immunomodulators, then standard of care). */
export const THERAPY_CLASSES: readonly TherapyClass[] = ENTRIES.map(withSources);

export function therapyClass(id: TherapyClassId): TherapyClass {
  const found = THERAPY_CLASSES.find((c) => c.id === id);
  if (found === undefined) throw new Error(`unknown therapy class ${id}`);
  return found;
}
