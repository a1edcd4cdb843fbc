/** /search/quick.json: the quick-jump index (codes and names), fetched when the reader first searches. */
import type { APIRoute } from 'astro';
import { loadHandbook } from '../../lib/handbook.ts';
import { buildQuickIndex } from '../../lib/search/quick-jump.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildQuickIndex(await loadHandbook())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
