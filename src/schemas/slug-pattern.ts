/**
 * The shape of an author-written id (`slug` in common.ts) as plain RegExp source. It lives
 * apart from the zod schemas so browser code — the CSV reader finds field ids in column
 * headers — can share the one definition without pulling zod into the page.
 */
export const SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
