/**
 * A tiny element builder for the custom elements. Children are appended as nodes or text
 * nodes, so user-typed strings can never become markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Readonly<Record<string, string | number | boolean>> = {},
	...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}
