// Vite builds the explorer from client/ into client/dist, which the Express app serves at /.
// In development (npm run dev) Vite serves on 5173 and forwards /api to the API on 8080.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and the CodeMirror-based Cypher editor are large on their own; one warning per build is noise.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
