import { build } from 'vite';
await build({ configFile: false, root: '/work/main/bench/page', base: '/__bench/', logLevel: 'info',
  build: { outDir: '/tmp/bsite/__bench', emptyOutDir: true, target: 'es2022', reportCompressedSize: false }, worker: { format: 'es' } });
