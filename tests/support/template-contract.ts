/**
 * The view ↔ template contract, checked without rendering: every field a template names (in every
 * branch, taken or not) must exist in the views its document builds. Views are observed rather
 * than typed here: the union of the views of many profiles gives each field's shape (object,
 * array of what, scalar), and a template path that runs through a field no view ever had, or into
 * a value no view ever filled, is reported with the template's line.
 */
import Handlebars from 'handlebars';

type Kind = 'null' | 'undefined' | 'string' | 'number' | 'boolean' | 'object' | 'array' | 'function';

export interface Shape {
  kinds: Set<Kind>;
  props: Map<string, Shape>;
  items: Shape | null;
}

export function emptyShape(): Shape {
  return { kinds: new Set(), props: new Map(), items: null };
}

/** Add one observed value to a shape. */
export function observe(shape: Shape, value: unknown): Shape {
  if (value === null) shape.kinds.add('null');
  else if (Array.isArray(value)) {
    shape.kinds.add('array');
    shape.items ??= emptyShape();
    for (const item of value) observe(shape.items, item);
  } else if (typeof value === 'object') {
    shape.kinds.add('object');
    for (const [key, v] of Object.entries(value)) {
      let prop = shape.props.get(key);
      if (!prop) {
        prop = emptyShape();
        shape.props.set(key, prop);
      }
      observe(prop, v);
    }
  } else shape.kinds.add(typeof value as Kind);
  return shape;
}

/** Helpers the engine registers (src/core/templating/environment.ts) and the built-in block helpers. */
const HELPERS = new Set(['eq', 'ne', 'gt', 'and', 'or', 'not', 'plural', 'join', 'inc', 'upper']);

export interface ContractProblem {
  line: number;
  path: string;
  reason: string;
}

type Node = hbs.AST.Node;

function isPath(node: Node): node is hbs.AST.PathExpression {
  return node.type === 'PathExpression';
}

/** Check a template's source against the shape of its views. */
export function checkTemplate(source: string, view: Shape): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const ast = Handlebars.parse(source);

  const resolve = (path: hbs.AST.PathExpression, stack: readonly Shape[]): Shape | null => {
    const line = path.loc.start.line;
    if (path.data) return null; // @index, @first, @last: always there
    const base = stack[stack.length - 1 - path.depth];
    if (!base) {
      problems.push({ line, path: path.original, reason: 'выход за пределы контекста (../)' });
      return null;
    }
    let shape: Shape = base;
    const seen: string[] = [];
    for (const part of path.parts) {
      seen.push(part);
      if (part === 'length' && shape.kinds.has('array')) return emptyShape();
      const next = shape.props.get(part);
      if (next) {
        shape = next;
        continue;
      }
      const reason = shape.kinds.has('object')
        ? `в view нет поля «${seen.join('.')}»`
        : `«${seen.slice(0, -1).join('.') || 'this'}» ни в одном профиле не бывает объектом: поле «${part}» не проверить`;
      problems.push({ line, path: path.original, reason });
      return null;
    }
    return shape;
  };

  const expression = (node: Node, stack: readonly Shape[]): Shape | null => {
    if (isPath(node)) return resolve(node, stack);
    if (node.type === 'SubExpression') {
      const sub = node as hbs.AST.SubExpression;
      helperCall(sub.path, sub.params, stack);
    }
    return null;
  };

  const helperCall = (
    path: hbs.AST.PathExpression | hbs.AST.Expression,
    params: readonly hbs.AST.Expression[],
    stack: readonly Shape[],
  ) => {
    const name = isPath(path) ? path.original : '';
    if (!HELPERS.has(name)) problems.push({ line: path.loc.start.line, path: name, reason: `неизвестный помощник «${name}»` });
    for (const param of params) expression(param, stack);
  };

  const walk = (node: Node | undefined | null, stack: readonly Shape[]): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const child of (node as hbs.AST.Program).body) walk(child, stack);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length > 0 || (isPath(m.path) && HELPERS.has(m.path.original))) helperCall(m.path, m.params, stack);
        else expression(m.path, stack);
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = isPath(b.path) ? b.path.original : '';
        const [first] = b.params;
        if (name === 'if' || name === 'unless') {
          if (first) expression(first, stack);
          walk(b.program, stack);
          walk(b.inverse, stack);
        } else if (name === 'each' || name === 'with') {
          const target = first ? expression(first, stack) : null;
          let inner: Shape | null = target;
          if (name === 'each' && target) inner = target.items ?? (target.kinds.has('object') ? mergedValues(target) : null);
          if (target && !inner)
            problems.push({
              line: b.loc.start.line,
              path: first && isPath(first) ? first.original : name,
              reason: 'ни в одном профиле не бывает непустым списком',
            });
          if (inner) walk(b.program, [...stack, inner]);
          walk(b.inverse, stack);
        } else problems.push({ line: b.loc.start.line, path: name, reason: `неизвестный блок «${name}»` });
        return;
      }
      default:
        return; // content, comments
    }
  };

  walk(ast, [view]);
  return problems;
}

function mergedValues(shape: Shape): Shape {
  const out = emptyShape();
  for (const prop of shape.props.values()) {
    for (const k of prop.kinds) out.kinds.add(k);
    for (const [key, v] of prop.props) out.props.set(key, v);
    out.items ??= prop.items;
  }
  return out;
}
