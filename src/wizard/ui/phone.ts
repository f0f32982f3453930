/** Phones: the width below which the wizard's stylesheet lays a step out in one narrow column (wizard.css). */
export const PHONE = '(max-width: 639px)';

/** Whether the page is on a phone-wide screen now (false where there is no matchMedia, as in tests). */
export const onPhone = (): boolean => globalThis.matchMedia?.(PHONE).matches ?? false;
