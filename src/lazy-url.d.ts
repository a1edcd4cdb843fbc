/** `?lazy-url` imports (see `integrations/lazy-chunk-url.ts`): the built URL of a module's own chunk. */
declare module '*?lazy-url' {
	const url: string;
	export default url;
}
