import { readFileSync, readdirSync } from 'node:fs';

const PROCEDURES = new URL('../../content/procedures/', import.meta.url);

/**
 * The procedures not yet drafted, in order, read from the content so the tests follow it as
 * procedures are written (none once all twenty are). Read synchronously: the page list below is.
 */
export const PLANNED_IDS: string[] = readdirSync(PROCEDURES)
	.filter((file) => file.endsWith('.mdx'))
	.sort()
	.filter((file) => /^status: planned$/m.test(readFileSync(new URL(file, PROCEDURES), 'utf8')))
	.map((file) => file.replace(/\.mdx$/, ''));

/**
 * One example URL per page type, shared by the accessibility, screenshot and budget tests.
 * `interactive` pages carry a widget and may load script; every other page ships none.
 */
export const PAGE_TYPES = [
	{ name: 'home', path: '/', interactive: false },
	{ name: 'procedure-controlled', path: '/procedures/kf01-01/', interactive: true },
	{ name: 'procedure-draft', path: '/procedures/kf01-06/', interactive: true },
	...PLANNED_IDS.slice(0, 1).map((id) => ({
		name: 'procedure-planned',
		path: `/procedures/${id}/`,
		interactive: false,
	})),
	{ name: 'roles', path: '/roles/', interactive: false },
	{ name: 'role', path: '/roles/kf-a/', interactive: false },
	{ name: 'glossary', path: '/glossary/', interactive: false },
	{ name: 'start', path: '/start/', interactive: false },
	{ name: 'checklist', path: '/checklists/repair-audit/', interactive: true },
	{ name: 'forms', path: '/forms/', interactive: false },
	{ name: 'form', path: '/forms/repair-register/', interactive: true },
	{ name: 'form-print', path: '/forms/work-order/print/', interactive: true },
	{ name: 'records', path: '/records/', interactive: true },
	{ name: 'learning-path', path: '/learn/kf-a/', interactive: true },
	{ name: 'training-record', path: '/training/', interactive: true },
] as const;
