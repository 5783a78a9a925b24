/**
 * Every citation crs-screen relies on, as data (../shared/clinical/SOURCES.md and THERAPIES.md).
 *
 * Identifiers were checked against PubMed/PMC/publisher record pages where a stored copy could be
 * found; an entry (or field) that could not be checked says so in a comment beside it. Where
 * shared/ and the paper disagree, the paper wins and a `differs from shared/…` comment says how.
 */

/** How a source can be opened: a DOI, else a PubMed id, else a plain URL — never none of them. */
type Locator =
  | { readonly doi: string; readonly pmid?: string; readonly pmcid?: string; readonly url?: string }
  | { readonly doi?: undefined; readonly pmid: string; readonly pmcid?: string; readonly url?: string }
  | { readonly doi?: undefined; readonly pmid?: undefined; readonly pmcid?: string; readonly url: string };

interface SourceFields {
  /** "article": a journal publication. "regulatory": a regulator's action, cited by its announcement or label. */
  readonly kind: "article" | "regulatory";
  /** Vancouver author list ("Lee DW, Santomasso BD, Locke FL, et al."), or the issuing body. */
  readonly authors: string;
  /** Title as published, without a trailing full stop. */
  readonly title: string;
  /** NLM journal abbreviation; for a regulatory source, the kind of document ("FDA approval"). */
  readonly journal: string;
  readonly year: number;
  /** Articles: "25(4):625–638". Regulatory: the action's date ("20 Nov 2018"). */
  readonly volumePages: string;
  /** One line: what crs-screen uses this source for. */
  readonly about: string;
}

export type Source = SourceFields & Locator;

