/**
 * Every clause id a template can produce, read from its source without a profile: a firm's
 * overrides apply to all its clients, so they are checked against what any client's document
 * may hold (a clause under `{{#if}}` included). An id part written with Handlebars
 * (`position-{{id}}`, a catalog duty's `{{id}}`) matches any slug there.
 */

export interface TemplateIds {
  /** The document id (front matter `id`). */
  document: string;
  /** Full ids as written, with `*` for a part made by Handlebars: `motivation.pay.position-*`. */
  ids: string[];
}

const MARKER = /\{#((?:[^{}\s]|\{\{[^}]*\}\})+)\}/;
const FRONT_ID = /^id:\s*["']?([a-z0-9-]+)["']?\s*$/m;

function part(raw: string): string {
  return raw.replace(/\{\{[^}]*\}\}/g, '*');
}

/** The ids of one template's source, in order. */
export function templateIds(source: string): TemplateIds | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const document = front ? FRONT_ID.exec(front[1] ?? '')?.[1] : undefined;
  if (!document || !front) return null;
  const ids: string[] = [];
  let section: string | null = null;
  let clause: string | null = null;
  const full = (...parts: Array<string | null>) => [document, ...parts.filter((p): p is string => p !== null)].join('.');
  for (const line of source.slice(front[0].length).split(/\r?\n/)) {
    const marker = MARKER.exec(line);
    if (!marker) continue;
    const id = part(marker[1] as string);
    if (/^#\s/.test(line)) {
      section = id;
      clause = null;
      ids.push(full(section));
    } else if (/^\d+\.\s/.test(line)) {
      clause = id;
      ids.push(full(section, clause));
    } else if (/^\s+\d+\.\s/.test(line)) {
      ids.push(full(section, clause, id));
    } else if (/^:::table\{/.test(line)) {
      ids.push(full(section, id));
    }
  }
  return { document, ids };
}

/** Whether `target` is one of `ids`, a `*` part standing for any slug. */
export function matchesId(target: string, ids: readonly string[]): boolean {
  const parts = target.split('.');
  return ids.some((id) => {
    const pattern = id.split('.');
    return pattern.length === parts.length && pattern.every((p, i) => p === parts[i] || matchesPart(p, parts[i] as string));
  });
}

function matchesPart(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return false;
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[a-z0-9-]+')}$`);
  return re.test(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
