/** /records/catalog.json: every template's fields and rules, fetched by the records page on export or import. */
import type { APIRoute } from 'astro';
import { loadHandbook } from '../../lib/handbook.ts';
import { templateCatalog } from '../../lib/records/catalog.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(templateCatalog(await loadHandbook())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
