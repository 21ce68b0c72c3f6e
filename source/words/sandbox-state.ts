import type {RefusedReason} from '../owner-only-file.js';
import {localized} from './language.js';

/* What `sts-mfa sandbox --state FILE` says when it cannot use its state file. */

const en = {
	reasons: {
		'not-regular': 'it is not a regular file',
		symlink: 'it is a symbolic link',
		'wrong-owner': 'it belongs to another user',
		'writable-by-others': 'others can write it',
		'readable-by-others': 'others can read it (it holds the administrator secret key)',
		'unsafe-directory': 'a directory above it is not yours alone',
		'too-large': 'it is larger than any state file',
	} as {readonly [R in RefusedReason]?: string},
	notSafe: 'it is not safe to use',
	/** The file or a directory above it could have been planted or swapped by someone else. */
	refused: (path: string, why: string, detail: string) =>
		`Refusing the sandbox state file ${path}: ${why} (${detail}): another user could plant or swap it, and their administrator key would then work; keep it in a directory only you can write (mode 700), as a file only you can read (mode 600).`,
	corrupt: (path: string, detail: string) =>
		`The sandbox state file ${path} cannot be used (${detail}); move it away or pass another --state file.`,
	unwritable: (path: string, detail: string) => `Cannot write the sandbox state file ${path}: ${detail}`,
};

const WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		reasons: {
			'not-regular': 'não é um arquivo comum',
			symlink: 'é um link simbólico',
			'wrong-owner': 'pertence a outro usuário',
			'writable-by-others': 'outros podem gravá-lo',
			'readable-by-others': 'outros podem lê-lo (ele contém a chave secreta do administrador)',
			'unsafe-directory': 'um diretório acima dele não é só seu',
			'too-large': 'é maior do que qualquer arquivo de estado',
		},
		notSafe: 'não é seguro usá-lo',
		refused: (path, why, detail) =>
			`Recusando o arquivo de estado do sandbox ${path}: ${why} (${detail}): outro usuário poderia plantá-lo ou trocá-lo, e a chave de administrador dele passaria a funcionar; mantenha-o num diretório que só você pode gravar (modo 700), como um arquivo que só você pode ler (modo 600).`,
		corrupt: (path, detail) =>
			`O arquivo de estado do sandbox ${path} não pode ser usado (${detail}); mova-o ou passe outro arquivo em --state.`,
		unwritable: (path, detail) => `Não foi possível gravar o arquivo de estado do sandbox ${path}: ${detail}`,
	},
});

export const sandboxStateWords = {
	refused: (path: string, reason: RefusedReason, detail: string) =>
		WORDS.refused(path, WORDS.reasons[reason] ?? WORDS.notSafe, detail),
	corrupt: (path: string, detail: string) => WORDS.corrupt(path, detail),
	unwritable: (path: string, detail: string) => WORDS.unwritable(path, detail),
};
