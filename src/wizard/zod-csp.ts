/**
 * The site's CSP has no 'unsafe-eval'. zod decides when an object schema is made whether to compile
 * its parser with `new Function`, probing for it (a probe the CSP reports as a violation), unless
 * told not to. Set here, before any of the wizard's schemas is made: they load on demand, in
 * whichever order the owner's steps ask for them. Only zod's config (a few bytes), not zod itself.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
