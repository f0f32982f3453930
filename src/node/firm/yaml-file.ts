/**
 * A YAML file of the firm folder with its lines: values come back with the line they stand on,
 * so every message about a firm's file names the line to fix.
 */
import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { OverrideProblem } from '../../core/firm/overrides.ts';

export interface YamlFile {
  /** The path as shown in messages. */
  file: string;
  doc: Document;
  value: unknown;
  /** The line of the node at `path` (1-based), or of the nearest node above it. */
  lineOf(path: ReadonlyArray<string | number>): number;
  /** The line where the text of the scalar at `path` starts: the next line for a block scalar (`|`). */
  textLineOf(path: ReadonlyArray<string | number>): number | null;
}

/** Read a YAML text; a syntax error is a problem with its line. */
export function parseYamlFile(text: string, file: string): YamlFile | OverrideProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({
      file,
      line: lineCounter.linePos(e.pos[0]).line,
      message: `ошибка синтаксиса YAML: ${e.message.split('\n')[0] ?? ''}`,
    }));
  }
  const nodeAt = (path: ReadonlyArray<string | number>): Node | null => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return node;
    }
    return null;
  };
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return {
    file,
    doc,
    value: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      const node = nodeAt(path);
      return node?.range ? lineAt(node.range[0]) : 1;
    },
    textLineOf(path) {
      const node = doc.getIn(path, true);
      if (!isNode(node) || !node.range) return null;
      const block = 'type' in node && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
      return lineAt(node.range[0]) + (block ? 1 : 0);
    },
  };
}

/** The file's text, or null when the firm folder does not have it. */
export async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
