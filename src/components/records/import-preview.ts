/**
 * The import preview: reads the chosen file, shows what would be added, what conflicts
 * (keep / replace / keep both, per record), what is unchanged, what is rejected (row,
 * field, message) and what imports other than the file reads (a CSV column the form no
 * longer has), and writes nothing until the user confirms. A file whose digest does not
 * match must be confirmed explicitly. Loaded only when a file is chosen.
 */
import { el } from '../dom.ts';
import {
	MAX_IMPORT_BYTES,
	planImport,
	resolveImport,
	type Conflict,
	type ConflictChoice,
	type ImportPlan,
	type RowProblem,
	type TemplateCatalog,
} from '../../lib/records/import-plan.ts';
import { shortId, type StoredRecord } from '../../lib/records/record.ts';
import { templateTitle } from '../../lib/records/record-filter.ts';
import { storeMessage } from '../../lib/storage/database.ts';

const CHOICES: Array<[ConflictChoice, string]> = [
	['keep', '保留本机的'],
	['replace', '用文件中的替换'],
	['both', '两者都保留'],
];

const DIGEST_NOTE: Record<ImportPlan['digest'], [string, string]> = {
	ok: ['ok', '摘要校验通过：文件自导出后未被修改。'],
	mismatch: ['error', '摘要不符：文件在导出后被修改过，内容可能不可信。默认不导入。'],
	none: ['warning', 'CSV 文件没有摘要，无法确认是否被修改过。'],
};

function problemsTable(problems: RowProblem[]): HTMLElement {
	return el(
		'div',
		{ className: 'table-scroll' },
		el(
			'table',
			{ className: 'import__problems' },
			el(
				'thead',
				{},
				el(
					'tr',
					{},
					el('th', { scope: 'col' }, '行'),
					el('th', { scope: 'col' }, '字段'),
					el('th', { scope: 'col' }, '原因'),
				),
			),
			el(
				'tbody',
				{},
				...problems.map((p) =>
					el('tr', {}, el('td', {}, String(p.row)), el('td', {}, p.field), el('td', {}, p.message)),
				),
			),
		),
	);
}

/** The fields that differ, side by side: label, what is stored, what the file has. */
function differencesTable({ differences }: Conflict): HTMLElement {
	const head = el(
		'tr',
		{},
		el('th', { scope: 'col' }, '字段'),
		el('th', { scope: 'col' }, '本机'),
		el('th', { scope: 'col' }, '文件'),
	);
	const rows = differences.map((d) =>
		el('tr', {}, el('th', { scope: 'row' }, d.label), el('td', {}, d.mine), el('td', {}, d.theirs)),
	);
	return el(
		'div',
		{ className: 'table-scroll' },
		el(
			'table',
			{ className: 'import__diff' },
			el('caption', {}, differences.length ? `有 ${differences.length} 处不同` : '内容不同，但差异不在可显示的字段中'),
			el('thead', {}, head),
			el('tbody', {}, ...rows),
		),
	);
}

function describe(record: StoredRecord, catalog: TemplateCatalog): string {
	return `${record.title || '（未命名）'} · ${templateTitle(catalog, record)} · ${shortId(record.id)}`;
}

