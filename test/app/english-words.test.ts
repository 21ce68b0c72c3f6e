import {describe, expect, it} from 'vitest';
import {englishWords} from './english-words.js';

describe('the English-on-a-Portuguese-screen check', () => {
	it('finds English prose, but not in the MFA seed shown in groups of four', () => {
		const frames = ['Semente: GEZD 2IT7 ARE4 QWER', 'Tecle s para mostrar the seed'];
		expect(englishWords(frames).map(({word}) => word)).toEqual(['the', 'seed']);
	});
});
