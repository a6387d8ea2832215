import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The portal is a static single-page app; src/server serves it (and the demo engine) in production,
// and mounts Vite as middleware in development (`npm run dev`).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page needs (scripts/bench-bundle.ts reads it).
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
});
