/**
 * Sätteri hast plugin: a table in a procedure's text is its own horizontal scroll area on a
 * phone (see global.css), so it takes keyboard focus: a reader without a touch screen or a
 * pointer can then scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
import { defineHastPlugin } from 'satteri';

export const scrollableTables = defineHastPlugin({
	name: 'scrollable-tables',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			ctx.setProperty(node, 'tabIndex', 0);
		},
	},
});
