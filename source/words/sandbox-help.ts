import type {Bilingual} from './language.js';

/* `sts-mfa sandbox --help`, in both languages. */

const en = `Usage: sts-mfa sandbox [options]

Runs the embedded AWS-compatible endpoint (IAM, STS, S3 and CloudTrail's LookupEvents) in the
foreground. It verifies SigV4 signatures and TOTP codes and enforces IAM policies, including
aws:MultiFactorAuthPresent, and AWS's 2023 rule on managing one's own MFA devices.
On start it prints export lines for AWS_ENDPOINT_URL, the administrator's keys, AWS_REGION and
AWS_DEFAULT_REGION (standard output holds nothing else); notes go to stderr. Ctrl-C stops it.
With --detach it runs in the background and returns once it listens, so the lines can be
sourced at once:

  sts-mfa sandbox --detach > sandbox.env && . ./sandbox.env &&
    aws sts get-caller-identity

Options
  -d, --detach              run in the background: print the export lines once it listens, then
                            return (stderr names the process id that 'kill' stops)
  --host HOST               address to bind (default 127.0.0.1)
  --port N                  port (default 4566; 0 picks a free one)
  --state FILE              keep the sandbox's state in FILE across restarts (owner-only file)
  --propagation-delay S     new keys and policy changes take effect only after S seconds
  --account-id ID           12-digit account id (env STS_MFA_SANDBOX_ACCOUNT_ID)
  --access-key-id ID        administrator key id (env STS_MFA_SANDBOX_ACCESS_KEY_ID)
  --secret-access-key KEY   administrator secret; visible to every local user in 'ps': prefer the env
                            STS_MFA_SANDBOX_SECRET_ACCESS_KEY or --secret-access-key-file
  --secret-access-key-file PATH
                            read the administrator secret from PATH (its first line)
  -h, --help                this help`;

const ptBR = `Uso: sts-mfa sandbox [opções]

Executa em primeiro plano o endpoint embutido compatível com a AWS (IAM, STS, S3 e o LookupEvents
do CloudTrail). Ele verifica assinaturas SigV4 e códigos TOTP e aplica as políticas do IAM,
inclusive aws:MultiFactorAuthPresent e a regra de 2023 da AWS sobre gerenciar os próprios
dispositivos de MFA. Ao iniciar, imprime linhas de export para AWS_ENDPOINT_URL, as chaves do
administrador, AWS_REGION e AWS_DEFAULT_REGION (a saída padrão não traz mais nada); as observações
vão para o stderr. Ctrl-C o encerra. Com --detach, ele roda em segundo plano e retorna assim que
estiver escutando, para que as linhas possam ser carregadas no shell de imediato:

  sts-mfa sandbox --detach > sandbox.env && . ./sandbox.env &&
    aws sts get-caller-identity

Opções
  -d, --detach              roda em segundo plano: imprime as linhas de export assim que estiver
                            escutando e retorna (o stderr informa o ID do processo que o 'kill'
                            encerra)
  --host HOST               endereço em que escutar (padrão: 127.0.0.1)
  --port N                  porta (padrão: 4566; 0 escolhe uma livre)
  --state FILE              guarda o estado do sandbox em FILE entre reinícios (arquivo acessível
                            só pelo dono)
  --propagation-delay S     novas chaves e mudanças de política só entram em vigor depois de S
                            segundos
  --account-id ID           ID de conta de 12 dígitos (variável STS_MFA_SANDBOX_ACCOUNT_ID)
  --access-key-id ID        ID da chave do administrador (variável STS_MFA_SANDBOX_ACCESS_KEY_ID)
  --secret-access-key KEY   segredo do administrador; visível a todo usuário local no 'ps':
                            prefira a variável STS_MFA_SANDBOX_SECRET_ACCESS_KEY ou
                            --secret-access-key-file
  --secret-access-key-file PATH
                            lê o segredo do administrador de PATH (a primeira linha)
  -h, --help                esta ajuda`;

export const SANDBOX_HELP: Bilingual = {en, 'pt-BR': ptBR};