export const SOURCES = {
  // ── Screening instruments ────────────────────────────────────────────────────────────────────
  "lee-2019": {
    kind: "article",
    authors: "Lee DW, Santomasso BD, Locke FL, et al.",
    title: "ASTCT consensus grading for cytokine release syndrome and neurologic toxicity associated with immune effector cells",
    journal: "Biol Blood Marrow Transplant",
    year: 2019,
    volumePages: "25(4):625–638",
    doi: "10.1016/j.bbmt.2018.12.758", // title, authors, volume and pages seen on the article's first page and the MSK record
    about: "ASTCT grading of CRS and ICANS after immune effector cell therapy.",
  },
  "fardet-2014": {
    kind: "article",
    authors: "Fardet L, Galicier L, Lambotte O, et al.",
    title: "Development and validation of the HScore, a score for the diagnosis of reactive hemophagocytic syndrome",
    journal: "Arthritis Rheumatol",
    year: 2014,
    volumePages: "66(9):2613–2620",
    doi: "10.1002/art.38690", // volume/pages verified on a library record; the DOI suffix matches the article's "art 38690" tag
    about: "The HScore: probability of reactive haemophagocytic syndrome.",
  },
  "henter-2007": {
    kind: "article",
    authors: "Henter JI, Horne A, Aricó M, et al.",
    title: "HLH-2004: diagnostic and therapeutic guidelines for hemophagocytic lymphohistiocytosis",
    journal: "Pediatr Blood Cancer",
    year: 2007,
    volumePages: "48(2):124–131",
    doi: "10.1002/pbc.21039",
    about: "HLH-2004 diagnostic criteria (5 of 8) and the etoposide–dexamethasone–ciclosporin protocol.",
  },
  "webb-2020": {
    kind: "article",
    authors: "Webb BJ, Peltan ID, Jensen P, et al.",
    title: "Clinical criteria for COVID-19-associated hyperinflammatory syndrome: a cohort study",
    journal: "Lancet Rheumatol",
    year: 2020,
    volumePages: "2(12):e754–e763",
    doi: "10.1016/S2665-9913(20)30343-X",
    pmid: "33015645",
    pmcid: "PMC7524533",
    about: "The cHIS six-criterion scale for COVID-19-associated hyperinflammation.",
  },
  "ravelli-2016": {
    kind: "article",
    authors: "Ravelli A, Minoia F, Davì S, et al.",
    title:
      "2016 classification criteria for macrophage activation syndrome complicating systemic juvenile idiopathic arthritis: a European League Against Rheumatism/American College of Rheumatology/Paediatric Rheumatology International Trials Organisation collaborative initiative",
    journal: "Ann Rheum Dis",
    year: 2016,
    volumePages: "75(3):481–489",
    doi: "10.1136/annrheumdis-2015-208982",
    pmid: "26865703",
    // Published simultaneously in Arthritis Rheumatol 2016 (doi:10.1002/art.39332); the ARD version is cited.
    about: "EULAR/ACR/PRINTO 2016 classification criteria for MAS in systemic JIA.",
  },
  "taylor-2001": {
    kind: "article",
    authors: "Taylor FB Jr, Toh CH, Hoots WK, Wada H, Levi M",
    title: "Towards definition, clinical and laboratory criteria, and a scoring system for disseminated intravascular coagulation",
    journal: "Thromb Haemost",
    year: 2001,
    volumePages: "86(5):1327–1330",
    // Not found on a PubMed/publisher page in the stored copies; DOI and PMID agree across several
    // independent public references to this paper.
    doi: "10.1055/s-0037-1616068",
    pmid: "11816725",
    about: "The ISTH overt-DIC score (≥ 5 compatible with overt DIC).",
  },
  "seymour-2016": {
    kind: "article",
    authors: "Seymour CW, Liu VX, Iwashyna TJ, et al.",
    title: "Assessment of clinical criteria for sepsis: for the Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3)",
    journal: "JAMA",
    year: 2016,
    volumePages: "315(8):762–774",
    doi: "10.1001/jama.2016.0288",
    pmid: "26903335",
    pmcid: "PMC5433435",
    about: "Derivation and validation of qSOFA.",
  },
  "singer-2016": {
    kind: "article",
    authors: "Singer M, Deutschman CS, Seymour CW, et al.",
    title: "The Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3)",
    journal: "JAMA",
    year: 2016,
    volumePages: "315(8):801–810",
    // Authors, title, volume and pages verified on copies of the article; the DOI (as in
    // shared/SOURCES.md) agrees with independent public references but was not seen on the publisher page.
    doi: "10.1001/jama.2016.0287",
    about: "Sepsis-3 definitions of sepsis and septic shock.",
  },

  // ── Mechanisms and overviews ─────────────────────────────────────────────────────────────────
  "shimabukuro-2018": {
    kind: "article",
    authors: "Shimabukuro-Vornhagen A, Gödel P, Subklewe M, et al.",
    title: "Cytokine release syndrome",
    journal: "J Immunother Cancer",
    year: 2018,
    volumePages: "6(1):56",
    doi: "10.1186/s40425-018-0343-9",
    pmid: "29907163",
    pmcid: "PMC6003181",
    about: "Which cytokine (IFN-γ, TNF-α, IL-6) drives which clinical sign — the teaching layer.",
  },
  "fajgenbaum-2020": {
    kind: "article",
    authors: "Fajgenbaum DC, June CH",
    title: "Cytokine storm",
    journal: "N Engl J Med",
    year: 2020,
    volumePages: "383(23):2255–2273",
    doi: "10.1056/NEJMra2026131",
    about: "Overview of cytokine storm syndromes, their differentials and targeted therapies.",
  },
  "liu-2016": {
    kind: "article",
    authors: "Liu Q, Zhou YH, Yang ZQ",
    title: "The cytokine storm of severe influenza and development of immunomodulatory therapy",
    journal: "Cell Mol Immunol",
    year: 2016,
    volumePages: "13(1):3–10",
    doi: "10.1038/cmi.2015.74",
    pmid: "26189369",
    pmcid: "PMC4711683",
    about: "Review of immunomodulator classes tried for influenza cytokine storm (steroids, PPAR, S1P1, COX-2, antioxidants, anti-TNF, IVIG).",
  },
  "staedtke-2018": {
    kind: "article",
    authors: "Staedtke V, Bai RY, Kim K, et al.",
    title: "Disruption of a self-amplifying catecholamine loop reduces cytokine release syndrome",
    journal: "Nature",
    year: 2018,
    volumePages: "564(7735):273–277",
    doi: "10.1038/s41586-018-0774-y",
    pmid: "30542164",
    pmcid: "PMC6512810",
    about: "Catecholamines amplify cytokine release; metyrosine reduced CRS in mice.",
  },
  "neelapu-2018": {
    kind: "article",
    authors: "Neelapu SS, Tummala S, Kebriaei P, et al.",
    title: "Chimeric antigen receptor T-cell therapy — assessment and management of toxicities",
    journal: "Nat Rev Clin Oncol",
    year: 2018,
    volumePages: "15(1):47–62",
    // Not found on a PubMed/publisher page in the stored copies; citation and DOI as in
    // shared/SOURCES.md, which agree with several independent public references.
    doi: "10.1038/nrclinonc.2017.148",
    about: "CARTOX recommendations for managing CRS and neurotoxicity after CAR T cells.",
  },

  // ── Therapy evidence: trials, animal studies, guidance ────────────────────────────────────────
  "lawler-2023": {
    kind: "article",
    authors: "Writing Committee for the REMAP-CAP Investigators; Lawler PR, Derde LPG, van de Veerdonk FL, et al.",
    title:
      "Effect of angiotensin-converting enzyme inhibitor and angiotensin receptor blocker initiation on organ support-free days in patients hospitalized with COVID-19: a randomized clinical trial",
    journal: "JAMA",
    year: 2023,
    volumePages: "329(14):1183–1196",
    doi: "10.1001/jama.2023.4480",
    pmid: "37039790",
    about: "REMAP-CAP: starting an ACE inhibitor or ARB in hospitalised COVID-19 — probable harm.",
  },
  "patterson-2021": {
    kind: "article",
    authors: "Patterson BK, Seethamraju H, Dhody K, et al.",
    title:
      "CCR5 inhibition in critical COVID-19 patients decreases inflammatory cytokines, increases CD8 T-cells, and decreases SARS-CoV2 RNA in plasma by day 14",
    journal: "Int J Infect Dis",
    year: 2021,
    volumePages: "103:25–32",
    doi: "10.1016/j.ijid.2020.10.101",
    pmid: "33186704",
    pmcid: "PMC7654230",
    about: "Leronlimab (anti-CCR5) in 10 critically ill COVID-19 patients — uncontrolled.",
  },
  "zhao-2008": {
    kind: "article",
    // Title, journal, year and DOI verified on a bibliographic record (peeref). The author list and
    // volume/pages are from memory and could NOT be verified in the stored copies.
    authors: "Zhao X, Zmijewski JW, Lorne E, et al.",
    title: "Activation of AMPK attenuates neutrophil proinflammatory activity and decreases the severity of acute lung injury",
    journal: "Am J Physiol Lung Cell Mol Physiol",
    year: 2008,
    volumePages: "295(3):L497–L504",
    doi: "10.1152/ajplung.90210.2008",
    about: "AMPK activation (AICAR, berberine) damped neutrophil cytokines and LPS lung injury in mice.",
  },
  "hussell-2004": {
    kind: "article",
    authors: "Hussell T, Snelgrove R, Humphreys IR, Williams AE",
    title: "Co-stimulation: novel methods for preventing viral-induced lung inflammation",
    journal: "Trends Mol Med",
    year: 2004,
    volumePages: "10(8):379–386",
    doi: "10.1016/j.molmed.2004.06.006",
    pmcid: "PMC7185809",
    // A review; the primary OX40-Ig influenza data it summarises are mouse studies.
    about: "Review: blocking OX40 on activated T cells to limit viral lung immunopathology (mouse data).",
  },
  "marconi-2021": {
    kind: "article",
    authors: "Marconi VC, Ramanan AV, de Bono S, et al.",
    title:
      "Efficacy and safety of baricitinib for the treatment of hospitalised adults with COVID-19 (COV-BARRIER): a randomised, double-blind, parallel-group, placebo-controlled phase 3 trial",
    journal: "Lancet Respir Med",
    year: 2021,
    volumePages: "9(12):1407–1418",
    doi: "10.1016/S2213-2600(21)00331-3",
    pmid: "34480861",
    pmcid: "PMC8409066",
    about: "COV-BARRIER: baricitinib in hospitalised COVID-19.",
  },
  "hung-2017": {
    kind: "article",
    authors: "Hung IFN, To KKW, Chan JFW, et al.",
    title:
      "Efficacy of clarithromycin-naproxen-oseltamivir combination in the treatment of patients hospitalized for influenza A(H3N2) infection: an open-label randomized, controlled, phase IIb/III trial",
    journal: "Chest",
    year: 2017,
    volumePages: "151(5):1069–1080",
    doi: "10.1016/j.chest.2016.11.012",
    pmid: "27884765",
    about: "Clarithromycin + naproxen + oseltamivir in hospitalised H3N2 influenza (single centre, open label).",
  },
  "recovery-azithromycin-2021": {
    kind: "article",
    authors: "RECOVERY Collaborative Group",
    title: "Azithromycin in patients admitted to hospital with COVID-19 (RECOVERY): a randomised, controlled, open-label, platform trial",
    journal: "Lancet",
    year: 2021,
    volumePages: "397:605–612",
    doi: "10.1016/S0140-6736(21)00149-5",
    pmid: "33545096",
    pmcid: "PMC7884931",
    about: "RECOVERY: azithromycin did not lower 28-day mortality in hospitalised COVID-19.",
  },
  "recovery-dexamethasone-2021": {
    kind: "article",
    authors: "RECOVERY Collaborative Group; Horby P, Lim WS, Emberson JR, et al.",
    title: "Dexamethasone in hospitalized patients with Covid-19",
    journal: "N Engl J Med",
    year: 2021,
    volumePages: "384(8):693–704",
    // Results and volume/pages verified on copies of the article; DOI and PMID agree across several
    // independent public references but were not seen on the publisher page itself.
    doi: "10.1056/NEJMoa2021436",
    pmid: "32678530",
    about: "RECOVERY: dexamethasone lowered mortality in COVID-19 patients needing oxygen or ventilation.",
  },
  "lamontagne-2022": {
    kind: "article",
    authors: "Lamontagne F, Masse MH, Menard J, et al.",
    title: "Intravenous vitamin C in adults with sepsis in the intensive care unit",
    journal: "N Engl J Med",
    year: 2022,
    volumePages: "386(25):2387–2398",
    doi: "10.1056/NEJMoa2200644",
    pmid: "35704292",
    about: "LOVIT: IV vitamin C in sepsis — more death or persistent organ dysfunction (harm signal).",
  },
  "walsh-2011": {
    kind: "article",
    authors: "Walsh KB, Teijaro JR, Wilker PR, et al.",
    title: "Suppression of cytokine storm with a sphingosine analog provides protection against pathogenic influenza virus",
    journal: "Proc Natl Acad Sci U S A",
    year: 2011,
    volumePages: "108(29):12018–12023",
    doi: "10.1073/pnas.1107024108",
    pmid: "21715659",
    pmcid: "PMC3142000",
    about: "S1P receptor agonist AAL-R blunted cytokine storm and improved survival in influenza-infected mice.",
  },
  "budd-2007": {
    kind: "article",
    authors: "Budd A, Alleva L, Alsharifi M, et al.",
    title: "Increased survival after gemfibrozil treatment of severe mouse influenza",
    journal: "Antimicrob Agents Chemother",
    year: 2007,
    volumePages: "51(8):2965–2968",
    doi: "10.1128/AAC.00219-07",
    pmid: "17562808",
    pmcid: "PMC1932503",
    about: "PPAR-α agonist gemfibrozil raised survival of mice already ill with influenza (H2N2).",
  },
  "zheng-2008": {
    kind: "article",
    authors: "Zheng BJ, Chan KW, Lin YP, et al.",
    title: "Delayed antiviral plus immunomodulator treatment still reduces mortality in mice infected by high inoculum of influenza A/H5N1 virus",
    journal: "Proc Natl Acad Sci U S A",
    year: 2008,
    volumePages: "105(23):8091–8096",
    doi: "10.1073/pnas.0711942105",
    pmid: "18523003",
    about: "Zanamivir + celecoxib + mesalazine improved survival of H5N1-infected mice.",
  },
  "henderson-2021": {
    kind: "article",
    authors: "Henderson LA, Canna SW, Friedman KG, et al.",
    title:
      "American College of Rheumatology clinical guidance for multisystem inflammatory syndrome in children associated with SARS-CoV-2 and hyperinflammation in pediatric COVID-19: version 2",
    journal: "Arthritis Rheumatol",
    year: 2021,
    volumePages: "73(4):e13–e29",
    doi: "10.1002/art.41616",
    pmid: "33277976",
    about: "ACR guidance (v2) for MIS-C and paediatric COVID-19 hyperinflammation, incl. IVIG.",
  },
  "davey-2019": {
    kind: "article",
    authors: "Davey RT Jr, Fernández-Cruz E, Markowitz N, et al.",
    title:
      "Anti-influenza hyperimmune intravenous immunoglobulin for adults with influenza A or B infection (FLU-IVIG): a double-blind, randomised, placebo-controlled trial",
    journal: "Lancet Respir Med",
    year: 2019,
    volumePages: "7(11):951–963",
    // Title, authors, journal, year and result verified on abstract pages; DOI and pages agree with an
    // independent public reference but were not seen on the publisher page.
    doi: "10.1016/S2213-2600(19)30253-X",
    about: "FLU-IVIG: hyperimmune IVIG gave no overall benefit in hospitalised influenza.",
  },
  "o-halloran-2023": {
    kind: "article",
    authors: "O'Halloran JA, Ko ER, Anstrom KJ, et al.",
    title: "Abatacept, cenicriviroc, or infliximab for treatment of adults hospitalized with COVID-19 pneumonia: a randomized clinical trial",
    journal: "JAMA",
    year: 2023,
    volumePages: "330(4):328–339",
    doi: "10.1001/jama.2023.11043",
    pmid: "37428480",
    pmcid: "PMC10334296",
    about: "ACTIV-1 IM: infliximab and cenicriviroc did not shorten recovery in COVID-19 pneumonia.",
  },
  "de-alencar-2021": {
    kind: "article",
    authors: "de Alencar JCG, Moreira CL, Müller AD, et al.",
    title:
      "Double-blind, randomized, placebo-controlled trial with N-acetylcysteine for treatment of severe acute respiratory syndrome caused by coronavirus disease 2019 (COVID-19)",
    journal: "Clin Infect Dis",
    year: 2021,
    volumePages: "72(11):e736–e741",
    doi: "10.1093/cid/ciaa1443",
    pmid: "32964918",
    pmcid: "PMC7543361",
    about: "N-acetylcysteine in severe COVID-19: negative randomised trial.",
  },
  "evans-2021": {
    kind: "article",
    authors: "Evans L, Rhodes A, Alhazzani W, et al.",
    title: "Surviving Sepsis Campaign: international guidelines for management of sepsis and septic shock 2021",
    journal: "Intensive Care Med",
    year: 2021,
    volumePages: "47(11):1181–1247",
    // DOI and authors verified on a record of the article; volume/pages agree across independent public
    // references. Also published in Crit Care Med 2021;49(11):e1063–e1143.
    doi: "10.1007/s00134-021-06506-y",
    about: "Surviving Sepsis Campaign 2021: corticosteroids in septic shock; advice against IV vitamin C and IVIG.",
  },

  // ── Added December 2026 (issue 15; ../shared/clinical/ADDITIONS-2026-12.md, docs/clinical-additions.md) ──
  "santomasso-2021": {
    kind: "article",
    authors: "Santomasso BD, Nastoupil LJ, Adkins S, et al.",
    title: "Management of immune-related adverse events in patients treated with chimeric antigen receptor T-cell therapy: ASCO guideline",
    journal: "J Clin Oncol",
    year: 2021,
    volumePages: "39(35):3978–3992",
    doi: "10.1200/JCO.21.01992", // PubMed record 34724386 read (title, journal, volume, pages, DOI); ICANS table read in the ASCO pocket guide, Table 2
    pmid: "34724386",
    about: "ASCO 2021: ICANS without concurrent CRS is managed with supportive care and corticosteroids; tocilizumab appears only with concurrent CRS.",
  },
  "kleinman-2010": {
    kind: "article",
    authors: "Kleinman ME, et al.",
    title: "Part 14: pediatric advanced life support: 2010 American Heart Association Guidelines for Cardiopulmonary Resuscitation and Emergency Cardiovascular Care",
    journal: "Circulation",
    year: 2010,
    volumePages: "122(18 Suppl 3):S876–S908",
    // Citation and DOI: ADDITIONS-2026-12.md item 3 (read from the article header). The hypotension
    // bands were read only in WikEM's copy of the text, whose comparison signs were garbled; "<" in
    // every band is confirmed by Mahadeo 2019 Table 2. Co-authors after the first not read, so not listed.
    doi: "10.1161/CIRCULATIONAHA.110.971101",
    about: "PALS hypotension by age (SBP < 60 neonates, < 70 infants, < 70 + 2 × age 1–10 years, < 90 from 10), used to derive hypotension from blood pressure.",
  },
  "traube-2014": {
    kind: "article",
    authors: "Traube C, Silver G, Kearney J, et al.",
    title: "Cornell Assessment of Pediatric Delirium: a valid, rapid, observational tool for screening delirium in the PICU",
    journal: "Crit Care Med",
    year: 2014,
    volumePages: "42(3):656–663",
    // Journal, volume and pages VERIFIED (ADDITIONS-2026-12.md item 2, UW Health copy); the DOI
    // (10.1097/CCM.0b013e3182a66b76) and PMID 24145848 are SECONDARY, so the registry links the
    // published scale on the CHOP delirium pathway instead. Title and first authors read on the article's
    // first page (copies at docslib.org and metajournal.com, Dec 2026).
    url: "https://www.chop.edu/node/138797",
    about: "The CAPD (8 items, 0–32, positive ≥ 9), which ASTCT uses instead of ICE for children under 12; crs-screen records the total only and links to the tool.",
  },
  "fautrel-2024": {
    kind: "article",
    authors: "Fautrel B, Mitrovic S, De Matteis A, et al.",
    title:
      "EULAR/PReS recommendations for the diagnosis and management of Still's disease, comprising systemic juvenile idiopathic arthritis and adult-onset Still's disease",
    journal: "Ann Rheum Dis",
    year: 2024,
    volumePages: "83(12):1614–1627",
    doi: "10.1136/ard-2024-225851", // PubMed record 39317417 read (title, authors, volume, pages, DOI, abstract)
    pmid: "39317417",
    about: "EULAR/PReS 2024: MAS in Still's disease is treated with high-dose glucocorticoids, IL-1 inhibitors, ciclosporin and IFN-γ inhibitors.",
  },
  "la-rosee-2019": {
    kind: "article",
    authors: "La Rosée P, et al.",
    title: "Recommendations for the management of hemophagocytic lymphohistiocytosis in adults",
    journal: "Blood",
    year: 2019,
    // Volume, issue and first page read from the ASH article address; the end page, DOI, PMID and the
    // co-authors were not read (ADDITIONS-2026-12.md, item 5b), so the citation stops at the first page.
    volumePages: "133(23):2465",
    url: "https://ashpublications.org/blood/article/133/23/2465/273833/Recommendations-for-the-management-of",
    about: "Adult HLH: expert opinion of a Histiocyte Society working group (no grading of evidence).",
  },
  "bergsten-2017": {
    kind: "article",
    // First author and title read on PMC5785801 and the Blood page; co-authors and end page as listed on
    // the journal's table of contents (not re-read here).
    authors: "Bergsten E, Horne A, Aricó M, et al.",
    title: "Confirmed efficacy of etoposide and dexamethasone in HLH treatment: long-term results of the cooperative HLH-2004 study",
    journal: "Blood",
    year: 2017,
    volumePages: "130(25):2728–2738",
    doi: "10.1182/blood-2017-06-788349", // read off the journal's article address (ADDITIONS-2026-12.md, item 5b)
    pmcid: "PMC5785801",
    about: "HLH-2004: ciclosporin upfront (from week 9 in HLH-94) did not improve outcome (P = .06).",
  },
  "hines-2023": {
    kind: "article",
    authors: "Hines MR, Knight TE, McNerney KO, et al.",
    title: "Immune effector cell-associated hemophagocytic lymphohistiocytosis-like syndrome",
    journal: "Transplant Cell Ther",
    year: 2023,
    volumePages: "29(7):438.e1–438.e16",
    doi: "10.1016/j.jtct.2023.03.006", // citation, DOI and abstract VERIFIED in ADDITIONS-2026-12.md, item 1 (PubMed mirror, MSK and Stanford records)
    pmid: "36906275",
    about: "ASTCT consensus naming IEC-HS; its criteria and grades were not read, so crs-screen does not apply them.",
  },

  // ── Regulatory approvals ─────────────────────────────────────────────────────────────────────
  "fda-tocilizumab-crs-2017": {
    // The FDA's own published approval summary for the 30 Aug 2017 approval.
    kind: "article",
    authors: "Le RQ, Li L, Yuan W, et al.",
    title:
      "FDA approval summary: tocilizumab for treatment of chimeric antigen receptor T cell-induced severe or life-threatening cytokine release syndrome",
    journal: "Oncologist",
    year: 2018,
    volumePages: "23(8):943–947", // DOI and content verified; volume/pages from an independent public reference only
    doi: "10.1634/theoncologist.2018-0028",
    about: "FDA approval (30 Aug 2017) of tocilizumab for CAR T cell-induced severe CRS, age ≥ 2 years.",
  },
  "fda-emapalumab-2018": {
    kind: "regulatory",
    authors: "U.S. Food and Drug Administration",
    title: "FDA approves emapalumab for hemophagocytic lymphohistiocytosis",
    journal: "FDA approval announcement",
    year: 2018,
    volumePages: "20 Nov 2018",
    url: "https://www.fda.gov/Drugs/Fda-Approves-Emapalumab-Hemophagocytic-Lymphohistiocytosis", // FDA page verified (stored copy)
    about: "FDA approval of emapalumab for refractory, recurrent or progressive primary HLH, or intolerance of conventional therapy.",
  },
  "fda-emapalumab-mas-2025": {
    kind: "regulatory",
    authors: "U.S. Food and Drug Administration",
    title:
      "Approval of emapalumab-lzsg (Gamifant) for HLH/MAS in known or suspected Still's disease, including sJIA, with inadequate response or intolerance to glucocorticoids, or recurrent MAS",
    journal: "FDA approval",
    year: 2025,
    volumePages: "Jun 2025",
    // No FDA announcement page was found in the stored copies (indication and month verified on
    // sponsor and trade-press reports). The URL opens the current label on DailyMed.
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=emapalumab",
    about: "FDA approval of emapalumab for HLH/MAS in Still's disease after glucocorticoids.",
  },
  "fda-baricitinib-covid-2022": {
    kind: "regulatory",
    authors: "U.S. Food and Drug Administration",
    title:
      "Approval of baricitinib (Olumiant) for COVID-19 in hospitalized adults requiring supplemental oxygen, non-invasive or invasive mechanical ventilation, or ECMO",
    journal: "FDA approval",
    year: 2022,
    volumePages: "10 May 2022",
    // No FDA announcement page was found in the stored copies (indication and date verified on AHA and
    // trade-press reports of the FDA release). The URL opens the current label on DailyMed.
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=baricitinib",
    about: "First FDA-approved immunomodulator for COVID-19 (JAK1/2 inhibitor).",
  },
  "fda-tocilizumab-covid-2022": {
    kind: "regulatory",
    authors: "U.S. Food and Drug Administration",
    title:
      "Approval of tocilizumab (Actemra) for COVID-19 in hospitalized adults receiving systemic corticosteroids and requiring supplemental oxygen, non-invasive or invasive mechanical ventilation, or ECMO",
    journal: "FDA approval",
    year: 2022,
    volumePages: "21 Dec 2022",
    // No FDA announcement page was found in the stored copies (indication and date verified on reports
    // of the FDA roundup and the sponsor's release). The URL opens the current label on DailyMed.
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=tocilizumab",
    about: "FDA approval of tocilizumab for hospitalised adults with COVID-19 on corticosteroids needing oxygen.",
  },
  // ── Added for issue 27 (therapy indications; docs/clinical-additions.md) ──
  "who-covid-drugs-2020": {
    kind: "article",
    // Title, journal, DOI, PMID and the first listed authors read on the PubMed record 32887691 (mirror)
    // and the BMJ page. A living guideline: the corticosteroid recommendations (strong for severe and
    // critical COVID-19, conditional against in non-severe) read in its visual summary and in the WHO
    // document of 2 Sep 2020 (WHO/2019-nCoV/Corticosteroids/2020.1).
    authors: "Agarwal A, Hunt B, Stegemann M, et al.",
    title: "A living WHO guideline on drugs for covid-19",
    journal: "BMJ",
    year: 2020,
    volumePages: "370:m3379",
    doi: "10.1136/bmj.m3379",
    pmid: "32887691",
    about: "WHO living guideline: systemic corticosteroids for severe and critical COVID-19, not for non-severe.",
  },
  "schlapbach-2024": {
    kind: "article",
    authors: "Schlapbach LJ, Watson RS, Sorce LR, et al.",
    title: "International consensus criteria for pediatric sepsis and septic shock",
    journal: "JAMA",
    year: 2024,
    volumePages: "331(8):665–674",
    // Authors, journal, volume, pages and DOI read on the article's first page; the PubMed record
    // 38245889 abstract read (Sepsis-3 excluded children; a task force developed criteria for them).
    // The criteria themselves (suspected infection and a Phoenix Sepsis Score ≥ 2 from respiratory,
    // cardiovascular, coagulation and neurological dysfunction) read only in reproductions: SECONDARY.
    doi: "10.1001/jama.2024.0179",
    pmid: "38245889",
    about: "The Phoenix Sepsis Criteria for children: why qSOFA (adults, Sepsis-3) is not applied under 18.",
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** Every key, in registry order. */
export const SOURCE_KEYS = Object.keys(SOURCES) as readonly SourceKey[];

export function isSourceKey(value: string): value is SourceKey {
  return Object.hasOwn(SOURCES, value);
}

/** The entry for a key, widened to `Source` (a plain `const s: Source = …` would narrow it back). */
export function sourceOf(key: SourceKey): Source {
  return SOURCES[key];
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * One-line Vancouver-style citation, e.g.
 * "Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading … cells. Biol Blood Marrow Transplant. 2019;25(4):625–638. doi:10.1016/j.bbmt.2018.12.758"
 */
export function formatCitation(key: SourceKey): string {
  const s = sourceOf(key);
  const head = `${sentence(s.authors)} ${sentence(s.title)}`;
  if (s.kind === "regulatory") {
    return `${head} ${s.journal}; ${s.volumePages}.`;
  }
  const where = `${s.journal}. ${s.year};${s.volumePages}.`;
  if (s.doi !== undefined) return `${head} ${where} doi:${s.doi}`;
  if (s.pmid !== undefined) return `${head} ${where} PMID: ${s.pmid}`;
  return `${head} ${where}`;
}

/** Where to read the source: https://doi.org/… if it has a DOI, else its PubMed page, else its URL. */
export function citationUrl(key: SourceKey): string {
  const s = sourceOf(key);
  if (s.doi !== undefined) return `https://doi.org/${s.doi}`;
  if (s.pmid !== undefined) return `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/`;
  return s.url;
}
