// Shown whenever nobody is logged in, at whatever URL was asked for (which stays, so logging in lands there).
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import LoginForm from '../components/LoginForm';
import { useLogin } from '../query';

export default function LoginPage() {
  const login = useLogin();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: (t) => (t.palette.mode === 'dark' ? t.palette.background.default : t.palette.grey[100]), p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 420 }}>
        <Typography variant="h5" component="h1" gutterBottom>oVirt Administration Portal</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>Log in with your engine account.</Typography>
        <LoginForm onSubmit={(l) => login.mutate(l)} pending={login.isPending} error={login.error} />
      </Paper>
    </Box>
  );
}
