/** `npm run build:templates`: precompile the document templates (see src/node/template-build.ts). */
import path from 'node:path';
import { buildTemplates, GENERATED_TEMPLATES } from '../src/node/template-build.ts';

if (await buildTemplates()) console.log(`wrote ${path.relative(process.cwd(), GENERATED_TEMPLATES)}`);
