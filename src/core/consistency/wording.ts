/**
 * Wording a signed document must not carry: «например» with a figure in a binding clause (a
 * placeholder where the rule needs a value: «не меньше установленного времени (например, 30
 * секунд)»), and doubled punctuation left by joined strings («шт..», «: :»). Illustrations
 * («например, просит сразу выставить счёт») and the worked-example sections stay allowed.
 */
import { DOUBLED_PUNCTUATION } from '../text/punctuation.ts';
import { passages } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

/** «например» and a figure soon after it, in the same parenthesis or sentence. */
const PLACEHOLDER = /например[,:]?\s[^.;()]{0,20}?\d/iu;
/** Sections of examples and notes: not binding. */
const NOT_BINDING = /example|sample|note|illustrat/;
const DOUBLED = DOUBLED_PUNCTUATION;

export const checkWording: PackCheck = ({ models }) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    const key = `${finding.message}|${finding.where[0]?.document}|${finding.where[0]?.clause}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  for (const model of models) {
    for (const passage of passages(model)) {
      const where = [{ document: passage.document, clause: passage.clause }];
      const binding =
        (passage.kind === 'clause' || passage.kind === 'table') &&
        !NOT_BINDING.test(passage.section ?? '') &&
        !NOT_BINDING.test(passage.clause ?? '');
      const placeholder = binding ? PLACEHOLDER.exec(passage.text) : null;
      if (placeholder) {
        add({
          check: 'wording',
          severity: 'error',
          message: `в обязательном пункте значение дано примером («${placeholder[0]}…»): пункт должен устанавливать значение, а не предлагать его`,
          where,
        });
      }
      if (passage.kind === 'approval') continue;
      const doubled = DOUBLED.exec(passage.text);
      if (doubled) {
        const at = doubled.index;
        add({
          check: 'wording',
          severity: 'error',
          message: `сдвоенные знаки препинания «${passage.text.slice(Math.max(0, at - 12), at + doubled[0].length + 4).trim()}»`,
          where,
        });
      }
    }
  }
  return findings;
};
