/** opkit's version for the manifests the site builds, from package.json at build time (the CLI's is src/node/version.ts). */
import pkg from '../../package.json' with { type: 'json' };

export const OPKIT_VERSION: string = pkg.version;
