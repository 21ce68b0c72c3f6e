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
		// Some dependencies are CommonJS and call require(); give the ESM bundle one.
		js: "import {createRequire as __stsMfaCreateRequire} from 'node:module'; const require = __stsMfaCreateRequire(import.meta.url);",
	},
	define: {'process.env.NODE_ENV': '"production"'},
	legalComments: 'none',
	logLevel: 'warning',
});
