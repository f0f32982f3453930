/**
 * User strings are never parsed as Markdown. Before a template runs, every string in its
 * view is swapped for an opaque token made of private-use characters; Handlebars and remark
 * see only tokens, which no Markdown or Handlebars rule can act on, and the model builder
 * swaps the original strings back into the text runs. So «**ООО** <b>{{x}}</b>» typed as a
 * company name comes out verbatim in every renderer and changes nothing around it.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const DIGIT0 = 0xe100;
/** A token and the full stop the template may put right after it. */
const TOKEN = /\uE000([\uE100-\uE109]+)\uE001(\.?)/g;

export class LiteralTable {
  private readonly values: string[] = [];
  /** A view repeats its strings (names, units, titles) many times over: one token each. */
  private readonly tokens = new Map<string, string>();

  /** The token standing for `value`. Empty strings stay empty so `{{#if}}` still sees them as false. */
  token(value: string): string {
    if (value === '') return '';
    const known = this.tokens.get(value);
    if (known !== undefined) return known;
    const index = this.values.push(value) - 1;
    let digits = '';
    for (const d of String(index)) digits += String.fromCharCode(DIGIT0 + d.charCodeAt(0) - 48);
    const token = `${OPEN}${digits}${CLOSE}`;
    this.tokens.set(value, token);
    return token;
  }

  /**
   * Replace every token in `text` with the string it stands for. A sentence that ends on a string
   * ending in a full stop («ООО «СХ.»» is not, «СХ.» or «2027 г.» is) takes no second one: the
   * template cannot know how the string ends.
   */
  resolve(text: string): string {
    if (!text.includes(OPEN)) return text;
    return text.replace(TOKEN, (_, digits: string, stop: string) => {
      let index = 0;
      for (let i = 0; i < digits.length; i++) index = index * 10 + digits.charCodeAt(i) - DIGIT0;
      const value = this.values[index];
      if (value === undefined) throw new RangeError(`unknown literal token ${index}`);
      return value.endsWith('.') ? value : value + stop;
    });
  }

  /** Deep copy of a view with every string replaced by its token. */
  protect<T>(view: T): T {
    return this.walk(view) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.token(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.walk(v);
      return out;
    }
    return value;
  }
}

/** True when a string still holds a token (a bug: something bypassed resolution). */
export function hasToken(text: string): boolean {
  return text.includes(OPEN) || text.includes(CLOSE);
}
