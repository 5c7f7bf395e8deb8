// Serves dist/ on 127.0.0.1 with esbuild's static server and prints the page's URL.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 8000);
const ctx = await esbuild.context({});
const { port: actual } = await ctx.serve({ servedir: path.join(root, 'dist'), host: '127.0.0.1', port });
console.log(`Serving the activation widget at http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
