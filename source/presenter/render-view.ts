import wrapAnsi from 'wrap-ansi';
import {presenterWords as words} from '../words/presenter.js';
import type {PresentedStep, PresenterView} from './view.js';

/** Control characters (escapes included) never reach the terminal from a message. */
function printable(text: string): string {
	return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
}

function clock(ms: number): string {
	const seconds = Math.floor(Math.abs(ms) / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function timeLine(view: PresenterView, now: number, talkMinutes: number | undefined): string {
	const elapsed = now - view.startedAt;
	if (talkMinutes === undefined) return words.time(clock(elapsed));
	const left = talkMinutes * 60_000 - elapsed;
	return left >= 0 ? words.timeLeft(clock(elapsed), clock(left)) : words.overTime(clock(elapsed), clock(-left));
}

function stepLine(label: string, step: PresentedStep | undefined, fallback: string): string {
	return `${label.padEnd(10)} ${step ? `${step.number}. ${printable(step.title)}` : fallback}`;
}

/** The presenter's screen for `view`, as lines no wider than `columns`. */
export function presenterLines(view: PresenterView, now: number, columns: number, talkMinutes?: number): string[] {
	const wrap = (text: string, indent = '') =>
		wrapAnsi(printable(text), Math.max(10, columns - indent.length), {hard: true, trim: true})
			.split('\n')
			.map((line) => `${indent}${line}`);
	const onScreen = view.choosing ? words.choosing : '—';
	const lines = [
		...wrap(`${words.title} · ${view.scenario}`),
		...wrap(timeLine(view, now, talkMinutes)),
		'',
		...wrap(stepLine(words.onScreen, view.onScreen, onScreen)),
		...wrap(stepLine(words.next, view.next, view.choosing ? '—' : words.nothingNext)),
		'',
		words.notes,
		...wrap(view.notes ?? words.noNotes, '  '),
		'',
	];
	if (view.code) lines.push(...wrap(words.code(view.code.value, view.code.secondsLeft)), '');
	lines.push(words.keys, ...wrap(view.keys.map((hint) => `${hint.key} ${hint.label}`).join(' · '), '  '));
	lines.push('', ...wrap(words.notes_only_here));
	return lines;
}
