/** One example URL per page type, shared by the accessibility, screenshot and budget tests. */
export const PAGE_TYPES = [
	{ name: 'home', path: '/' },
	{ name: 'procedure-controlled', path: '/procedures/kf01-01/' },
	{ name: 'procedure-draft', path: '/procedures/kf01-06/' },
	{ name: 'procedure-planned', path: '/procedures/kf01-12/' },
	{ name: 'roles', path: '/roles/' },
	{ name: 'role', path: '/roles/kf-a/' },
	{ name: 'glossary', path: '/glossary/' },
	{ name: 'start', path: '/start/' },
] as const;
