/** Markdown text → mdast, with GFM tables and directives (`:::table{…}`, `::pagebreak`). */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { parseSubset } from './subset-parse.ts';

/** Set up on first use: combining micromark's extensions is work a pack rarely needs. */
let processor: ReturnType<typeof createProcessor> | null = null;

function createProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
}

/** The reference parse: remark, with positions (error messages quote their line numbers). */
export function parseWithRemark(markdown: string): Root {
  processor ??= createProcessor();
  return processor.runSync(processor.parse(markdown)) as Root;
}

/**
 * The templates' own subset parses ~20× faster without micromark (subset-parse.ts), to the
 * same tree less positions; anything beyond it goes to remark.
 */
export function parseMarkdown(markdown: string): Root {
  return parseSubset(markdown) ?? parseWithRemark(markdown);
}
