/**
 * Mounts the audit from a plain module script. Not an Astro island: islands need an inline
 * bootstrap script, which the site's CSP (script-src 'self') does not allow.
 */
import { render } from 'preact';
import Audit from './Audit.tsx';
import { readSampleLinks } from './ui/links.ts';

export function mountAudit(root: HTMLElement): void {
  const samples = readSampleLinks(root);
  root.replaceChildren();
  render(<Audit samples={samples} />, root);
}
