/**
 * A page that prepared the wizard's draft (the audit) leaves one sentence in sessionStorage under
 * this key; the wizard shows it once instead of the usual «draft restored». A module of its own so
 * the audit page can name the key without pulling the wizard into its bundle.
 */
export const HANDOVER_NOTICE_KEY = 'opkit.wizard.notice';
