// Light and dark colour schemes (issue 14: light, dark or the system's, remembered per browser by MUI's
// colour-scheme manager in localStorage under `portal.colour-scheme`; no credential is stored there).
// Status and chart colours come from the palette, so chips, bars and charts follow the scheme; the light
// scheme's info and warning are darkened so white chip text keeps a 4.5:1 contrast (WCAG AA).
import { createTheme } from '@mui/material/styles';

export const COLOUR_SCHEME_KEY = 'portal.colour-scheme';

export const theme = createTheme({
  colorSchemes: {
    light: { palette: { primary: { main: '#2a5d8f' }, info: { main: '#01579b' }, warning: { main: '#b24a00' }, success: { main: '#1b5e20' } } },
    // Dark: MUI's red keeps white text at 3.7:1; dark text on it reaches 5.7:1 (error chips such as "Non responsive").
    dark: { palette: { primary: { main: '#90bde8' }, error: { main: '#f44336', contrastText: 'rgba(0, 0, 0, 0.87)' }, background: { default: '#121416', paper: '#1a1d21' } } },
  },
  components: {
    MuiLink: { defaultProps: { underline: 'hover' } },
    // A table wider than its card (a phone) scrolls inside the card instead of being cut off.
    MuiCardContent: { styleOverrides: { root: { overflowX: 'auto' } } },
    // A focus ring on whatever the keyboard reaches (fields draw their own); currentColor contrasts with what
    // the element sits on: white in the blue top bar, the primary colour on the page.
    MuiCssBaseline: {
      styleOverrides: {
        ':where(a, button, [role="button"], [role="tab"], [role="menuitem"], [role="menuitemradio"], [tabindex]):focus-visible': {
          outline: '2px solid currentColor', outlineOffset: 2,
        },
      },
    },
  },
});
