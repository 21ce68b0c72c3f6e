import type {KeyAction, KeyHint, LeaveRequest} from '../app/keys.js';

/*
 * The dashboard's keys as the status bar and the `?` help name them. The help's labels fit one
 * line of the help at 80x24 (62 columns beside the key): a test renders it there and finds each whole.
 */

export const HINTS: Record<KeyAction, KeyHint> = {
	choose: {key: '↑↓ Enter', label: 'choose a scenario'},
	code: {key: '0-9 Enter', label: 'type code'},
	confirm: {key: 'Enter/y', label: 'create'},
	decline: {key: 'n', label: 'cancel'},
	deleteLeftovers: {key: 'y', label: 'delete them'},
	keepLeftovers: {key: 'n', label: 'keep them'},
	next: {key: 'Enter', label: 'next step'},
	autoCodes: {key: 'a', label: 'auto code'},
	retry: {key: 'r', label: 'retry'},
	review: {key: '←→', label: 'review'},
	live: {key: 'Esc', label: 'live'},
	seed: {key: 's', label: 'seed'},
	invertQr: {key: 'i', label: 'invert QR'},
	teardown: {key: 't', label: 'tear down'},
	quit: {key: 'q', label: 'quit'},
	abandon: {key: 'q', label: 'leave now (rest left behind)'},
	help: {key: '?', label: 'help'},
	confirmLeave: {key: 'y', label: 'yes'},
	cancelLeave: {key: 'n/Esc', label: 'no, carry on'},
};

export const EXIT_HINT: KeyHint = {key: 'q', label: 'exit'};
export const HELP_OPEN_HINT: KeyHint = {key: '?/Esc', label: 'close help'};

/** The question the status bar asks before `t` or `q` deletes what the run created. */
export const LEAVE_QUESTIONS: Record<LeaveRequest, string> = {
	teardown: 'Tear everything down now?',
	quit: 'Quit? Everything created is torn down first.',
};

export const HELP_TITLE = 'Keys';
export const HELP_CLOSE = 'Press ? or Esc to close.';

/** Every key, for the help overlay. */
export const HELP: readonly KeyHint[] = [
	{key: 'Enter', label: 'run the next step (or submit the code being typed)'},
	{key: 'y / n', label: 'confirm / cancel; delete / keep what earlier runs left'},
	{key: '0-9', label: 'type an MFA code (6 digits) from your authenticator app'},
	{key: 'a', label: 'fill the code(s) from the built-in authenticator (no phone)'},
	{key: 's', label: 'reveal / hide the MFA seed beside the QR code'},
	{key: 'i', label: 'NO_COLOR only: redraw the QR for a light / dark background'},
	{key: '← → ↑ ↓', label: 'review what a finished step did'},
	{key: 'Esc', label: 'back to the live step (or close this help)'},
	{key: 'r', label: 'retry the step that failed'},
	{key: 't', label: 'tear everything down now (asks y/n once something exists)'},
	{key: 'q', label: 'quit, tearing everything down first (asks y/n, like t)'},
	{key: 'Ctrl-C', label: 'quit at once, tearing everything down first'},
	{key: 'q / Ctrl-C', label: 'during teardown: leave now; `sts-mfa cleanup` removes the rest'},
	{key: '?', label: 'show / hide this help'},
];
