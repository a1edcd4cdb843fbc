/** /procedures/<id>/quiz.json: the quiz's answer key, fetched by the quiz when the reader starts it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../../lib/handbook.ts';
import { quizKey } from '../../../lib/training/quiz-key.ts';

export const getStaticPaths = (async () => {
	const handbook = await loadHandbook();
	return handbook.procedures.flatMap((p) =>
		p.quiz ? [{ params: { id: p.id }, props: { key: quizKey(p.quiz) } }] : [],
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['key']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
