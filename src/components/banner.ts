/**
 * The problem banner that record pages, checklists, training and the audit workspace show
 * in their `[data-banner]` slot: a message, as text, with optional action buttons that the
 * host element handles by their `data-action`.
 */
// Its styles come with this code, so a page that never shows a banner does not load them.
import '../styles/banner.css';

/** A problem the user must see; actions are [action, label] buttons handled by the host. */
export type ShowProblem = (message: string, actions?: Array<[string, string]>) => void;

/** Renders a problem banner with optional action buttons into `banner`, as text. */
export function renderBanner(
	banner: HTMLElement,
	message: string,
	tone: 'error' | 'warning',
	actions: Array<[string, string]> = [],
): void {
	banner.className = `banner banner--${tone}`;
	banner.setAttribute('role', 'alert');
	const text = document.createElement('p');
	text.textContent = message;
	banner.replaceChildren(text);
	for (const [action, label] of actions) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'button';
		button.dataset['action'] = action;
		button.textContent = label;
		banner.append(button);
	}
	banner.hidden = false;
}

/** A ShowProblem that fills `host`'s `[data-banner]`: an error when it offers actions, else a warning. */
export function bannerIn(host: HTMLElement): ShowProblem {
	return (message, actions) =>
		renderBanner(
			host.querySelector<HTMLElement>('[data-banner]')!,
			message,
			actions?.length ? 'error' : 'warning',
			actions,
		);
}
