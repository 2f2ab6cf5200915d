/** The checker's public entry points. The browser-safe ones are in draft.ts and context.ts, and findings in src/lib/rules/core. */
export {
  checkContent,
  CheckSetupError,
  listDocumentFiles,
  type CheckOptions,
  type CheckResult,
} from './check-content.ts';
export { checkDraft, type Draft } from './draft.ts';
export { compareFindings, countFindings, type Finding, type Severity } from '../rules/core/index.ts';
