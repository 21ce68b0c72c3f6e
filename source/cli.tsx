#!/usr/bin/env node
import {parseCli} from './cli/args.js';
import {helpText} from './cli/help.js';
import {StsMfaError, UsageError} from './errors.js';

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
	const args = parseCli(argv);
	switch (args.command) {
		case 'help':
			process.stdout.write(`${helpText(args.topic)}\n`);
			return 0;
		case 'version':
			process.stdout.write(`sts-mfa ${VERSION}\n`);
			return 0;
		case 'sandbox': {
			const {sandboxCommand} = await import('./commands/sandbox.js');
			return sandboxCommand(args);
		}
		case 'cleanup': {
			const {cleanupCommand} = await import('./commands/cleanup.js');
			return cleanupCommand(args);
		}
		case 'run': {
			const {runCommand} = await import('./commands/run.js');
			return runCommand(args);
		}
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof UsageError) {
			process.stderr.write(`sts-mfa: ${error.message}\n`);
			process.exitCode = 2;
			return;
		}
		const message = error instanceof StsMfaError ? `${error.message} [${error.code}]` : error instanceof Error ? error.message : String(error);
		process.stderr.write(`sts-mfa: ${message}\n`);
		process.exitCode = 1;
	},
);
