/**
 * The therapy-class catalogue: every class the seed text names plus the classes that anchor current
 * care (../shared/clinical/THERAPIES.md). Education only — classes, mechanisms and evidence, never an
 * order and never a dose. Negative and harmful trials are listed as plainly as positive ones.
 *
 * Order here is the tie-break order of `therapiesForPatterns`: standard of care first.
 */
import type { TherapyClass, TherapyClassEntry } from "./types";

export const THERAPY_DISCLAIMER =
  "Educational content for training. Not a diagnosis and not treatment advice. Doses are never shown. " +
  "Decisions belong to the treating team and local protocols.";

const ENTRIES = [
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
        summary:
          "Tocilizumab: FDA-approved (Aug 2017) for severe or life-threatening CAR T cell-induced CRS from age 2; the approval rested on a retrospective pooled analysis of trial patients (about two-thirds responded), not on a randomised trial.",
        sources: ["fda-tocilizumab-crs-2017"],
      },
      {
        pattern: "crs-iec",
        tier: "clinical studies",
        direction: "uncertain",
        summary: "Siltuximab: discussed as an alternative in CAR T toxicity recommendations; human data are limited and it is not approved for CRS.",
        sources: ["neelapu-2018"],
      },
      {
        pattern: "icans",
        onlyWith: "crs-iec",
        tier: "guideline",
        direction: "uncertain",
        summary:
          "ICANS: ASCO 2021 places tocilizumab only under ICANS with concurrent CRS — it is for the CRS — and advises caution with repeated doses in patients with ICANS; for ICANS without CRS it lists supportive care and corticosteroids.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "covid-19",
        tier: "approved",
        direction: "favourable",
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
        summary: "Consensus CAR T toxicity recommendations use corticosteroids for higher-grade CRS (with or after IL-6 blockade) and for neurotoxicity (ICANS).",
        sources: ["neelapu-2018"],
      },
      {
        pattern: "icans",
        tier: "guideline",
        direction: "favourable",
        summary:
          "ASCO 2021: moderate to severe ICANS is managed with corticosteroids and supportive care; without concurrent CRS, grade 1 gets supportive care, grade 2 supportive care with corticosteroids considered for high-risk products or patients, grade 3 corticosteroids. Expert consensus — the guideline notes the paucity of high-quality evidence.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "favourable",
        summary: "Dexamethasone is part of the backbone of the HLH-94/HLH-2004 treatment protocols, together with etoposide (and ciclosporin in HLH-2004).",
        sources: ["henter-2007"],
      },
      {
        pattern: "mas",
        tier: "guideline",
        direction: "favourable",
        summary:
          "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends high-dose glucocorticoids (recommendations agreed by over 80 % of the task force; the evidence is mostly cohorts, not randomised trials). The 2025 emapalumab approval is for patients who respond inadequately to them or cannot tolerate them.",
        sources: ["fautrel-2024", "fda-emapalumab-mas-2025"],
      },
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "favourable",
        summary:
          "COVID-19 (RECOVERY): dexamethasone lowered 28-day mortality in patients on oxygen or invasive ventilation, but not in those needing no respiratory support, where the point estimate leaned towards harm.",
        sources: ["recovery-dexamethasone-2021"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "clinical studies",
        direction: "mixed",
        summary: "Severe influenza: reviewed as controversial — no randomised evidence of benefit, and observational reports raise concern about harm.",
        sources: ["liu-2016"],
      },
      {
        pattern: "sepsis",
        tier: "guideline",
        direction: "favourable",
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
        summary: "Used off-label for CRS not settling with IL-6 blockade and steroids; evidence is case series and small cohorts, and it is not approved for CRS.",
        sources: ["fajgenbaum-2020"],
      },
      {
        pattern: "icans",
        tier: "clinical studies",
        direction: "uncertain",
        summary:
          "ASCO 2021 names anakinra among alternate options for persistent or worsening ICANS, noting limited experience with such agents — a guideline mention, not a recommendation; not approved for ICANS.",
        sources: ["santomasso-2021"],
      },
      {
        pattern: "mas",
        tier: "guideline",
        direction: "favourable",
        summary:
          "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends IL-1 inhibitors (as a class; anakinra is the agent most used), agreed by over 80 % of the task force; the evidence under it is cohorts and case series, not randomised trials.",
        sources: ["fautrel-2024"],
      },
      {
        pattern: "hlh",
        tier: "clinical studies",
        direction: "uncertain",
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
        summary:
          "FDA-approved (Nov 2018) for primary HLH that is refractory, recurrent or progressive, or when conventional HLH therapy is not tolerated; based on a single-arm trial in 27 children (63 % overall response), not a randomised comparison. Reactive (secondary) HLH — what the HScore was derived for — is outside this approval.",
        sources: ["fda-emapalumab-2018"],
      },
      {
        pattern: "mas",
        tier: "approved",
        direction: "favourable",
        summary:
          "FDA-approved (Jun 2025) for HLH/MAS in known or suspected Still's disease, including systemic JIA, with inadequate response or intolerance to glucocorticoids, or recurrent MAS; based on pooled single-arm studies.",
        sources: ["fda-emapalumab-mas-2025"],
      },
      {
        pattern: "mas",
        tier: "guideline",
        direction: "favourable",
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
        summary:
          "Baricitinib: FDA-approved (May 2022) for hospitalised adults with COVID-19 needing oxygen, ventilation or ECMO. In COV-BARRIER the primary outcome (progression or death) did not differ significantly, but 28-day all-cause mortality was lower.",
        sources: ["fda-baricitinib-covid-2022", "marconi-2021"],
      },
      {
        pattern: "hlh",
        tier: "clinical studies",
        direction: "uncertain",
        summary: "Ruxolitinib: reported in refractory and secondary HLH in small uncontrolled studies; not approved for HLH.",
        sources: ["fajgenbaum-2020"],
      },
      {
        pattern: "crs-iec",
        tier: "clinical studies",
        direction: "uncertain",
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
        summary:
          "Etoposide with dexamethasone (plus ciclosporin in HLH-2004) is the HLH-94/2004 induction protocol; stem-cell transplantation is advised for familial, persistent or reactivated disease.",
        sources: ["henter-2007"],
      },
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "uncertain",
        summary:
          "Adults: the Histiocyte Society working group's recommendations for adult HLH (La Rosée 2019) are expert opinion, not trial evidence; they warn that the paediatric protocols may overtreat adults and ask that intensity and duration be tailored.",
        sources: ["la-rosee-2019"],
      },
    ],
    classSources: [],
    notes: [],
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
        summary:
          "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends ciclosporin, agreed by over 80 % of the task force; in the studies reviewed it was often given with glucocorticoids and/or anakinra.",
        sources: ["fautrel-2024"],
      },
      {
        pattern: "hlh",
        tier: "guideline",
        direction: "mixed",
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
        summary: "H5N1-infected mice: zanamivir plus celecoxib plus mesalazine, started 48 h after infection, improved survival over zanamivir alone; each agent alone did not.",
        sources: ["zheng-2008", "liu-2016"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "clinical studies",
        direction: "uncertain",
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
        summary:
          "COVID-19 pneumonia (ACTIV-1 IM RCT): infliximab did not shorten time to recovery, the primary outcome — a negative trial; lower 28-day mortality was a secondary finding only.",
        // shared/THERAPIES.md gives only the primary result; the paper also reports the secondary mortality finding.
        sources: ["o-halloran-2023"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "preclinical",
        direction: "uncertain",
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
        summary: "MIS-C (hyperinflammation in children after SARS-CoV-2): ACR guidance recommends IVIG as first-line immunomodulatory treatment.",
        sources: ["henderson-2021"],
      },
      {
        pattern: "viral-hyperinflammation",
        tier: "clinical studies",
        direction: "no benefit",
        summary: "Hospitalised influenza A or B (FLU-IVIG RCT): hyperimmune IVIG added to standard care gave no overall clinical benefit — a negative trial.",
        sources: ["davey-2019"],
      },
      {
        pattern: "sepsis",
        tier: "clinical studies",
        direction: "no benefit",
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
        summary: "Leronlimab: an uncontrolled compassionate-use series of 10 critically ill COVID-19 patients reported falling IL-6 and viraemia; with no control group it shows no efficacy.",
        sources: ["patterson-2021"],
      },
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "no benefit",
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
        summary:
          "H3N2 influenza: clarithromycin–naproxen–oseltamivir lowered 30- and 90-day mortality versus oseltamivir alone in one open-label, single-centre RCT of 217 mostly elderly patients; not replicated.",
        sources: ["hung-2017"],
      },
      {
        pattern: "covid-19",
        tier: "clinical studies",
        direction: "no benefit",
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
        summary: "Mouse models: metyrosine reduced cytokine release and deaths from CRS triggered by T cell-engaging antibodies and CAR T cells without blunting the anti-tumour effect; no human trial.",
        sources: ["staedtke-2018"],
      },
      {
        pattern: "sepsis",
        tier: "preclinical",
        direction: "favourable",
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

/** The catalogue, in display order (standard of care first). */
export const THERAPY_CLASSES: readonly TherapyClass[] = ENTRIES.map(withSources);

export function therapyClass(id: TherapyClassId): TherapyClass {
  const found = THERAPY_CLASSES.find((c) => c.id === id);
  if (found === undefined) throw new Error(`unknown therapy class ${id}`);
  return found;
}
