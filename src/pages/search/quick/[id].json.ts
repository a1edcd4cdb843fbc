/** /search/quick/<id>.json: one procedure's clauses for quick jump, fetched when a query names that procedure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../../lib/handbook.ts';
import { buildQuickShard } from '../../../lib/search/quick-jump.ts';

export const getStaticPaths = (async () =>
	(await loadHandbook()).procedures.map((p) => ({ params: { id: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(buildQuickShard(await loadHandbook(), params.id!)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
