import {connect, type Socket} from 'node:net';
import {UsageError} from '../errors.js';
import type {PresenterArgs} from '../presenter/args.js';
import {type FeedMessage, parseFeedMessage} from '../presenter/messages.js';
import {presenterLines} from '../presenter/render-view.js';
import {dashboardSockets, preparePresenterDirectory} from '../presenter/socket-path.js';
import type {PresenterView} from '../presenter/view.js';
import {ENTER_FULL_SCREEN, LEAVE_FULL_SCREEN} from '../app/terminal-screen.js';
import {presenterWords as words} from '../words/presenter.js';

/** A line longer than this is no message from a dashboard: the connection is dropped. */
const MAX_LINE = 64 * 1024;

/** Connects to the newest running dashboard, waiting for one to start. */
async function attach(stopped: () => boolean): Promise<Socket | undefined> {
	let said = false;
	while (!stopped()) {
		for (const file of dashboardSockets()) {
			const socket = await new Promise<Socket | undefined>((resolve) => {
				const attempt = connect(file, () => resolve(attempt));
				attempt.once('error', () => resolve(undefined));
			});
			if (socket) return socket;
		}
		if (!said) process.stderr.write(`${words.waiting}\n`);
		said = true;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return undefined;
}

/** Messages from the socket, line by line, until it closes. */
function onMessages(socket: Socket, handle: (message: FeedMessage) => void): Promise<void> {
	let pending = '';
	socket.setEncoding('utf8');
	socket.on('data', (chunk: string) => {
		pending += chunk;
		for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
			const message = parseFeedMessage(pending.slice(0, end));
			pending = pending.slice(end + 1);
			if (message) handle(message);
		}
		if (pending.length > MAX_LINE) socket.destroy();
	});
	return new Promise((resolve) => socket.on('close', () => resolve()));
}

/** `sts-mfa presenter`: the presenter's view of the running dashboard, until it ends (exit 0). */
export async function presenterCommand(args: PresenterArgs): Promise<number> {
	const problem = preparePresenterDirectory();
	if (problem !== undefined) throw new UsageError(words.unsafeDirectory(problem));
	let interrupted = false;
	let socket: Socket | undefined;
	const onInterrupt = () => {
		interrupted = true;
		socket?.destroy();
	};
	process.once('SIGINT', onInterrupt);
	socket = await attach(() => interrupted);
	if (!socket) return 0;
	const out = process.stdout;
	const screen = out.isTTY === true;
	let view: PresenterView | undefined;
	let ended = false;
	const draw = () => {
		if (!view) return;
		const lines = presenterLines(view, Date.now(), out.columns || 80, args.talkMinutes);
		const rows = out.rows || 24;
		out.write(screen ? `\u001B[H\u001B[2J${lines.slice(0, rows).join('\n')}` : `${lines.join('\n')}\n\n`);
	};
	if (screen) out.write(ENTER_FULL_SCREEN);
	const clockTick = setInterval(draw, 1000);
	out.on('resize', draw);
	try {
		await onMessages(socket, (message) => {
			if (message.type === 'ended') ended = true;
			else view = message.view;
			if (message.type === 'view') draw();
		});
	} finally {
		clearInterval(clockTick);
		out.off('resize', draw);
		process.off('SIGINT', onInterrupt);
		if (screen) out.write(LEAVE_FULL_SCREEN);
	}
	if (interrupted) return 0;
	out.write(`${ended ? words.ended : words.lost}\n`);
	return ended ? 0 : 1;
}
