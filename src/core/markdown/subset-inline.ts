/**
 * Inline Markdown of the template subset: text, soft and hard line breaks, and `*` / `_`
 * emphasis and strong emphasis, resolved by CommonMark's delimiter rules the way micromark
 * applies them (flanking, the rule of three, innermost match first). Anything else that could
 * be inline syntax (code, links, HTML, entities, escapes, strikethrough, text directives,
 * autolinks) makes it return null, and the caller falls back to remark.
 */
import type { PhrasingContent } from 'mdast';

/**
 * Text this parser does not read like remark would: inline constructs other than emphasis,
 * GFM autolink literals (`www.`, `http://`, `@`), text directives (a colon before anything but
 * whitespace or punctuation: `:name`, `10:30`), and astral characters, which micromark
 * classifies by a truncated code unit.
 */
const UNSUPPORTED = /[\\`<&[~@\uD800-\uDFFF]|:[^\s\p{P}\p{S}]|www\.|https?:\/\//iu;

/** Stands for a hard line break inside the content string (the input never holds NUL). */
export const HARD_BREAK = '\u0000';

const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

type CharClass = 'whitespace' | 'punctuation' | 'other';

interface Delimiter {
  kind: 'delimiter';
  marker: '*' | '_';
  size: number;
  open: boolean;
  close: boolean;
}

type Item = { kind: 'text'; value: string } | { kind: 'break' } | { kind: 'group'; strong: boolean; children: Item[] } | Delimiter;

function classify(ch: string | undefined): CharClass {
  if (ch === undefined || ch === '\n' || ch === HARD_BREAK || WHITESPACE.test(ch)) return 'whitespace';
  return PUNCTUATION.test(ch) ? 'punctuation' : 'other';
}

/** Split content into text, breaks and delimiter runs with their opening and closing powers. */
function tokenize(content: string): Item[] {
  const items: Item[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') items.push({ kind: 'text', value: text });
    text = '';
  };
  let i = 0;
  while (i < content.length) {
    const ch = content[i] as string;
    if (ch === '*' || ch === '_') {
      let end = i + 1;
      while (content[end] === ch) end++;
      const before = classify(content[i - 1]);
      const after = classify(content[end]);
      // micromark's attention tokenizer: left/right flanking, `_` stricter inside words.
      const open = after === 'other' || (after === 'punctuation' && before !== 'other');
      const close = before === 'other' || (before === 'punctuation' && after !== 'other');
      flush();
      items.push({
        kind: 'delimiter',
        marker: ch,
        size: end - i,
        open: ch === '*' ? open : open && (before !== 'other' || !close),
        close: ch === '*' ? close : close && (after !== 'other' || !open),
      });
      i = end;
    } else if (ch === HARD_BREAK) {
      flush();
      items.push({ kind: 'break' });
      i++;
    } else {
      text += ch;
      i++;
    }
  }
  flush();
  return items;
}

function asText(item: Item): Item {
  return item.kind === 'delimiter' ? { kind: 'text', value: item.marker.repeat(item.size) } : item;
}

/** Pair closers with the nearest possible opener, left to right (micromark's resolveAllAttention). */
function resolveEmphasis(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const closer = items[i];
    if (closer?.kind !== 'delimiter' || !closer.close) continue;
    let j = i - 1;
    for (; j >= 0; j--) {
      const candidate = items[j];
      if (candidate?.kind !== 'delimiter' || !candidate.open || candidate.marker !== closer.marker) continue;
      const ruleOfThree = (candidate.close || closer.open) && closer.size % 3 !== 0 && (candidate.size + closer.size) % 3 === 0;
      if (!ruleOfThree) break;
    }
    const opener = items[j];
    if (j < 0 || opener?.kind !== 'delimiter') continue;
    const use = opener.size > 1 && closer.size > 1 ? 2 : 1;
    // micromark resolves what lies between the pair once more on its own (a pair the rule of
    // three kept apart may match now), then what is left unmatched is plain text.
    const inner = items.slice(j + 1, i);
    resolveEmphasis(inner);
    const group: Item = { kind: 'group', strong: use === 2, children: inner.map(asText) };
    opener.size -= use;
    closer.size -= use;
    const replacement: Item[] = [];
    if (opener.size > 0) replacement.push(opener);
    replacement.push(group);
    if (closer.size > 0) replacement.push(closer);
    items.splice(j, i - j + 1, ...replacement);
    // Look at what is left of the closer again, or go on after the group.
    i = j + replacement.length - (closer.size > 0 ? 2 : 1);
  }
}

function toMdast(items: readonly Item[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const raw of items) {
    const item = asText(raw);
    if (item.kind === 'text') {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.value += item.value;
      else out.push({ type: 'text', value: item.value });
    } else if (item.kind === 'break') {
      out.push({ type: 'break' });
    } else if (item.kind === 'group') {
      const children = toMdast(item.children);
      out.push(item.strong ? { type: 'strong', children } : { type: 'emphasis', children });
    }
  }
  return out;
}

/**
 * Phrasing content of one paragraph, heading or cell. `content` has its lines joined with
 * "\n" (soft breaks) or HARD_BREAK, leading and trailing spaces already removed.
 */
export function parseInline(content: string): PhrasingContent[] | null {
  if (UNSUPPORTED.test(content)) return null;
  const items = tokenize(content);
  resolveEmphasis(items);
  return toMdast(items);
}
