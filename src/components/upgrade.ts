/**
 * Loads a widget's code only when the reader uses it, the way Starlight's Search.astro
 * imports its heavy code on idle: on the first pointerdown, focusin or click inside the
 * widget, or at once when the address's hash names the widget or its section.
 *
 * Until the code has arrived the server-rendered controls work natively: a box ticks, a
 * radio is chosen, text is typed, and the widget reads that state when it starts (a change
 * is stamped `data-changed-at` so a tick keeps its time). A submit or a button press made in
 * the meantime is held and repeated once the code is ready, so no first tap is lost.
 */

const TRIGGERS = ['pointerdown', 'focusin', 'click'] as const;

/** Runs `task` when the browser is idle (requestIdleCallback, else soon after load). */
export function onIdle(task: () => void): void {
	if ('requestIdleCallback' in window) requestIdleCallback(() => task());
	else setTimeout(task, 200);
}

/** Whether the address's hash points at `host`, into it, or at the heading of its section. */
function hashNames(host: HTMLElement): boolean {
	const id = decodeURIComponent(location.hash.slice(1));
	if (!id) return false;
	const target = document.getElementById(id);
	if (target && (target === host || host.contains(target))) return true;
	return host.closest('[aria-labelledby]')?.getAttribute('aria-labelledby') === id;
}

/**
 * Shows `host`'s script-only controls and calls `load` once, on first use or when the hash
 * names it. Returns a function that loads it now (for example when a stored draft needs it).
 */
export function upgradeOnUse(host: HTMLElement, load: () => Promise<unknown>): () => Promise<void> {
	for (const hidden of host.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
	for (const note of host.querySelectorAll('[data-no-js]')) note.remove();
	const held: Array<() => void> = [];
	let loading: Promise<void> | undefined;

	const onUse = (event: Event): void => {
		const target = event.target as HTMLElement;
		if (event.type === 'click') {
			const button = target.closest<HTMLButtonElement>('button[type="button"]');
			if (button) held.push(() => button.click());
		}
		void upgrade();
	};
	const onChange = (event: Event): void => {
		(event.target as HTMLElement).dataset['changedAt'] = new Date().toISOString();
	};
	const onSubmit = (event: SubmitEvent): void => {
		// No native submission (it would reload the page and lose the input): submit again once the code is here.
		event.preventDefault();
		const form = event.target as HTMLFormElement;
		const submitter = event.submitter as HTMLButtonElement | null;
		held.push(() => form.requestSubmit(submitter));
		void upgrade();
	};
	const listeners = [
		...TRIGGERS.map((type) => [type, onUse] as const),
		['change', onChange] as const,
		['submit', onSubmit as EventListener] as const,
	];
	for (const [type, listener] of listeners) host.addEventListener(type, listener, { capture: true });

	function upgrade(): Promise<void> {
		loading ??= load().then(
			() => {
				for (const [type, listener] of listeners) host.removeEventListener(type, listener, { capture: true });
				// The widget is ready: repeat, once, what the reader did while it was loading.
				for (const replay of held.splice(0)) replay();
			},
			() => {
				// The code did not arrive (offline, a broken deploy): let the next use try again.
				loading = undefined;
			},
		);
		return loading;
	}

	if (hashNames(host)) void upgrade();
	else {
		const onHash = (): void => {
			if (!hashNames(host)) return;
			window.removeEventListener('hashchange', onHash);
			void upgrade();
		};
		window.addEventListener('hashchange', onHash);
	}
	return upgrade;
}
