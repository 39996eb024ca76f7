import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

/** Where `npm run dev` sends API and health requests: the Rust server. */
const backend = process.env.MOTHRA_BACKEND ?? 'http://127.0.0.1:8080';

/** Text assets worth compressing ahead of time, and the size below which it isn't. */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json']);
const MIN_BYTES = 1024;

/** Every file under `dir`, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/**
 * Writes `<file>.br` (brotli, max quality) and `<file>.gz` (gzip -9) beside
 * each text asset over 1 KB in the output, so the server can send them as is
 * instead of compressing on every request. Runs once the bundle is on disk,
 * so files copied from `public/` are included.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'mothra:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        let count = 0;
        for (const file of walk(outDir)) {
          if (!COMPRESSIBLE.has(extname(file))) continue;
          const data = readFileSync(file);
          if (data.length <= MIN_BYTES) continue;
          const br = brotliCompressSync(data, {
            params: {
              [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
              [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
              [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          });
          writeFileSync(`${file}.br`, br);
          writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
          count += 1;
          this.info(`${relative(outDir, file)}: ${data.length} B, br ${br.length} B`);
        }
        this.info(`precompressed ${count} file(s) in ${relative(process.cwd(), outDir) || '.'}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // The Host header is kept (no changeOrigin) so the server's same-origin
    // CSRF check sees the dev server's origin on both sides.
    proxy: {
      '/api': backend,
      '/healthz': backend,
      '/readyz': backend,
    },
  },
});
