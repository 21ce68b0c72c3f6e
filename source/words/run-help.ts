import {SCENARIOS} from '../scenario/scenarios/index.js';
import type {Bilingual, Language} from './language.js';

/* `sts-mfa --help` and `sts-mfa run --help` in both languages: the demo's options, keys and exit statuses (the README's tables match them: test/cli/help-readme.test.ts). */

/** One row per declared scenario: its name, then its declared help line in `language`. */
function scenarioRows(language: Language): string {
	return Object.values(SCENARIOS)
		.map((scenario) => `  ${scenario.name.padEnd(26)}${scenario.helpLine[language]}`)
		.join('\n');
}

const runHelp = {
	en: (rows: string) => `Usage: sts-mfa [run] [options]

Runs an MFA demo: create a user and a virtual MFA device, enable it with two codes, prove that
a request without MFA is denied and one with MFA lists the buckets, then tear everything down.
By default it runs against an embedded sandbox on this machine, not AWS.

Scenario
  --scenario NAME           one of these (without it the dashboard asks, plain mode runs
                            session-token):
${rows}

Target (default: the embedded sandbox)
  --aws                     use a real AWS account (standard credential chain); asks first
  --profile NAME            shared-config profile to use with --aws (default: AWS_PROFILE)
  --region REGION           region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's, us-east-1)
  --endpoint URL            any AWS-compatible endpoint, e.g. a standalone 'sts-mfa sandbox'

Behaviour
  --plain                   line-by-line log instead of the dashboard (automatic without a TTY)
  --json                    print a machine-readable report at the end (implies --plain)
  -y, --yes                 do not ask for confirmation before creating resources
  --auto-mfa                type every MFA code with the built-in authenticator
  --theme dark|light|auto   the dashboard's colours (default: STS_MFA_THEME, else auto: the
                            terminal's background, asked with OSC 11; dark if it does not say)
  --light-background        with NO_COLOR, draw the QR code for a light terminal background
                            (the dashboard's i key flips it; with colour it is black on white)
  --screen-reader           for screen readers: each change said once as a line, never redrawn; the
                            seed (s) and otpauth URI (u) instead of the QR code (also INK_SCREEN_READER=true)
  --propagation-timeout S   how long to wait for IAM changes to take effect (default 120)
  --propagation-delay S     embedded sandbox only: simulate IAM's eventual consistency
  --record FILE.cast        record the dashboard as an asciicast v2 file (asciinema play FILE.cast),
                            owner-only, as it goes; the revealed seed and every secret left out, the
                            QR code too with --aws or --endpoint (a box says so)
  --record-qr               with --record, keep the QR code against --aws or --endpoint as well
  -h, --help                this help
  -v, --version             the version

Keys in the dashboard: Enter next step, ←/→ review steps, a auto-fill codes, r retry,
t tear down now, q quit (tears down first; during teardown: leave at once), ? all keys.

Exit status
  0         the demo proved its point and left nothing; or you stopped it and nothing is left
  1         a step failed, or the demo did not prove its point (also: input that ended
            before the codes came)
  2         usage or configuration error (a bad flag, an unknown profile, no credentials;
            plain mode without --auto-mfa when stdin can give nothing, e.g. < /dev/null)
  3         something could not be deleted, or a create cut short may have made
            it: 'sts-mfa cleanup' removes it
  130, 143  interrupted (Ctrl-C, SIGINT) or terminated (SIGTERM), after teardown ran`,
	'pt-BR': (rows: string) => `Uso: sts-mfa [run] [opções]

Executa uma demonstração de MFA: cria um usuário e um dispositivo de MFA virtual, ativa o
dispositivo com dois códigos, prova que uma solicitação sem MFA é negada e que uma com MFA lista
os buckets, e depois exclui tudo. Por padrão, roda contra um sandbox embutido nesta máquina, não
contra a AWS.

Cenário
  --scenario NAME           um destes (sem a flag, o painel pergunta; o modo texto simples
                            executa session-token):
${rows}

Alvo (padrão: o sandbox embutido)
  --aws                     usa uma conta real da AWS (cadeia padrão de credenciais); pergunta
                            antes
  --profile NAME            perfil da configuração compartilhada a ser usado com --aws (padrão:
                            AWS_PROFILE)
  --region REGION           região (padrão: AWS_REGION, AWS_DEFAULT_REGION, a do perfil ou
                            us-east-1)
  --endpoint URL            qualquer endpoint compatível com a AWS, por exemplo um
                            'sts-mfa sandbox' independente

Comportamento
  --plain                   log linha por linha em vez do painel (automático sem um TTY)
  --json                    imprime um relatório legível por máquina no final (implica --plain)
  -y, --yes                 não pede confirmação antes de criar recursos
  --auto-mfa                digita cada código de MFA com o autenticador embutido
  --theme dark|light|auto   as cores do painel (padrão: STS_MFA_THEME; se não houver, auto: o
                            fundo do terminal, consultado com OSC 11; escuro se ele não disser)
  --light-background        com NO_COLOR, desenha o QR code para um terminal de fundo claro
                            (a tecla i do painel alterna isso; com cores, ele é preto no branco)
  --screen-reader           para leitores de tela: cada mudança dita uma vez, como uma linha,
                            sem redesenhar; a seed (s) e a URI otpauth (u) no lugar do QR code
                            (também INK_SCREEN_READER=true)
  --propagation-timeout S   quanto tempo esperar até que as alterações no IAM entrem em vigor
                            (padrão: 120)
  --propagation-delay S     somente no sandbox embutido: simula a consistência eventual do IAM
  --record FILE.cast        grava o painel como um arquivo asciicast v2 (asciinema play
                            FILE.cast), acessível só pelo dono, enquanto roda; a seed revelada e
                            todo segredo ficam de fora, e o QR code também com --aws ou
                            --endpoint (um quadro avisa)
  --record-qr               com --record, mantém o QR code também com --aws ou --endpoint
  -h, --help                esta ajuda
  -v, --version             a versão

Teclas no painel: Enter próximo passo, ←/→ revisar passos, a preencher os códigos, r tentar de
novo, t excluir tudo agora, q sair (exclui tudo antes; durante a exclusão: sai na hora), ? todas
as teclas.

Status de saída
  0         a demonstração provou o que queria e não deixou nada; ou você a interrompeu e nada
            ficou
  1         um passo falhou, ou a demonstração não provou o que queria (também: uma entrada que
            terminou antes de os códigos chegarem)
  2         erro de uso ou de configuração (uma flag inválida, um perfil desconhecido, sem
            credenciais; modo texto simples sem --auto-mfa quando o stdin não pode fornecer nada,
            por exemplo < /dev/null)
  3         algo não pôde ser excluído, ou uma criação interrompida pode tê-lo criado:
            'sts-mfa cleanup' o remove
  130, 143  interrompido (Ctrl-C, SIGINT) ou encerrado (SIGTERM), depois da limpeza`,
};

