/**
 * Mounts the wizard from a plain module script. Not an Astro island: islands need an inline
 * bootstrap script, which the site's CSP (script-src 'self') does not allow.
 */
import { render } from 'preact';
import Wizard from './Wizard.tsx';

export function mountWizard(root: HTMLElement): void {
  root.replaceChildren();
  render(<Wizard />, root);
}
