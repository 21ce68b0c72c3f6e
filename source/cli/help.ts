/** Which help text `sts-mfa [COMMAND] --help` and `sts-mfa help COMMAND` print; the texts are words (source/words/*-help.ts). */
import {CHECK_HELP} from '../words/check-help.js';
import {CLEANUP_HELP} from '../words/cleanup-help.js';
import {type Bilingual, say} from '../words/language.js';
import {PRESENTER_HELP} from '../words/presenter-help.js';
import {RUN_HELP, TOP_HELP} from '../words/run-help.js';
import {SANDBOX_HELP} from '../words/sandbox-help.js';
import {SERVE_HELP} from '../words/serve-help.js';
import {SESSION_HELP} from '../words/session-help.js';
import {fitHelp} from './help-layout.js';

function helpWords(topic: string | undefined): Bilingual {
	switch (topic) {
		case 'run':
			return RUN_HELP;
		case 'sandbox':
			return SANDBOX_HELP;
		case 'cleanup':
			return CLEANUP_HELP;
		case 'session':
			return SESSION_HELP;
		case 'check':
			return CHECK_HELP;
		case 'serve':
			return SERVE_HELP;
		case 'presenter':
			return PRESENTER_HELP;
		default:
			return TOP_HELP;
	}
}

/** The help of `topic` in the language in force, wrapped to 80 columns. */
export function helpText(topic?: string): string {
	return fitHelp(say(helpWords(topic)));
}
