/**
 * Mutations of valid profiles and hostile YAML through the CLI (issue 16, «What to build» 6):
 * each case ends in exit 0, 1 or 2 within 5 s and 500 MB, with a message and no stack trace, and
 * writes nothing outside `--out`. Most cases run in process (the binary's own `main`); a share
 * runs in a real process with V8's heap capped at 500 MB.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { hostileYaml, mutatedProfile } from './arbitraries.ts';
import { inChild, runCase } from './cases.ts';
import { fuzzParams } from './config.ts';

/** The mutated profile as a file: YAML, or JSON (which carries NaN and Infinity as null). */
function asFile(profile: unknown, json: boolean): { name: string; text: string } | null {
  try {
    return json
      ? { name: 'profile.json', text: JSON.stringify(profile) ?? 'null' }
      : { name: 'profile.yaml', text: stringify(profile, { lineWidth: 0 }) };
  } catch {
    // The YAML writer refuses some values (a lone surrogate in a key): nothing to feed then.
    return null;
  }
}

test('mutated profiles: exit 0, 1 or 2 with a message, in time, nothing outside --out', { timeout: 3_600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(mutatedProfile, fc.boolean(), async (profile, json) => {
      const file = asFile(profile, json);
      if (file === null) return;
      const { validate } = await runCase('mutated', file.name, file.text, undefined, 'html,docx');
      if (validate.exit !== 0) expect(validate.stderr).toMatch(/[а-яё]/);
    }),
    fuzzParams(0.5),
  );
});

test('hostile YAML: exit 0, 1 or 2 with a message in Russian, in time', { timeout: 3_600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(hostileYaml, async (content) => {
      const { validate } = await runCase('hostile-yaml', 'profile.yaml', content, undefined, 'html');
      if (validate.exit !== 0) expect(validate.stderr).toMatch(/[а-яё]/);
    }),
    fuzzParams(0.4),
  );
});

test('in a real process with a 500 MB heap: mutated profiles and hostile YAML', { timeout: 3_600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        mutatedProfile.map((p) => asFile(p, false)?.text ?? '{}'),
        hostileYaml,
      ),
      async (content) => {
        await runCase('child', 'profile.yaml', content, inChild, 'html,docx,pdf');
      },
    ),
    fuzzParams(0.02, 3),
  );
});
