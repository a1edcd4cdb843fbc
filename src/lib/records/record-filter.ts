/** Filtering and naming records in lists: pure, shared by the records page and tests. */
import type { StoredRecord } from './record.ts';

export interface RecordFilter {
	/** Form or checklist id; empty for all. */
	template: string;
	/** draft | saved | finished | deleted; empty for all not deleted. */
	status: string;
	/** Inclusive YYYY-MM-DD bounds on the last update, in local time. */
	from: string;
	to: string;
	/** Text the title must contain. */
	text: string;
}

export const EMPTY_FILTER: RecordFilter = { template: '', status: '', from: '', to: '', text: '' };

export function filterRecords(records: readonly StoredRecord[], filter: RecordFilter): StoredRecord[] {
	return records.filter((record) => {
		if (filter.status === 'deleted') {
			if (!record.deletedAt) return false;
		} else if (record.deletedAt || (filter.status && record.status !== filter.status)) {
			return false;
		}
		if (filter.template && record.template !== filter.template) return false;
		// updatedAt carries its offset; its first ten characters are the local date it was saved on.
		const day = record.updatedAt.slice(0, 10);
		if (filter.from && day < filter.from) return false;
		if (filter.to && day > filter.to) return false;
		if (filter.text && !record.title.includes(filter.text.trim())) return false;
		return true;
	});
}

/** Template titles by id, as both the full and the records-list catalog carry them. */
type Titles = Record<'forms' | 'checklists', ReadonlyArray<{ id: string; title: string }>>;

export function templateTitle(catalog: Titles, record: Pick<StoredRecord, 'kind' | 'template'>): string {
	const list = record.kind === 'form' ? catalog.forms : catalog.checklists;
	return list.find((t) => t.id === record.template)?.title ?? record.template;
}
