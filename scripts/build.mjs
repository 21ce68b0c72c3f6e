// Bundles the CLI so start-up reads a few files instead of resolving hundreds of modules.
// Code splitting keeps the AWS SDK in chunks that are loaded after the first frame is drawn.
import {build} from 'esbuild';
import {rm} from 'node:fs/promises';

// What the dashboard loads before its first frame: these modules and everything they import
// statically. The sandbox, the AWS SDK and the journal must stay behind dynamic imports (started
// after the first frame); a static import that pulls one of them in would add it to every start-up.
const FIRST_FRAME_MODULES = ['source/cli.tsx', 'source/commands/run.tsx', 'source/app/load-dashboard.ts', 'source/app/render.tsx'];
const NOT_BEFORE_FIRST_FRAME = /node_modules\/(@aws-sdk|@smithy|fast-xml-parser|qrcode\/|write-file-atomic)|source\/(sandbox|journal|aws\/sdk)/;

/** Inputs bundled into the chunks `entry` imports statically (the chunks loaded with it, in one go). */
function staticInputs(metafile, entry) {
	const outputs = Object.entries(metafile.outputs);
	const start = outputs.find(([, output]) => output.entryPoint === entry)?.[0];
	if (start === undefined) throw new Error(`build: ${entry} is no longer a chunk of its own; update FIRST_FRAME_MODULES`);
	const seen = new Set();
	const pending = [start];
	while (pending.length > 0) {
		const file = pending.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		for (const imported of metafile.outputs[file].imports) if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
	}
	return [...seen].flatMap((file) => Object.keys(metafile.outputs[file].inputs));
}

await rm('dist', {recursive: true, force: true});
const {metafile} = await build({
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
	metafile: true,
});

const early = FIRST_FRAME_MODULES.flatMap((entry) => staticInputs(metafile, entry)).filter((input) => NOT_BEFORE_FIRST_FRAME.test(input));
if (early.length > 0) {
	console.error(`build: loaded before the dashboard's first frame, but must be imported dynamically:\n  ${[...new Set(early)].slice(0, 10).join('\n  ')}`);
	process.exitCode = 1;
}
