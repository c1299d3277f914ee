// Auto top-up: settings (admins), the off-session purchase, the pause notice. Not re-exported by
// lib/billing's index (it reaches lib/orgs, which reads plan limits from lib/billing).
export { autoTopUpDue, autoTopUpDueForJob } from "./due";
export { getAutoTopUp, saveAutoTopUp, type AutoTopUpState } from "./settings";
export { runAutoTopUp, type AutoTopUpOutcome } from "./run";
export { notifyAutoTopUpPaused } from "./notify";
