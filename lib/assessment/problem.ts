/**
 * A validation problem and its one-line wording, apart from the validator (./validate.ts): the
 * pages that only show problems (a refused link, file or draft) must not load zod with them.
 */

/** One validation problem: the field path (`labs.ferritinNgPerMl`) and a message a person can act on. */
export interface ValidationProblem {
  readonly path: string;
  readonly message: string;
}

/** A problem as one line for a person: "labs.ferritinNgPerMl: …", or the message alone when it concerns the whole file. */
export function problemText(problem: ValidationProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
