// The portal's languages, each named in itself (webadmin ships German too), and its catalog namespaces.
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
export const NAMESPACES = ['common', 'schema'] as const;
