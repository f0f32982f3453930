/**
 * Content collections of the site. The methodology articles live in content/methodology/, beside
 * the catalogs, as content the project ships rather than site code.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { WIZARD_STEP_IDS } from './site/wizard-steps.ts';

const methodology = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/methodology' }),
  schema: z.object({
    title: z.string(),
    /** One sentence for the index, the landing page and the meta description. */
    description: z.string(),
    /** Position in the index: the order a reader would best take them in. */
    order: z.number().int(),
    /** Wizard steps where the article's decisions are made; the page ends with links to them. */
    wizardSteps: z.array(z.enum(WIZARD_STEP_IDS)).min(1),
    /** Ids of sample documents that show the article's decisions in print. */
    samples: z.array(z.string()).min(1),
  }),
});

export const collections = { methodology };
