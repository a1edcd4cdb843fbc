/**
 * Everyday words and the handbook's words they mean, in `content/search-synonyms.yaml`: search
 * looks for 漏水 when someone types 渗水, for 入住 when they type 收房. Kept as content so the
 * document controller adds a word the front desk hears without touching code.
 */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

export const searchSynonymSchema = z.strictObject({
	id: slug,
	/** What people type. */
	words: z.array(text).min(1, { error: '至少写一个常说的词' }),
	/** The words the procedures use for it; the first is tried first. */
	means: z.array(text).min(1, { error: '至少写一个规程里的词' }),
});
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
