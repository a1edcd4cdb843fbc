/** /search/quick.json: the quick-jump directory (names and form codes), fetched when the reader first jumps. */
import type { APIRoute } from 'astro';
import { loadHandbook } from '../../lib/handbook.ts';
import { buildQuickDirectory } from '../../lib/search/quick-jump.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildQuickDirectory(await loadHandbook())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
