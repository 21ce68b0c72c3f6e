import type {Bilingual} from './language.js';

/* `sts-mfa session --help`, in both languages. */

const en = `Usage: sts-mfa session [options]
       sts-mfa session exec [options] -- COMMAND [ARGS...]

Gets an MFA session (STS GetSessionToken) for your own profile and hands it to your AWS tools:
as export lines (eval "$(sts-mfa session)"), as a credential_process answer, in a profile of
~/.aws/credentials, or in the environment of one command (exec). Sessions are cached owner-only
in your cache directory and reused until 5 minutes before they end, so you type a code once.

Source and device
  --profile NAME            the long-term keys to start from (the SDK's standard chain; default:
                            AWS_PROFILE, the environment, then the default profile)
  --region REGION           region for STS (default: AWS_REGION, the profile's, or us-east-1)
  --serial ARN              the MFA device (default: the profile's mfa_serial, else your own
                            device, found with iam:ListMFADevices)
  --duration D              how long the session lasts: 15m to 36h, e.g. 12h, 90m, 3600s (default 12h)

The code (default: asked for on the terminal, /dev/tty, never on stdin or stdout)
  --token-code CODE         the 6-digit code
  --mfa-process CMD         a command whose first line of output is the code, e.g.
                            'op item get AWS --otp' or 'ykman oath accounts code -s AWS'

Output
  --format F                env (default: export lines for eval), json, or credential-process
  --write-profile NAME      write the session into ~/.aws/credentials as [NAME] (nothing else in
                            the file changes); prints nothing unless --format is given
  --no-cache                neither read nor keep a cached session
  --refresh                 get a new session even if a cached one is still good
  --theme dark|light|auto   the prompt's colours (default: STS_MFA_THEME, else auto: the
                            terminal's background, asked with OSC 11; dark if it does not say)
  -h, --help                this help

'session exec' runs COMMAND with the session in its environment (AWS_PROFILE removed, the
profile's region and endpoint set) and exits with its status. The env format exports them too.

In ~/.aws/config, for every AWS tool to use it on its own (with the region and any endpoint_url
it needs beside it: a credential_process answer carries keys only):

[profile work-mfa]
credential_process = sts-mfa session --profile work --format credential-process

Exit status
  0         the session was handed out ('session exec': the command's own status)
  1         AWS refused or could not be reached (a wrong or used code, a clock that is off)
  2         usage or configuration error (a bad flag, an unknown profile, no credentials,
            session credentials as the source, a device that is not yours, no way to get a code)`;

const ptBR = `Uso: sts-mfa session [opções]
     sts-mfa session exec [opções] -- COMANDO [ARGS...]

Obtém uma sessão com MFA (GetSessionToken do STS) para o seu próprio perfil e a entrega às suas
ferramentas da AWS: como linhas de export (eval "$(sts-mfa session)"), como resposta de um
credential_process, em um perfil de ~/.aws/credentials ou no ambiente de um único comando (exec).
As sessões ficam em cache, acessíveis só pelo dono, no seu diretório de cache, e são reutilizadas
até 5 minutos antes de expirar: você digita um código uma vez só.

Origem e dispositivo
  --profile NAME            as chaves de longo prazo de partida (a cadeia padrão do SDK; padrão:
                            AWS_PROFILE, o ambiente e depois o perfil default)
  --region REGION           região do STS (padrão: AWS_REGION, a do perfil ou us-east-1)
  --serial ARN              o dispositivo de MFA (padrão: o mfa_serial do perfil; se não houver,
                            o seu próprio dispositivo, encontrado com iam:ListMFADevices)
  --duration D              quanto dura a sessão: de 15m a 36h, por exemplo 12h, 90m, 3600s
                            (padrão: 12h)

O código (padrão: pedido no terminal, /dev/tty, nunca no stdin nem no stdout)
  --token-code CODE         o código de 6 dígitos
  --mfa-process CMD         um comando cuja primeira linha de saída é o código, por exemplo
                            'op item get AWS --otp' ou 'ykman oath accounts code -s AWS'

Saída
  --format F                env (padrão: linhas de export para eval), json ou credential-process
  --write-profile NAME      grava a sessão em ~/.aws/credentials como [NAME] (nada mais no arquivo
                            muda); não imprime nada, a menos que --format seja informado
  --no-cache                não lê nem guarda sessão em cache
  --refresh                 obtém uma nova sessão mesmo que a do cache ainda seja válida
  --theme dark|light|auto   as cores do prompt (padrão: STS_MFA_THEME; se não houver, auto: o
                            fundo do terminal, consultado com OSC 11; escuro se ele não disser)
  -h, --help                esta ajuda

'session exec' executa COMANDO com a sessão no ambiente dele (sem AWS_PROFILE, com a região e o
endpoint do perfil) e sai com o status dele. O formato env também exporta esses valores.

No ~/.aws/config, para que qualquer ferramenta da AWS a use sozinha (com a região e o endpoint_url
de que precisar ao lado: a resposta de um credential_process só traz as chaves):

[profile work-mfa]
credential_process = sts-mfa session --profile work --format credential-process

Status de saída
  0         a sessão foi entregue ('session exec': o próprio status do comando)
  1         a AWS recusou ou não pôde ser alcançada (um código errado ou já usado, um relógio
            fora de hora)
  2         erro de uso ou de configuração (uma flag inválida, um perfil desconhecido, sem
            credenciais, credenciais de sessão como origem, um dispositivo que não é seu, nenhum
            meio de obter um código)`;

export const SESSION_HELP: Bilingual = {en, 'pt-BR': ptBR};
