import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // @agglomera/methods from its TypeScript sources (its "agglomera-source" export condition), so
  // that the dev server needs no build of it first.
  resolve: { conditions: ['agglomera-source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
