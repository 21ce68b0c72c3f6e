import type {Bilingual} from './language.js';

/* `sts-mfa cleanup --help`, in both languages. */

const en = `Usage: sts-mfa cleanup [options]

Finds what earlier runs on this machine left behind (from their journals), lists it, and deletes
it after confirmation: demo users with their inline policies, access keys and MFA devices, free
virtual MFA devices, and assume-role's roles and customer managed policies. With --aws or
--endpoint it also finds, by the /sts-mfa/ IAM path and sts-mfa's tags, what runs with no record
on this machine left; those may still be running elsewhere, so they are deleted only when older
than --older-than, or when named with --run. Nothing without sts-mfa's tags is touched.

Options
  --aws | --endpoint URL    where to look (as for 'sts-mfa run'); default: each journal's own target
  --profile NAME, --region REGION
  --older-than DURATION     untracked resources at least this old may go: 30m, 2h, 1d (default 1h)
  --run ID                  the untracked resources of this run may go, whatever their age (repeatable)
  --dry-run                 only list what would be deleted
  -y, --yes                 delete without asking
  -h, --help                this help

Exit status
  0         nothing is left behind (or nothing was found; or a dry run)
  1         something is still there, a target could not be searched, or you answered no
  2         usage error (a bad flag or duration)`;

const ptBR = `Uso: sts-mfa cleanup [opções]

Encontra o que execuções anteriores nesta máquina deixaram para trás (pelos diários delas), lista
e exclui após confirmação: usuários da demonstração com suas políticas em linha, chaves de acesso
e dispositivos de MFA, dispositivos de MFA virtuais avulsos, e as funções e políticas gerenciadas
pelo cliente do assume-role. Com --aws ou --endpoint, também encontra, pelo caminho do IAM
/sts-mfa/ e pelas tags do sts-mfa, o que execuções sem registro nesta máquina deixaram; essas
podem ainda estar em andamento em outro lugar, então só são excluídas quando mais antigas que
--older-than, ou quando indicadas com --run. Nada sem as tags do sts-mfa é tocado.

Opções
  --aws | --endpoint URL    onde procurar (como em 'sts-mfa run'); padrão: o alvo de cada diário
  --profile NAME, --region REGION
  --older-than DURATION     recursos não rastreados com pelo menos esta idade podem ser
                            excluídos: 30m, 2h, 1d (padrão: 1h)
  --run ID                  os recursos não rastreados desta execução podem ser excluídos,
                            qualquer que seja a idade (pode ser repetida)
  --dry-run                 apenas lista o que seria excluído
  -y, --yes                 exclui sem perguntar
  -h, --help                esta ajuda

Status de saída
  0         nada ficou para trás (ou nada foi encontrado; ou foi um dry run)
  1         algo ainda está lá, não foi possível fazer a busca em um alvo, ou você respondeu não
  2         erro de uso (uma flag ou duração inválida)`;

export const CLEANUP_HELP: Bilingual = {en, 'pt-BR': ptBR};
