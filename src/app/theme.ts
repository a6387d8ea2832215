import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  palette: { primary: { main: '#2a5d8f' } },
  components: { MuiLink: { defaultProps: { underline: 'hover' } } },
});
