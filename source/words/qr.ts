/* The QR step's words: the seed beside the QR code, hidden until asked for. */

export const QR_WORDS = {
	seedLabel: 'Secret key (manual entry):',
	revealSeed: 'press s to reveal',
	hideSeed: 'press s to hide',
};
