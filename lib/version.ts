import pkg from "../package.json";

/** The app's version, printed on every summary with the scoring rules' version (RULES_VERSION). */
export const APP_VERSION: string = pkg.version;
