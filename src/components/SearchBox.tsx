// The list pages' search box: the engine's search language with suggestions (components/search/SearchBar).
// Kept under this name so every list imports one search box.
export { default } from './search/SearchBar';
export type { SearchBarProps as SearchBoxProps } from './search/SearchBar';
