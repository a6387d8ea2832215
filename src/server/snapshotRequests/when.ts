/** A time as the request's messages show it: ISO 8601 to the second. */
export const when = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
