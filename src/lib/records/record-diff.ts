/**
 * What differs between two versions of one record (the stored one and one in an import
 * file), as rows a person can compare: the field's label, the stored value and the file's,
 * both as the lists and print show them (local times, 是/否, options joined). Times that name
 * the same instant count as equal whatever offset they were written with, so a CSV written
 * in 北京时间 matches a record kept with another offset.
 */
import { canonicalJson } from './export-json.ts';
import type { TemplateCatalog } from './import-plan.ts';
import { displayValue, type FieldValue } from './field-values.ts';
import { STATUS_LABEL, type StoredRecord } from './record.ts';
import { formatDateTime, isOffsetIso, toOffsetIso } from './time.ts';

export interface Difference {
	label: string;
	/** The stored record's value, as shown. */
	mine: string;
	/** The file's value, as shown. */
	theirs: string;
}

const NONE = '—';

/** The value with every offset ISO time replaced by its instant in UTC. */
function instants(value: unknown): unknown {
	if (typeof value === 'string') return isOffsetIso(value) ? new Date(Date.parse(value)).toISOString() : value;
	if (Array.isArray(value)) return value.map(instants);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, instants(v)]));
	return value;
}

/** Whether two values hold the same data; times are compared as instants. */
export function sameContent(a: unknown, b: unknown): boolean {
	return canonicalJson(instants(a)) === canonicalJson(instants(b));
}

/** Local time to the second, for two times that read the same to the minute. */
const toSecond = (iso: string) => (isOffsetIso(iso) ? toOffsetIso(new Date(iso)).slice(0, 19).replace('T', ' ') : iso);

function timeRow(label: string, a: string | undefined, b: string | undefined): Difference {
	const [mine, theirs] = [a ? formatDateTime(a) : NONE, b ? formatDateTime(b) : NONE];
	return mine === theirs && a && b ? { label, mine: toSecond(a), theirs: toSecond(b) } : { label, mine, theirs };
}

interface Mark {
	done?: boolean;
	notApplicable?: boolean;
	result?: string;
	evidence?: string;
	at?: string;
	by?: string;
}

/** A checklist item's mark as text: 已完成 · 2026-11-26 09:30 · 赵六, 不符合：证据 · 时间, 未审核. */
function markText(kind: 'operational' | 'audit', mark: Mark | undefined): string {
	if (!mark || (kind === 'operational' && !mark.done && !mark.notApplicable))
		return kind === 'audit' ? '未审核' : '未勾选';
	const head =
		kind === 'audit'
			? `${mark.result ?? ''}${mark.evidence ? `：${mark.evidence}` : ''}`
			: mark.notApplicable
				? '不适用'
				: '已完成';
	return [head, mark.at ? formatDateTime(mark.at) : '', mark.by ?? ''].filter(Boolean).join(' · ');
}

const text = (value: unknown) =>
	value === undefined || value === '' ? NONE : typeof value === 'string' ? value : JSON.stringify(value);

type Values = Record<string, unknown>;

/** Rows for the values: form fields in template order, checklist meta and items in checklist order. */
function valueRows(mine: StoredRecord, theirs: StoredRecord, catalog: TemplateCatalog): Difference[] {
	const a: Values = mine.values;
	const b: Values = theirs.values;
	const rows: Difference[] = [];
	const known = new Set<string>();
	const compare = (key: string, label: string, show: (value: unknown) => string) => {
		known.add(key);
		if (!sameContent(a[key], b[key])) rows.push({ label, mine: show(a[key]), theirs: show(b[key]) });
	};
	if (mine.kind === 'form') {
		const form = catalog.forms.find((f) => f.id === mine.template);
		for (const field of form?.fields ?? [])
			compare(field.id, field.label, (v) => displayValue(field, v as FieldValue | undefined) || NONE);
	} else {
		const checklist = catalog.checklists.find((c) => c.id === mine.template);
		const kind = checklist?.kind ?? 'operational';
		compare('caseRef', '关联单号或房号', text);
		compare('auditor', '审核人', text);
		compare('scope', '审核范围', text);
		const [ua, ub] = [a['unreviewed'], b['unreviewed']] as Array<{ reason?: string; items?: string[] } | undefined>;
		known.add('unreviewed');
		if (!sameContent(ua?.reason, ub?.reason))
			rows.push({ label: '未审核原因', mine: text(ua?.reason), theirs: text(ub?.reason) });
		const number = (id: string) => {
			const at = checklist?.items.findIndex((item) => item.id === id) ?? -1;
			return at < 0 ? id : String(at + 1);
		};
		const itemList = (ids: string[] | undefined) => (ids?.length ? `第 ${ids.map(number).join('、')} 项` : NONE);
		if (!sameContent(ua?.items, ub?.items))
			rows.push({ label: '未审核的项', mine: itemList(ua?.items), theirs: itemList(ub?.items) });
		const [ia, ib] = [(a['items'] ?? {}) as Record<string, Mark>, (b['items'] ?? {}) as Record<string, Mark>];
		known.add('items');
		const ids = [...(checklist?.items.map((item) => item.id) ?? [])];
		for (const id of [...Object.keys(ia), ...Object.keys(ib)]) if (!ids.includes(id)) ids.push(id);
		for (const id of ids) {
			if (sameContent(ia[id], ib[id])) continue;
			const item = checklist?.items.find((i) => i.id === id);
			const label = item ? `第 ${number(id)} 项 ${item.text}` : id;
			rows.push({ label, mine: markText(kind, ia[id]), theirs: markText(kind, ib[id]) });
		}
	}
	// Values the template does not know (a removed field): shown by their id rather than hidden.
	for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
		if (!known.has(key) && !sameContent(a[key], b[key]))
			rows.push({ label: key, mine: text(a[key]), theirs: text(b[key]) });
	return rows;
}

/** Every difference between the stored `mine` and the file's `theirs`, content first, then the record's own data. */
export function recordDifferences(mine: StoredRecord, theirs: StoredRecord, catalog: TemplateCatalog): Difference[] {
	const rows = valueRows(mine, theirs, catalog);
	const plain: Array<[keyof StoredRecord, string, (r: StoredRecord) => string]> = [
		['title', '标题', (r) => r.title || NONE],
		['template', mine.kind === 'form' ? '表单' : '清单', (r) => r.template],
		['templateCode', '表单编号', (r) => r.templateCode],
		['status', '状态', (r) => STATUS_LABEL[r.status]],
		['revision', '修订号', (r) => String(r.revision)],
		['templateVersion', mine.kind === 'form' ? '表单版本' : '清单版本', (r) => r.templateVersion],
		['procedureVersion', '规程版本', (r) => r.procedureVersion],
	];
	for (const [key, label, show] of plain)
		if (!sameContent(mine[key], theirs[key])) rows.push({ label, mine: show(mine), theirs: show(theirs) });
	const times: Array<['createdAt' | 'updatedAt' | 'deletedAt', string]> = [
		['createdAt', '创建时间'],
		['updatedAt', '更新时间'],
		['deletedAt', '删除时间'],
	];
	for (const [key, label] of times)
		if (!sameContent(mine[key], theirs[key])) rows.push(timeRow(label, mine[key], theirs[key]));
	return rows;
}
