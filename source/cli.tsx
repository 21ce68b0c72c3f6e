#!/usr/bin/env node
import {parseCli} from './cli/args.js';
// The default command, whose start-up people watch: imported statically, so that Node loads its
// modules with this file's, not one round of module loading later. The others load on demand.
import {runCommand} from './commands/run.js';
// Stays in this file (it finds the dashboard script beside it); the session command gets it from here.
import {loadCheckDashboard, loadDashboard, loadMfaPrompt} from './app/boot/load-dashboard.js';
import {enableNodeCompileCache} from './app/boot/compile-cache.js';
import {errorLine} from './error-line.js';
import {ConfigurationError, UsageError} from './errors.js';
import {setOwnDefault} from './own-environment.js';
import {asciiOnly} from './ascii-output.js';
import {localeShowsQr} from './app/shared/locale.js';
import {languageFromEnvironment, takeLanguageFlag} from './cli/language.js';
import {setLanguage} from './words/language.js';
import packageJson from '../package.json' with {type: 'json'};

// Node 22.1+ keeps V8's compiled code for the chunks loaded from here on (the sandbox, the SDK)
// between runs, in sts-mfa's own cache directory when no one else can reach it. Node 20 has no such
// cache; there this does nothing.
enableNodeCompileCache();

// On Node 20 the AWS SDK prints a three-line warning (over the dashboard, into every log); the run
// command says the same in one line, in plain mode only (source/commands/run.tsx).
setOwnDefault('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED', 'true');

/**
 * When the terminal goes away (an SSH connection drops; tmux or screen is killed) every read and
 * write on it fails with EIO, and when a pipe reader quits, writes fail with EPIPE. Output can no
 * longer be shown, but the run must still tear down what it created, so such errors end output,
 * not the process. A vanished terminal is also a hang-up: a shell that traps SIGHUP for itself
 * may never pass one on, so sts-mfa sends itself the SIGHUP that the run command handles.
 */
let terminalLost = false;
function onStreamError(error: NodeJS.ErrnoException): void {
	if (error.code === 'EIO') {
		if (!terminalLost) process.kill(process.pid, 'SIGHUP');
		terminalLost = true;
		return;
	}
	if (error.code === 'EPIPE' || error.code === 'ENOTCONN' || error.code === 'ECONNRESET') return;
	throw error;
}
// A terminal that is not UTF-8 gets ASCII stand-ins for every glyph (the QR code is left out there).
if (!localeShowsQr()) {
	asciiOnly(process.stdout);
	asciiOnly(process.stderr);
}

process.stdout.on('error', onStreamError);
process.stderr.on('error', onStreamError);
if (process.stdin.isTTY) process.stdin.on('error', onStreamError);

async function main(argv: string[]): Promise<number> {
	// The locale's language first, so that a bad --lang is refused in it; then the flag's.
	setLanguage(languageFromEnvironment(process.env));
	const choice = takeLanguageFlag(argv);
	if (choice.language) setLanguage(choice.language);
	const args = parseCli(choice.argv);
	switch (args.command) {
		case 'help': {
			// Every command's help, in both languages: loaded only when asked for, not before the dashboard's first frame.
			const {helpText} = await import('./cli/help.js');
			process.stdout.write(`${helpText(args.topic)}\n`);
			return 0;
		}
		case 'version':
			process.stdout.write(`sts-mfa ${packageJson.version}\n`);
			return 0;
		case 'sandbox': {
			const {sandboxCommand} = await import('./commands/sandbox.js');
			return sandboxCommand(args);
		}
		case 'cleanup': {
			const {cleanupCommand} = await import('./commands/cleanup.js');
			return cleanupCommand(args);
		}
		case 'session': {
			// Loaded on demand and small: a cached session is answered without the SDK or Ink.
			const {sessionCommand} = await import('./commands/session/index.js');
			return sessionCommand(args, {
				stdout: process.stdout,
				stderr: process.stderr,
				env: process.env,
				loadPrompt: loadMfaPrompt,
			});
		}
		case 'presenter': {
			const {presenterCommand} = await import('./commands/presenter.js');
			return presenterCommand(args);
		}
		case 'serve': {
			const {serveCommand} = await import('./commands/serve.js');
			return serveCommand(args, {loadDashboard});
		}
		case 'check': {
			const {checkCommand} = await import('./commands/check.js');
			return checkCommand(args, {
				stdout: process.stdout,
				stderr: process.stderr,
				stdin: process.stdin,
				env: process.env,
				loadDashboard: loadCheckDashboard,
			});
		}
		case 'run':
			return runCommand(args);
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
		if (terminalLost) {
			// Teardown is done. Node's exit path would now try to restore the vanished terminal's
			// modes and abort on the EIO; end the way a hung-up program conventionally does instead.
			process.removeAllListeners('SIGHUP');
			process.kill(process.pid, 'SIGHUP');
		}
	},
	(error: unknown) => {
		process.stderr.write(errorLine(error));
		process.exitCode = error instanceof UsageError || error instanceof ConfigurationError ? 2 : 1;
	},
);
