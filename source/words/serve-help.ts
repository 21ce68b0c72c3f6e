import type {Bilingual} from './language.js';

/** `sts-mfa serve --help`, in both languages. */
export const SERVE_HELP: Bilingual = {
	en: `Usage: sts-mfa serve --ssh [options]

Serves the dashboard over SSH for a workshop: everyone in the room types one ssh command and gets
their own run, sized to their terminal, on their own embedded sandbox (their own 12-digit account
id and administrator keys, discarded when they disconnect). Nothing else is served: no shell, no
commands, no port or agent forwarding, no SFTP. The host key (ed25519) is made once and kept
owner-only in the state directory; its fingerprint is printed at start for attendees to check.

  --ssh                     serve over SSH (required)
  --host HOST               address to listen on (default 127.0.0.1); any address other than a
                            loopback one needs --password-file or --authorized-keys
  --port N                  port (default 2222; 0 picks a free one)
  --password-file FILE      attendees log in with the password on FILE's first line (owner-only file)
  --authorized-keys FILE    attendees log in with one of the public keys in FILE (authorized_keys format)
  --max-attendees N         runs at once (default 50); the next attendee is told the room is full
  --idle-timeout DURATION   a run with no key for this long ends, teardown first (default 15m)
  -h, --help                this help

Attendees type: ssh -p PORT HOST (any user name). Ctrl-C or closing ssh ends their run after its
teardown; Ctrl-C here stops the server after every run's teardown.`,
	'pt-BR': `Uso: sts-mfa serve --ssh [opções]

Serve o painel por SSH em um workshop: cada pessoa na sala digita um comando ssh e recebe sua
própria execução, no tamanho do seu terminal, em seu próprio sandbox embutido (seu próprio ID de
conta de 12 dígitos e suas chaves de administrador, descartados quando ela se desconecta). Nada
mais é servido: nenhum shell, nenhum comando, nenhum encaminhamento de porta ou de agente, nenhum
SFTP. A chave de host (ed25519) é gerada uma vez e guardada, com acesso apenas para o proprietário,
no diretório de estado; sua impressão digital é exibida na inicialização para os participantes
conferirem.

  --ssh                     servir por SSH (obrigatório)
  --host HOST               endereço em que escutar (padrão 127.0.0.1); qualquer endereço que
                            não seja de loopback exige --password-file ou --authorized-keys
  --port N                  porta (padrão 2222; 0 escolhe uma livre)
  --password-file FILE      os participantes entram com a senha da primeira linha de FILE
                            (arquivo acessível apenas ao proprietário)
  --authorized-keys FILE    os participantes entram com uma das chaves públicas de FILE
                            (formato authorized_keys)
  --max-attendees N         execuções simultâneas (padrão 50); o participante seguinte é
                            avisado de que a sala está cheia
  --idle-timeout DURATION   uma execução sem nenhuma tecla por esse tempo termina, com a
                            limpeza feita antes (padrão 15m)
  -h, --help                esta ajuda

Os participantes digitam: ssh -p PORTA HOST (qualquer nome de usuário). Ctrl-C ou fechar o ssh
encerra a execução deles depois da limpeza; Ctrl-C aqui encerra o servidor depois da limpeza de
todas as execuções.`,
};
