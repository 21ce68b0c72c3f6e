import type {Bilingual} from './language.js';

/** `sts-mfa presenter --help`, in both languages. */
export const PRESENTER_HELP: Bilingual = {
	en: `Usage: sts-mfa presenter [--talk-minutes N]

A presenter's view of the dashboard running in another terminal of this machine (yours, not the
audience's): the step on screen and the next one, the speaker notes declared with the scenario for
that step, the time elapsed (and left, with --talk-minutes), the built-in authenticator's current
code and countdown on the embedded sandbox (to type it by hand as the audience watches), and which
keys do what. It attaches over an owner-only socket in your runtime directory; no other user can.
Several views may attach. When the dashboard ends, the view says so and exits 0.

  --talk-minutes N          the talk's length: show the time left
  -h, --help                this help`,
	'pt-BR': `Uso: sts-mfa presenter [--talk-minutes N]

A visão do apresentador para o painel que roda em outro terminal desta máquina (o seu, não o do
público): a etapa que está na tela e a seguinte, as notas do apresentador declaradas no cenário
para aquela etapa, o tempo decorrido (e o restante, com --talk-minutes), o código atual do
autenticador embutido e sua contagem regressiva no sandbox embutido (para digitá-lo à mão enquanto
o público acompanha) e qual tecla faz o quê. Ela se conecta por um socket acessível apenas ao
proprietário no seu diretório de runtime; nenhum outro usuário consegue. Várias visões podem se
conectar. Quando o painel termina, a visão avisa e sai com status 0.

  --talk-minutes N          a duração da palestra: mostra o tempo restante
  -h, --help                esta ajuda`,
};
