// A link to a list filtered by a search: the list pages keep their search in `?q=` (useListParams).
export const searchLink = (segment: string, criteria: string): string => `/${segment}?q=${encodeURIComponent(criteria)}`;
