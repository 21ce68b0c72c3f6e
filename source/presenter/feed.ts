import {chmodSync, lstatSync, unlinkSync} from 'node:fs';
import {createServer, type Socket} from 'node:net';
import type {ScenarioController} from '../scenario/types.js';
import {preparePresenterDirectory, socketFor} from './socket-path.js';
import {presenterView} from './view.js';

/** Presenter views at once; one more is turned away. */
const MAX_VIEWS = 8;
/** A view that stops reading is dropped before its backlog grows past this. */
const MAX_BACKLOG = 64 * 1024;
/** Views only listen: anything they send beyond this ends their connection. */
const MAX_INPUT = 1024;

export interface PresenterFeed {
	/** Tells every view the dashboard has ended, then stops listening and removes the socket. */
	close(): Promise<void>;
}

function removeSocket(file: string): void {
	try {
		if (lstatSync(file).isSocket()) unlinkSync(file);
	} catch {
		// Already gone.
	}
}

function send(socket: Socket, message: object): void {
	if (socket.writableLength > MAX_BACKLOG) socket.destroy();
	else socket.write(`${JSON.stringify(message)}\n`);
}

/**
 * The dashboard's side of `sts-mfa presenter`: a Unix socket, in a directory of the user's alone,
 * that sends each attached view what it shows (the step, the next, its notes, the keys, the code)
 * whenever the run moves and once a second. Nothing is read from the views. Resolves to undefined
 * when no such directory can be had: the dashboard runs as ever, without presenter views.
 */
export async function openPresenterFeed(
	controller: ScenarioController,
	startedAt: number,
	now: () => number = Date.now,
): Promise<PresenterFeed | undefined> {
	if (preparePresenterDirectory() !== undefined) return undefined;
	const file = socketFor(process.pid);
	removeSocket(file);
	const views = new Set<Socket>();
	let last = '';
	const view = () => presenterView(controller.getState(), startedAt, now());
	const server = createServer((socket) => {
		if (views.size >= MAX_VIEWS) return socket.destroy();
		views.add(socket);
		let received = 0;
		socket.on('data', (data) => {
			received += data.length;
			if (received > MAX_INPUT) socket.destroy();
		});
		socket.on('error', () => {});
		socket.on('close', () => views.delete(socket));
		send(socket, {type: 'view', view: view()});
	});
	const broadcast = () => {
		const message = {type: 'view', view: view()};
		const text = JSON.stringify(message);
		if (text === last) return;
		last = text;
		for (const socket of views) send(socket, message);
	};
	const listening = new Promise<boolean>((resolve) => {
		server.once('error', () => resolve(false));
		server.listen(file, () => resolve(true));
	});
	if (!(await listening)) return undefined;
	chmodSync(file, 0o600);
	const onExit = () => removeSocket(file);
	process.on('exit', onExit);
	const unsubscribe = controller.subscribe(broadcast);
	const ticking = setInterval(broadcast, 1000);
	ticking.unref();
	return {
		async close() {
			unsubscribe();
			clearInterval(ticking);
			// Once written, the connection goes whether or not the view reads it: exiting never waits for a view.
			for (const socket of views) socket.end(`${JSON.stringify({type: 'ended'})}\n`, () => socket.destroy());
			await new Promise<void>((resolve) => server.close(() => resolve()));
			process.off('exit', onExit);
			removeSocket(file);
		},
	};
}
