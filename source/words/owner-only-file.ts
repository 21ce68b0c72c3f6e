import {localized} from './language.js';

/*
 * Why a file sts-mfa reads as trusted, or writes, was refused (source/owner-only-file.ts): each
 * names the path and what is wrong with it. Callers add what it means for them (a journal not
 * used, a credentials file not written, a sandbox state file refused).
 */

const en = {
	belongsToAnotherUser: (path: string) => `${path} belongs to another user`,
	belongsToUid: (path: string, uid: number) => `${path} belongs to another user (uid ${uid})`,
	writableByOthers: (path: string) => `${path} is writable by others`,
	readableByOthers: (path: string) => `${path} is readable by others`,
	openToOthers: (path: string) => `${path} is open to others`,
	notADirectory: (path: string) => `${path} is not a directory`,
	notRegular: (path: string) => `${path} is not a regular file`,
	notReplaced: (path: string) => `${path} is not a regular file: sts-mfa will not replace it`,
	symlink: (path: string) => `${path} is a symbolic link`,
	symlinkNotWritten: (path: string) => `${path} is a symbolic link: sts-mfa writes only to a regular file`,
	missing: (path: string) => `${path} does not exist`,
	cannotRead: (path: string, code: string) => `${path} cannot be read: ${code}`,
	cannotCheck: (path: string, code: string) => `${path} cannot be checked: ${code}`,
	tooLarge: (path: string) => `${path} is larger than expected`,
	grew: (path: string) => `${path} grew while read`,
	notWritten: (path: string, why: string) => `${path} is not written: ${why}`,
	noSealingKey: (directory: string) => `cannot create the sealing key in ${directory}`,
};

export const OWNER_ONLY_FILE_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		belongsToAnotherUser: (path) => `${path} pertence a outro usuário`,
		belongsToUid: (path, uid) => `${path} pertence a outro usuário (uid ${uid})`,
		writableByOthers: (path) => `${path} pode ser gravado por outros usuários`,
		readableByOthers: (path) => `${path} pode ser lido por outros usuários`,
		openToOthers: (path) => `${path} está aberto a outros usuários`,
		notADirectory: (path) => `${path} não é um diretório`,
		notRegular: (path) => `${path} não é um arquivo comum`,
		notReplaced: (path) => `${path} não é um arquivo comum: o sts-mfa não vai substituí-lo`,
		symlink: (path) => `${path} é um link simbólico`,
		symlinkNotWritten: (path) => `${path} é um link simbólico: o sts-mfa só grava em um arquivo comum`,
		missing: (path) => `${path} não existe`,
		cannotRead: (path, code) => `${path} não pode ser lido: ${code}`,
		cannotCheck: (path, code) => `${path} não pode ser verificado: ${code}`,
		tooLarge: (path) => `${path} é maior do que o esperado`,
		grew: (path) => `${path} cresceu durante a leitura`,
		notWritten: (path, why) => `${path} não foi gravado: ${why}`,
		noSealingKey: (directory) => `não foi possível criar a chave de autenticação dos arquivos em ${directory}`,
	},
});
