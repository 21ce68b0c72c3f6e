import type {Bilingual} from './language.js';

/* `sts-mfa check --help`, in both languages. */

const en = `Usage: sts-mfa check [--aws [--profile P] [--region R] | --endpoint URL]
                     [--user NAME]... [--role NAME]...
                     [--actions LIST | --actions-file F]
                     [--plain | --json] [--fail-on high|medium|low|none]
       sts-mfa check --policy FILE... [--trust FILE] [--format sarif] ...

Is MFA really enforced in your account? For every user and role (or those named), what each can
do with a long-term key, a session without MFA, a fresh MFA session and one two hours old (roles:
AssumeRole with and without MFA), which statement decides it, and the findings with a fix.
It only reads: read-only IAM calls and the policy simulator; it creates nothing.

Target
  --aws                     a real account (standard credential chain)
  --profile NAME            shared-config profile to use with --aws
  --region REGION           region (default: AWS_REGION, the profile's, us-east-1)
  --endpoint URL            any AWS-compatible endpoint, e.g. a standalone 'sts-mfa sandbox'
  --policy FILE...          offline: these identity policies, no AWS at all (the embedded engine)
  --trust FILE              offline: the role's trust policy (the files are then the role's)

What to check
  --user NAME, --role NAME  only these principals (repeatable; default: every user and role)
  --actions LIST            comma-separated actions (wildcards expanded), instead of the set
                            the policies name plus the built-in set
  --actions-file F          the same, one action a line (# comments)

Output (default: the dashboard on a terminal, else --plain)
  --plain                   a table of findings, then each principal's matrix
  --json                    every cell and finding
  --format sarif            SARIF 2.1.0 for code scanning (with --policy)
  --fail-on LEVEL           exit 1 when a finding is at or above LEVEL (default high; none: never)
  --theme dark|light|auto   the dashboard's colours (default: STS_MFA_THEME, else auto: the
                            terminal's background, asked with OSC 11; dark if it does not say)
  -h, --help                this help

Keys in the dashboard: ↑/↓ move, → or Enter go into a principal, a cell, a statement; ← or Esc
back; / filter; q quit.

Exit status
  0         no finding at or above --fail-on
  1         a finding at or above --fail-on (or the check failed)
  2         usage or configuration error (a bad flag, an unreadable policy file, no credentials)`;

const ptBR = `Uso: sts-mfa check [--aws [--profile P] [--region R] | --endpoint URL]
                   [--user NAME]... [--role NAME]...
                   [--actions LIST | --actions-file F]
                   [--plain | --json] [--fail-on high|medium|low|none]
     sts-mfa check --policy FILE... [--trust FILE] [--format sarif] ...

O MFA é realmente exigido na sua conta? Para cada usuário e função (ou os indicados), o que cada
um consegue fazer com uma chave de longo prazo, uma sessão sem MFA, uma sessão com MFA recente e
uma de duas horas atrás (funções: AssumeRole com e sem MFA), qual instrução decide isso, e as
descobertas, cada uma com uma correção. Ele só lê: chamadas somente leitura do IAM e o simulador de
políticas; não cria nada.

Alvo
  --aws                     uma conta real (cadeia padrão de credenciais)
  --profile NAME            perfil da configuração compartilhada a ser usado com --aws
  --region REGION           região (padrão: AWS_REGION, a do perfil ou us-east-1)
  --endpoint URL            qualquer endpoint compatível com a AWS, por exemplo um
                            'sts-mfa sandbox' independente
  --policy FILE...          offline: estas políticas de identidade, sem AWS nenhuma (o motor
                            embutido)
  --trust FILE              offline: a política de confiança da função (os arquivos passam a
                            ser os da função)

O que verificar
  --user NAME, --role NAME  só estas entidades principais (pode ser repetida; padrão: todos os
                            usuários e funções)
  --actions LIST            ações separadas por vírgula (curingas expandidos), no lugar do
                            conjunto que as políticas citam mais o conjunto embutido
  --actions-file F          o mesmo, uma ação por linha (comentários com #)

Saída (padrão: o painel em um terminal; fora dele, --plain)
  --plain                   uma tabela de descobertas, depois a matriz de cada entidade principal
  --json                    cada célula e cada descoberta
  --format sarif            SARIF 2.1.0 para code scanning (com --policy)
  --fail-on LEVEL           sai com 1 quando houver descoberta com gravidade LEVEL
                            ou maior (padrão: high; none: nunca)
  --theme dark|light|auto   as cores do painel (padrão: STS_MFA_THEME; se não houver, auto: o
                            fundo do terminal, consultado com OSC 11; escuro se ele não disser)
  -h, --help                esta ajuda

Teclas no painel: ↑/↓ movem, → ou Enter entram em uma entidade principal, uma célula, uma
instrução; ← ou Esc voltam; / filtra; q sai.

Status de saída
  0         nenhuma descoberta com gravidade --fail-on ou maior
  1         uma descoberta com gravidade --fail-on ou maior (ou a verificação falhou)
  2         erro de uso ou de configuração (uma flag inválida, um arquivo de política ilegível,
            sem credenciais)`;

export const CHECK_HELP: Bilingual = {en, 'pt-BR': ptBR};
