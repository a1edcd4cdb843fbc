/** 术语 (glossary) entries in `content/glossary.yaml`. */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

export const glossarySchema = z.strictObject({
	id: slug,
	term: text,
	definition: text,
	aliases: z.array(text).default([]),
	/** Law, standard or document the definition follows. */
	source: text.optional(),
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;
