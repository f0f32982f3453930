/** opkit's version as package.json gives it, for `--version` and the manifest (core is passed it: it reads nothing). */
import pkg from '../../package.json' with { type: 'json' };

export const OPKIT_VERSION: string = pkg.version;