/** What `sts-mfa --help` says before the demo's own options. */
const TOP_COMMANDS: Bilingual = {
	en: `sts-mfa: a terminal dashboard that shows how an AWS session token that requires MFA works.

Commands
  sts-mfa [run]             run the demo (the default; see 'sts-mfa run --help')
  sts-mfa sandbox           run the embedded AWS-compatible sandbox on its own
  sts-mfa cleanup           delete anything earlier runs left behind
  sts-mfa session           an MFA session for your own profile (see 'sts-mfa session --help')
  sts-mfa check             is MFA really enforced in an account or in policy files? (read-only)
  sts-mfa serve --ssh       a workshop: every attendee's own run over SSH (see 'sts-mfa serve --help')
  sts-mfa presenter         your notes and the next step, beside the running dashboard
  sts-mfa help [COMMAND]    help for a command

Language: --lang en|pt-BR, with any command; else LC_ALL, LC_MESSAGES or LANG (pt_BR.UTF-8);
else English. Commands, flags, AWS names, error codes and the --json report stay as they are.

`,
	'pt-BR': `sts-mfa: um painel no terminal que mostra como funciona um token de sessão da AWS que exige MFA.

Comandos
  sts-mfa [run]             executa a demonstração (o padrão; veja 'sts-mfa run --help')
  sts-mfa sandbox           executa sozinho o sandbox embutido compatível com a AWS
  sts-mfa cleanup           exclui o que execuções anteriores deixaram para trás
  sts-mfa session           uma sessão com MFA para o seu próprio perfil (veja
                            'sts-mfa session --help')
  sts-mfa check             o MFA é realmente exigido em uma conta ou em arquivos de política?
                            (somente leitura)
  sts-mfa serve --ssh       um workshop: a execução de cada participante por SSH (veja
                            'sts-mfa serve --help')
  sts-mfa presenter         suas notas e o próximo passo, ao lado do painel em execução
  sts-mfa help [COMMAND]    a ajuda de um comando

Idioma: --lang en|pt-BR, com qualquer comando; senão LC_ALL, LC_MESSAGES ou LANG (pt_BR.UTF-8);
senão inglês. Comandos, flags, nomes da AWS, códigos de erro e o relatório --json ficam como estão.

`,
};

/** `sts-mfa run --help`, with the scenarios declared when it is read. */
export const RUN_HELP: Bilingual = {
	get en() {
		return runHelp.en(scenarioRows('en'));
	},
	get 'pt-BR'() {
		return runHelp['pt-BR'](scenarioRows('pt-BR'));
	},
};

/** `sts-mfa --help`: every command, then the demo's own options (RUN_HELP after its opening paragraph). */
function topHelp(language: Language): string {
	const run = RUN_HELP[language].split('\n');
	return `${TOP_COMMANDS[language]}${run.slice(run.indexOf('', 2) + 1).join('\n')}`;
}

export const TOP_HELP: Bilingual = {
	get en() {
		return topHelp('en');
	},
	get 'pt-BR'() {
		return topHelp('pt-BR');
	},
};
