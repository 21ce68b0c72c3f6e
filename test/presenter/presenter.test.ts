import {afterEach, describe, expect, it} from 'vitest';
import {parsePresenterArgs} from '../../source/presenter/args.js';
import {parseFeedMessage} from '../../source/presenter/messages.js';
import {presenterLines} from '../../source/presenter/render-view.js';
import type {PresenterView} from '../../source/presenter/view.js';
import {SCENARIOS} from '../../source/scenario/scenarios/index.js';
import {LANGUAGES, setLanguage} from '../../source/words/language.js';

const VIEW: PresenterView = {
	scenario: 'session-token',
	choosing: false,
	onScreen: {number: 3, title: 'Enable MFA device'},
	next: {number: 4, title: 'Create an access key'},
	notes: 'Point at the QR code.',
	keys: [{key: 'a', label: 'auto code'}],
	startedAt: 0,
	code: {value: '123456', secondsLeft: 12},
};

afterEach(() => setLanguage('en'));

describe('the presenter view', () => {
	it('has speaker notes declared for every step of every scenario', () => {
		for (const scenario of Object.values(SCENARIOS))
			for (const step of scenario.steps)
				for (const language of LANGUAGES)
					expect(scenario.speakerNotes?.[step.id]?.[language], `${scenario.name}: ${step.id}`).toMatch(/\w{3}.{20,}/);
	});

	it('shows the time left against --talk-minutes, and the time over it', () => {
		expect(presenterLines(VIEW, 65_000, 80, 20).join('\n')).toContain('Elapsed 1:05 · left 18:55');
		expect(presenterLines(VIEW, 21 * 60_000, 80, 20).join('\n')).toContain('Elapsed 21:00 · 1:00 over time');
		expect(presenterLines(VIEW, 5_000, 80).join('\n')).toContain('Elapsed 0:05');
	});

	it('draws no escape that came in a message, and keeps to the width', () => {
		const lines = presenterLines({...VIEW, notes: `say this\u001B[2J ${'word '.repeat(40)}`}, 0, 40);
		expect(lines.join('\n')).not.toContain('\u001B');
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
		expect(lines.join('\n')).toContain('Code now: 123 456 · next in 12 s');
	});

	it('takes only messages of the shape a dashboard sends', () => {
		expect(parseFeedMessage(JSON.stringify({type: 'view', view: VIEW}))).toEqual({type: 'view', view: VIEW});
		expect(parseFeedMessage('{"type":"ended"}')).toEqual({type: 'ended'});
		expect(parseFeedMessage(JSON.stringify({type: 'view', view: {...VIEW, code: {value: 'x', secondsLeft: 1}}}))).toBe(
			undefined,
		);
		expect(parseFeedMessage(JSON.stringify({type: 'view', view: {...VIEW, keys: 'a'}}))).toBe(undefined);
		expect(parseFeedMessage('not json')).toBe(undefined);
	});

	it('speaks Portuguese when it is the language in force, the numbers as they are', () => {
		setLanguage('pt-BR');
		const text = presenterLines(VIEW, 21 * 60_000, 80, 20).join('\n');
		expect(text).toContain('sts-mfa · apresentador · session-token');
		expect(text).toContain('Decorrido 21:00 · 1:00 além do tempo');
		expect(text).toContain('Na tela    3. Enable MFA device');
		expect(text).toContain('Código agora: 123 456 · próximo em 12 s');
		expect(text).toContain('Só este terminal mostra as notas');
		expect(presenterLines(VIEW, 65_000, 80, 20).join('\n')).toContain('Decorrido 1:05 · restam 18:55');
		expect(() => parsePresenterArgs(['--talk-minutes', '0'])).toThrow(
			"--talk-minutes precisa de um número inteiro de minutos, de 1 a 600; recebeu '0'",
		);
	});

	it('reads --talk-minutes', () => {
		expect(parsePresenterArgs(['--talk-minutes', '25'])).toEqual({command: 'presenter', talkMinutes: 25});
		expect(() => parsePresenterArgs(['--talk-minutes', 'soon'])).toThrow('--talk-minutes needs a whole number');
	});
});
