/** Vitest global setup: the tests run the templates as they are now, precompiled like every build does. */
import { buildTemplates } from '../../src/node/template-build.ts';

export default async function setup(): Promise<void> {
  await buildTemplates();
}
