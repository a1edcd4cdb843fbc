/** `text` cut to `max` characters with an ellipsis, for a one-line excerpt, quote or error value. */
export const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);
