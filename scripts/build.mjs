// Bundles the CLI so start-up reads a few files instead of resolving hundreds of modules.
// Code splitting keeps the AWS SDK in chunks that are loaded after the first frame is drawn.
import {build} from 'esbuild';
import {rm} from 'node:fs/promises';

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	chunkNames: 'chunks/[name]-[hash]',
	// Ink optionally imports react-devtools-core only when DEV=true; it is not a dependency.
	external: ['react-devtools-core'],
	banner: {
		// Some dependencies are CommonJS and call require() or read __filename (write-file-atomic names
		// its temporary files with it); give the ESM bundle both.
		js: "import {createRequire as __stsMfaCreateRequire} from 'node:module'; import {fileURLToPath as __stsMfaFileURLToPath} from 'node:url'; const require = __stsMfaCreateRequire(import.meta.url); const __filename = __stsMfaFileURLToPath(import.meta.url);",
	},
	define: {'process.env.NODE_ENV': '"production"'},
	legalComments: 'none',
	logLevel: 'warning',
});
