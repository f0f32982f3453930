/** Every wizard step's «how to» link leads to a built methodology page and to a heading on it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { STEPS } from '../../src/wizard/state/steps.ts';
import { DIST, ensureSiteBuilt, SITE_TIMEOUT_MS } from '../support/site.ts';

beforeAll(async () => {
  await ensureSiteBuilt();
}, SITE_TIMEOUT_MS);

it.each(STEPS.filter((s) => s.help !== null).map((s) => [s.id, s.help!.href] as const))(
  'step %s links to %s, which exists',
  (_step, href) => {
    const [page, anchor] = href.split('#') as [string, string | undefined];
    const file = path.join(DIST, page, 'index.html');
    expect(existsSync(file), file).toBe(true);
    if (anchor) expect(readFileSync(file, 'utf8')).toContain(`id="${anchor}"`);
  },
);
