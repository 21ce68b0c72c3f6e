import {chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {parseCli} from '../../source/cli/args.js';
import {startCast} from '../../source/record/asciicast.js';
import {qrBox, ScreenRedactor} from '../../source/record/redactor.js';
import {setLanguage} from '../../source/words/language.js';
import {ScratchDirs} from '../support/scratch.js';

const scratch = new ScratchDirs();
afterEach(() => {
	setLanguage('en');
	return scratch.removeAll();
});

describe('--record arguments', () => {
	it('takes a file, and --record-qr only with it', () => {
		expect(parseCli(['--record', 'talk.cast'])).toMatchObject({command: 'run', record: 'talk.cast'});
		expect(parseCli(['--record', 'talk.cast', '--record-qr', '--aws'])).toMatchObject({recordQr: true});
		expect(() => parseCli(['--record-qr'])).toThrow('--record-qr only applies to a recording');
		expect(() => parseCli(['--record', 'a.cast', '--plain'])).toThrow('--record records the dashboard');
		expect(() => parseCli(['--record', ''])).toThrow('--record needs a file name');
	});
});

describe('the redactor', () => {
	it('draws a box the size of the QR code, saying it was not recorded', () => {
		const rows = Array.from({length: 12}, (_, index) => `${'▀▄█ '.repeat(8)}${index}`.slice(0, 30));
		const box = qrBox(rows);
		expect(box).toHaveLength(12);
		for (const line of box) expect([...line]).toHaveLength(30);
		expect(box.join('\n')).toContain('QR code not recorded');
		expect(box[0]).toMatch(/^┌─+┐$/);
	});

	it('says in the language in force that the QR code was not recorded', () => {
		setLanguage('pt-BR');
		const box = qrBox(Array.from({length: 12}, () => '█'.repeat(30)));
		for (const line of box) expect([...line]).toHaveLength(30);
		expect(box.join('\n')).toContain('Código QR não gravado');
		expect(box.join('\n')).toContain('(--record-qr o mantém)');
		expect(() => parseCli(['--record', 'a.cast', '--plain'])).toThrow('--record grava o painel');
	});

	it('replaces a seed line drawn at two widths whole, longest first, and keeps the QR code when asked', () => {
		const redactor = new ScreenRedactor({keepQr: true, secrets: () => ['SECRETVALUE123']});
		redactor.drawn('seed', ['ABCD EFGH']);
		redactor.drawn('seed', ['ABCD EFGH IJKL']);
		redactor.drawn('qr', ['█▀▀▀█ ▄▄']);
		expect(redactor.scrub('x ABCD EFGH IJKL y ABCD EFGH █▀▀▀█ ▄▄ SECRETVALUE123')).toBe(
			'x •••• •••• •••• y •••• •••• █▀▀▀█ ▄▄ ••••••••••••••',
		);
		const withoutQr = new ScreenRedactor({keepQr: false, secrets: () => []});
		withoutQr.drawn('qr', ['     ', '█▀▀▀█ ▄▄', '█ ▄ █ ▀▀', '█▄▄▄█ ▄█', '     ']);
		expect(withoutQr.scrub('█ ▄ █ ▀▀')).toBe('│      │');
		expect(withoutQr.scrub('     ')).toBe('     ');
	});
});

describe('the cast file', () => {
	it('is owner-only, starts with its header and has each event on disk at once', () => {
		const file = join(scratch.makeSync('sts-mfa-cast-'), 'a.cast');
		let now = 0;
		const cast = startCast(file, {columns: 80, rows: 24, term: 'xterm-256color'}, () => now);
		now = 1500;
		cast.output('\u001B[Hhello\r\n');
		cast.resize(100, 30);
		const lines = readFileSync(file, 'utf8').trim().split('\n');
		expect(JSON.parse(lines[0]!)).toMatchObject({version: 2, width: 80, height: 24, env: {TERM: 'xterm-256color'}});
		expect(lines.slice(1).map((line) => JSON.parse(line))).toEqual([
			[1.5, 'o', '\u001B[Hhello\r\n'],
			[1.5, 'r', '100x30'],
		]);
		cast.close();
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	it('is never written through a symbolic link, nor in a directory others can write to', () => {
		const dir = scratch.makeSync('sts-mfa-cast-');
		writeFileSync(join(dir, 'target'), 'keep');
		symlinkSync(join(dir, 'target'), join(dir, 'link.cast'));
		expect(() => startCast(join(dir, 'link.cast'), {columns: 80, rows: 24})).toThrow('is a symbolic link');
		expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('keep');
		const open = join(dir, 'open');
		mkdirSync(open);
		chmodSync(open, 0o777);
		expect(() => startCast(join(open, 'a.cast'), {columns: 80, rows: 24})).toThrow('writable by others');
	});
});
