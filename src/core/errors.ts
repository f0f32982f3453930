/**
 * Errors of the engine. Problems in the user's input are reported as validation issues and
 * never thrown; these classes are for template and rendering failures, which are our bugs
 * or a template author's, and carry enough context (document, template line) to fix them.
 */

export class OpkitError extends Error {
  override name = 'OpkitError';
}

/** A template failed to render: missing variable in strict mode, syntax error, bad front matter. */
export class TemplateError extends OpkitError {
  override name = 'TemplateError';
  readonly template: string;
  readonly line: number | null;
  constructor(template: string, message: string, line: number | null = null) {
    super(`${template}${line === null ? '' : `:${line}`}: ${message}`);
    this.template = template;
    this.line = line;
  }
}

/** The Markdown a template produced uses a construct the document model does not have. */
export class ModelError extends OpkitError {
  override name = 'ModelError';
}

export function isOpkitError(error: unknown): error is OpkitError {
  return error instanceof Error && /^(OpkitError|TemplateError|ModelError|ConsistencyError|OverrideError)$/.test(error.name);
}
