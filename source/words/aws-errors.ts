import {localized} from './language.js';

/* How a failed AWS call and a missing profile or credentials are said (AWS's own messages stay as AWS wrote them). */

const en = {
	cancelled: (call: string) => `${call} was cancelled`,
	noAnswer: (call: string, detail: string | undefined) =>
		`${call} got no answer from the endpoint (${detail ?? 'network error'})`,
	keyRefused: (call: string, keyHint: string, detail: string) =>
		`${call}: the access key ${keyHint} was refused: ${detail}`,
	notAws: (url: string | undefined, status: number, mediaType: string | undefined) =>
		`${url ?? 'the endpoint'} did not answer like AWS (HTTP ${status}, ${mediaType ?? 'no content type'})`,
	profileNotFound: (profile: string, config: string, credentials: string) =>
		`the AWS profile '${profile}' does not exist: looked in ${config} and ${credentials}`,
	noCredentials: (profile: string, named: boolean, reason: string) =>
		`no AWS credentials found: ${named ? `profile '${profile}' gives none` : 'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws configure`, or pass --profile NAME'}${reason}`,
};

export const AWS_ERROR_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		cancelled: (call) => `${call} foi cancelada`,
		noAnswer: (call, detail) => `${call} não obteve resposta do endpoint (${detail ?? 'erro de rede'})`,
		keyRefused: (call, keyHint, detail) => `${call}: a chave de acesso ${keyHint} foi recusada: ${detail}`,
		notAws: (url, status, mediaType) =>
			`${url ?? 'o endpoint'} não respondeu como a AWS (HTTP ${status}, ${mediaType ?? 'sem tipo de conteúdo'})`,
		profileNotFound: (profile, config, credentials) =>
			`o perfil da AWS '${profile}' não existe: procurado em ${config} e ${credentials}`,
		noCredentials: (profile, named, reason) =>
			`nenhuma credencial da AWS encontrada: ${named ? `o perfil '${profile}' não fornece nenhuma` : 'defina AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY, execute `aws configure` ou informe --profile NAME'}${reason}`,
	},
});
