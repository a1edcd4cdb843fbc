/**
 * The box an auditor sees on 完成审核 while items have no conclusion: how many, each one
 * linked to its item (第 4 项：…), and the reason the audit may finish without them, with its
 * message beside it. Part of <gc-checklist>, built only when needed so the page stays lean.
 */
import { REASON_MAX } from '../../lib/records/checklist-run.ts';
import { el } from '../dom.ts';

export interface OpenItem {
	id: string;
	/** Its number through the whole checklist, as the page shows it. */
	number: number;
	text: string;
}

/** The open box inside `host`, if it is shown. */
export function unreviewedBox(host: HTMLElement): HTMLFieldSetElement | null {
	return host.querySelector<HTMLFieldSetElement>('[data-open]');
}

/** The reason typed so far, or '' when the box is not shown. */
export function typedReason(host: HTMLElement): string {
	return unreviewedBox(host)?.querySelector('textarea')?.value ?? '';
}

/**
 * Shows (or brings up to date) the box before `before`: the open `items`, linked by
 * `hrefOf`, and the reason field, prefilled with `reason` when the box is new. An `error`
 * stands beside the reason and moves the focus there; a new box takes the focus itself.
 */
export function showUnreviewed(
	host: HTMLElement,
	before: Element,
	items: readonly OpenItem[],
	{
		reason,
		error,
		hrefOf,
		errorId,
	}: { reason: string; error?: string | undefined; hrefOf: (id: string) => string; errorId: string },
): void {
	let box = unreviewedBox(host);
	const fresh = !box;
	if (!box) {
		const field = el('textarea', { rows: 3, maxLength: REASON_MAX });
		field.value = reason;
		field.setAttribute('aria-describedby', errorId);
		const finish = el('button', { type: 'button', className: 'button button--primary' }, '确认完成审核');
		finish.dataset['action'] = 'finish-open';
		const back = el('button', { type: 'button', className: 'button' }, '继续审核');
		back.dataset['action'] = 'keep-reviewing';
		box = el(
			'fieldset',
			{ className: 'checklist__open' },
			el('legend', { tabIndex: -1 }),
			el('p', {}, '以下各项还没有结论。点一项回到该项继续审核；本次审核确实不含这些项的，写明原因后完成。'),
			el('ol'),
			el('label', { className: 'checklist__evidence-input' }, '未审核的原因（必填）', field),
			el('p', { className: 'field__error', id: errorId, hidden: true }),
			el('div', { className: 'checklist__actions' }, finish, back),
		);
		box.dataset['open'] = '';
		before.before(box);
	}
	box.querySelector('legend')!.textContent = `还有 ${items.length} 项未审核`;
	box.querySelector('ol')!.replaceChildren(
		...items.map((item) => {
			const link = el('a', { href: hrefOf(item.id) }, `第 ${item.number} 项：${item.text}`);
			link.dataset['goto'] = item.id;
			return el('li', {}, link);
		}),
	);
	const field = box.querySelector('textarea')!;
	const slot = box.querySelector<HTMLElement>('.field__error')!;
	slot.textContent = error ?? '';
	slot.hidden = !error;
	if (error) {
		field.setAttribute('aria-invalid', 'true');
		field.focus();
	} else {
		field.removeAttribute('aria-invalid');
		if (fresh) box.querySelector('legend')!.focus();
	}
}
