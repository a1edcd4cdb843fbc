/**
 * The one Astro content collection: procedure bodies, which Astro's MDX pipeline renders.
 * Everything else in `content/` is read, and all of it validated, by the handbook loader
 * (`src/lib/content/load-handbook.ts`), which the content-check integration runs before
 * the build; so the schema is not repeated here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	procedures: defineCollection({ loader: glob({ base: './content/procedures', pattern: '*.mdx' }) }),
};