export async function showImportPreview(
	panel: HTMLElement,
	file: File,
	existing: readonly StoredRecord[],
	catalog: TemplateCatalog,
	commit: (writes: StoredRecord[]) => Promise<void>,
): Promise<void> {
	panel.hidden = false;
	const heading = el('h2', { tabIndex: -1 }, `导入预览：${file.name}`);
	panel.replaceChildren(heading);
	const fail = (message: string, problems: RowProblem[] = []) => {
		const banner = el(
			'div',
			{ className: 'banner banner--error' },
			el('p', {}, `${message}。本机已有的记录没有任何改动。`),
		);
		banner.setAttribute('role', 'alert');
		panel.append(banner);
		if (problems.length) panel.append(problemsTable(problems));
		heading.focus();
	};
	if (file.size > MAX_IMPORT_BYTES)
		return fail(`文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
	let text: string;
	try {
		text = await file.text();
	} catch {
		return fail('无法读取这个文件');
	}
	const result = await planImport(text, existing, catalog);
	if (!result.ok) return fail(result.message, result.problems);
	renderPlan(panel, heading, result.plan, catalog, commit);
}

function renderPlan(
	panel: HTMLElement,
	heading: HTMLElement,
	plan: ImportPlan,
	catalog: TemplateCatalog,
	commit: (writes: StoredRecord[]) => Promise<void>,
): void {
	const [tone, message] = DIGEST_NOTE[plan.digest];
	const note = el('div', { className: `banner banner--${tone}` }, el('p', {}, message));
	note.setAttribute('role', plan.digest === 'mismatch' ? 'alert' : 'status');
	panel.append(note);
	const noticeCount = plan.notices.length ? ` · 请注意 ${plan.notices.length} 处` : '';
	panel.append(
		el(
			'p',
			{ className: 'import__summary' },
			`新增 ${plan.additions.length} 条 · 冲突 ${plan.conflicts.length} 条 · 已存在且相同 ${plan.unchanged.length} 条 · 被拒绝 ${plan.rejected.length} 处${noticeCount}`,
		),
	);
	if (plan.additions.length) {
		panel.append(
			el('h3', {}, '将新增'),
			el('ul', {}, ...plan.additions.map((r) => el('li', {}, describe(r, catalog)))),
		);
	}
	if (plan.conflicts.length) {
		panel.append(el('h3', {}, '与本机记录冲突（记录编号相同、内容不同）'));
		for (const conflict of plan.conflicts) {
			const { incoming } = conflict;
			const group = el('fieldset', { className: 'import__conflict' }, el('legend', {}, describe(incoming, catalog)));
			const choices = el('div', { className: 'choices' });
			for (const [value, label] of CHOICES) {
				const input = el('input', { type: 'radio', name: `conflict-${incoming.id}`, value, checked: value === 'keep' });
				choices.append(el('label', { className: 'choice' }, input, el('span', {}, label)));
			}
			group.append(differencesTable(conflict), choices);
			panel.append(group);
		}
	}
	if (plan.rejected.length) panel.append(el('h3', {}, '被拒绝（不会导入）'), problemsTable(plan.rejected));
	// Listed before the confirm button so nothing the form can no longer hold is dropped unseen.
	if (plan.notices.length)
		panel.append(el('h3', {}, '请注意（与文件内容不同的导入方式）'), problemsTable(plan.notices));

	let acknowledge: HTMLInputElement | undefined;
	if (plan.digest === 'mismatch') {
		acknowledge = el('input', { type: 'checkbox' });
		panel.append(el('label', { className: 'choice' }, acknowledge, el('span', {}, '我知道文件已被修改，仍要导入')));
	}
	const confirm = el('button', { type: 'button', className: 'button button--primary' }, '确认导入');
	const cancel = el('button', { type: 'button', className: 'button' }, '取消');
	const status = el('p', { className: 'import__status' });
	status.setAttribute('role', 'status');
	panel.append(el('div', { className: 'form-actions' }, confirm, cancel), status);

	const choices = (): Record<string, ConflictChoice> =>
		Object.fromEntries(
			plan.conflicts.map(({ incoming }) => [
				incoming.id,
				(panel.querySelector<HTMLInputElement>(`input[name="conflict-${CSS.escape(incoming.id)}"]:checked`)?.value ??
					'keep') as ConflictChoice,
			]),
		);
	const update = () => {
		const count = resolveImport(plan, choices()).length;
		confirm.textContent = `确认导入（写入 ${count} 条）`;
		confirm.disabled = count === 0 || (acknowledge !== undefined && !acknowledge.checked);
	};
	panel.addEventListener('change', update);
	update();
	cancel.addEventListener('click', () => {
		panel.replaceChildren();
		panel.hidden = true;
	});
	confirm.addEventListener('click', async () => {
		confirm.disabled = true;
		const writes = resolveImport(plan, choices());
		try {
			await commit(writes);
			const done = el('div', { className: 'banner banner--ok' }, el('p', {}, `已导入 ${writes.length} 条记录。`));
			done.setAttribute('role', 'status');
			panel.replaceChildren(heading, done);
		} catch (error) {
			status.textContent = `导入失败，没有写入任何记录：${storeMessage(error)}`;
			confirm.disabled = false;
		}
		heading.focus();
	});
	heading.focus();
}
