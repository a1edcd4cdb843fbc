/**
 * Links written by hand in a procedure body (`[见报修](/procedures/kf01-06/#c4.1)`) are
 * checked like `<ClauseRef>`: the page and the clause must exist, and nothing may point to
 * another origin (the site runs on a closed network). `<ClauseRef>` is the better way to
 * refer to a clause; a hand-written link is allowed but must resolve.
 */
import { clauseAnchor } from '../clause-numbers.ts';
import type { HandbookSources } from '../handbook-validation.ts';

const FIXED_PAGES = new Set(['/', '/forms/', '/roles/', '/glossary/', '/records/', '/training/', '/start/']);

/** What is wrong with `url`, or null when it resolves. */
export function checkBodyLink(url: string, sources: HandbookSources): string | null {
	if (/^(mailto|tel):/i.test(url)) return null;
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return '正文不能链接到其他网站（本手册在内网离线使用）；请写出名称和出处';
	if (url.startsWith('#')) return '页内链接请用 <ClauseRef to="kf01-NN:条款号" />，它会随条款号校验';
	if (!url.startsWith('/')) return '请用以 / 开头的站内地址，或 <ClauseRef>';
	const [pathAndQuery = '', fragment] = url.split('#');
	const path = pathAndQuery.split('?')[0]!;
	if (!path.endsWith('/')) return `站内地址须以 / 结尾，应为 ${path}/`;
	if (FIXED_PAGES.has(path)) return fragment ? '此页没有可链接的条款' : null;
	const [, section, id, rest = ''] = /^\/([a-z]+)\/([^/]+)\/(.*)$/.exec(path) ?? [];
	if (section === 'procedures' && rest === '') {
		const procedure = sources.procedures.find((p) => p.id === id);
		if (!procedure) return `没有规程 ${id}`;
		if (fragment === undefined) return null;
		const clause = procedure.index.clauses.find((c) => clauseAnchor(c.number) === fragment);
		return clause ? null : `规程 ${id} 中没有锚点 #${fragment}（条款写成 #c4.1.3）`;
	}
	if (section === 'forms' && (rest === '' || rest === 'print/')) {
		return sources.forms.some((f) => f.id === id) ? null : `没有表单 ${id}`;
	}
	if ((section === 'roles' || section === 'learn') && rest === '') {
		return sources.roles.some((r) => r.id === id) ? null : `没有岗位 ${id}`;
	}
	return '不是本站的页面地址';
}
