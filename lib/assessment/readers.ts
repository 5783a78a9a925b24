/**
 * Readers of the fields the instruments and derived values read by name, each with the field's
 * position worked out once (read.ts). The signs' own findings and ICANS's choice domains make
 * theirs where they are listed as data (signs.ts, astct-icans.ts).
 */
import { choiceReader, findingReader, numberReader, valueReader } from "./read";

export const readAgeYears = valueReader("context.ageYears");
export const readFeverWaivingTherapy = findingReader("context.antipyreticOrAnticytokineGiven");
export const readFeverOtherCause = findingReader("context.feverOtherCause");
export const readHlhMolecularDiagnosis = findingReader("context.hlhMolecularDiagnosis");
export const readImmunosuppressed = findingReader("context.immunosuppressed");
export const readAlteredMentation = findingReader("findings.alteredMentation");
export const readBleeding = findingReader("findings.bleeding");
export const readHepatomegaly = findingReader("findings.hepatomegaly");
export const readLungInjury = findingReader("findings.lungInjury");
export const readSplenomegaly = findingReader("findings.splenomegaly");
export const readFibrinMarker = choiceReader("labs.fibrinMarkerIncrease");
export const readLymphocytes = numberReader("labs.lymphocytesE9PerL");
export const readNeutrophils = numberReader("labs.neutrophilsE9PerL");
export const readConsciousness = choiceReader("neuro.consciousness");
export const readMotorWeakness = findingReader("neuro.motorWeakness");
export const readHemophagocytosisBoneMarrow = findingReader("pathology.hemophagocytosisBoneMarrow");
export const readHemophagocytosisSpleenOrLymphNode = findingReader("pathology.hemophagocytosisSpleenOrLymphNode");
export const readNkActivityLowOrAbsent = findingReader("pathology.nkActivityLowOrAbsent");
export const readDiastolic = numberReader("vitals.diastolicBpMmHg");
export const readStatedHypotension = findingReader("vitals.hypotension");
export const readOxygenDevice = choiceReader("vitals.oxygenDevice");
export const readOxygenFlow = numberReader("vitals.oxygenFlowLPerMin");
export const readSystolic = numberReader("vitals.systolicBpMmHg");
export const readVasopressin = findingReader("vitals.vasopressin");
export const readVasopressorCount = valueReader("vitals.vasopressorsExcludingVasopressin");
