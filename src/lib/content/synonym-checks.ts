/**
 * A search synonym maps what people type to words the handbook uses. A `means` word that the
 * handbook never uses would send every search for it to nothing, so the build refuses it.
 */
import type { ContentIssue } from '../content-issue.ts';
import type { HandbookSources, SourceEntry } from '../handbook-validation.ts';
import type { SearchSynonym } from '../../schemas/search-synonym.ts';

export function checkSynonyms(sources: HandbookSources, synonyms: readonly SourceEntry<SearchSynonym>[]): ContentIssue[] {
	const text = [
		...sources.procedures.flatMap((p) => [p.data.title, p.data.summary, ...p.data.aliases, ...p.index.clauses.map((c) => c.text)]),
		...sources.forms.flatMap((f) => [f.data.title, f.data.summary]),
	].join('\n');
	return synonyms.flatMap(({ id, file, data }) =>
		data.means.flatMap((word, i) =>
			text.includes(word)
				? []
				: [
						{
							file,
							field: `${id}.means[${i}]`,
							message: `规程和表单里没有「${word}」这个词，搜索它什么也找不到：改成规程正文里用的词`,
							value: word,
						},
					],
		),
	);
}
