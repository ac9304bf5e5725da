<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>não é possível ler o arquivo ({reason})</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>cada seção precisa de &apos;{heading}&apos; e &apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>seção {number}</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>não há nenhuma seção</translation>
    </message>
    <message>
        <source>What are back spasms?</source>
        <translation>O que são espasmos nas costas?</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>Os espasmos nas costas costumam resultar de pontos-gatilho miofasciais, também conhecidos como nós musculares. Esses nós fazem com que os músculos se contraiam, endureçam e fiquem doloridos. Entre os fatores que contribuem para a sua formação estão lesões, má postura, movimentos repetitivos, tensão crônica ou até mesmo uma noite mal dormida.</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>Como é o tratamento?</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>Tratar os pontos-gatilho de forma eficaz exige uma abordagem multimodal. Aplicar calor pode melhorar o fluxo sanguíneo e relaxar os músculos. Alongar diariamente os músculos afetados melhora a mobilidade e a amplitude de movimento. Praticar exercícios aeróbicos, como caminhada ou bicicleta ergométrica, melhora a circulação e reduz a dor. Além disso, usar uma bola de massagem para fazer acupressão pode ajudar a desfazer os nós musculares.</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>Como prevenir espasmos nas costas?</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>Garanta que a ergonomia do seu trabalho e do seu escritório seja a ideal. Faça pausas regularmente e pratique exercícios de alongamento para evitar a rigidez. Tratar logo os sintomas iniciais e leves muitas vezes pode evitar que eles piorem.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Cuidados de segurança</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>Interrompa o alongamento se ele deixar a dor mais aguda.</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>Procure um profissional de saúde sem demora em caso de dormência, fraqueza nas pernas, perda do controle da bexiga ou do intestino, febre ou dor após uma queda.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>Sobre os espasmos nas costas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>Uma rotina do seu profissional de saúde</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>O que muda</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>Nada muda até você escolher Usar esta rotina. A rotina do folheto continua a um clique de distância, nas Configurações, e seu histórico é mantido.</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Usar esta rotina</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>A seguir: {stretch}. Prepare-se.</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>Continue em movimento por 1 segundo.</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>Continue em movimento por {seconds} segundos.</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>Mantenha por 1 segundo.</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>Mantenha por {seconds} segundos.</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>Troque de lado: lado esquerdo.</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>Troque de lado: lado direito.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Troque de lado.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>Rotina concluída. Você fez {done} de 1 etapa.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>Rotina concluída. Você fez {done} de {planned} etapas.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>Sessão encerrada. Você fez {done} de 1 etapa.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>Sessão encerrada. Você fez {done} de {planned} etapas.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>Em pausa: o computador ficou em suspensão ou ocupado por {gap}. Pressione Retomar para continuar.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Faltam dez segundos.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Em pausa.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Retomado.</translation>
    </message>
    <message>
        <source>{stretch}.</source>
        <translation>{stretch}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The app is already running, so it was brought to the front; quit it first to start it with {options}.</source>
        <translation>O aplicativo já está aberto, então ele foi trazido para a frente; feche-o primeiro para iniciá-lo com {options}.</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>Ainda não há sessões registradas em {folder}.</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>Não foi possível ler a rotina do seu profissional de saúde guardada em {folder}, então o relatório trata da rotina do folheto ({why}).</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation>A rotina do seu profissional de saúde não é compatível com este arquivo de rotina, então a rotina do folheto é usada.</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>Nenhum dos alongamentos escolhidos está nesta rotina, então todos eles são usados.</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>Não foi possível carregar as imagens dos alongamentos, então os nomes são mostrados no lugar delas ({why}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>Algo deu errado dentro do aplicativo e ele precisa ser fechado; os detalhes estão em {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>Algo inesperado deu errado dentro do aplicativo; ele continua com a sua sessão e o seu histórico como estavam, e os detalhes estão em {log}.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>Não foi possível verificar o início automático ao fazer login porque não foi possível ler {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>Não foi possível ativar o início automático ao fazer login porque não foi possível gravar {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>Não foi possível desativar o início automático ao fazer login porque não foi possível remover {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>Não foi possível ativar o início automático ao fazer login porque não foi possível alterar {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>Não foi possível desativar o início automático ao fazer login porque não foi possível alterar {place}: {reason}.</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>a chave do registro {key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>Iniciar discretamente na bandeja do sistema ao fazer login</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal} ou mais: meta cumprida</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>dd/MM</translation>
    </message>
    <message>
        <source>No pain ratings yet</source>
        <translation>Ainda não há avaliações da dor</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Antes da sessão</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Depois da sessão</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Sem dor</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value} Pior dor</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>Nenhuma saída de som foi encontrada, então os sinais sonoros e a voz ficam em silêncio; a tela continua mostrando cada passo.</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>Não foi possível carregar os sinais sonoros, então a sessão continua sem eles.</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>Os sinais sonoros estão em silêncio porque não foi possível carregar a biblioteca de som {library} neste computador; a tela continua mostrando cada passo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: erro: {message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}: uma rotina guiada de sete alongamentos para as costas, 2-3 vezes ao dia, que você pode seguir com os olhos ou com os ouvidos.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra esta mensagem de ajuda e sai</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>mostra a versão e sai</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>uma prescrição do seu profissional de saúde para ver e, se você a aceitar, seguir</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>usa este arquivo de rotina em vez do arquivo do folheto</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>verifica um arquivo de prescrição e mostra o que ele mudaria, ou o que há de errado nele, e sai</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>um tempo fixo de preparação antes de cada novo alongamento, sem os passos falados (padrão: o tempo que leva para dizer os passos, no mínimo o das Configurações, 5)</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>um tempo fixo de preparação entre os dois lados de um alongamento, sem os passos falados (padrão: o tempo que leva para dizer os passos, no mínimo o das Configurações, 3)</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>inicia discretamente na bandeja do sistema, para lembrar você (é assim que o início automático ao fazer login o abre)</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>mostra cada etapa da rotina e sai</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>mostra cada aviso de uma sessão inteira (sinais sonoros, fala, tiques) com o seu horário, e sai</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>com --print-routine ou --timeline: em JSON</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>renderizar a janela em uma imagem</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>renderiza a janela fora da tela em um PNG e sai</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>a etapa a mostrar, a partir de 1 (padrão: 1)</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>tamanho da janela (960x640)</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>cores a usar (padrão: as do sistema)</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>o que a sessão está fazendo (hold)</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>tamanho do texto, de 0,75 a 2 (padrão: 1, como Ctrl+0)</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>grava um PNG da demonstração de cada etapa (cada passo e a posição mantida, claro e escuro) e sai</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>grava a demonstração de cada etapa como posições das articulações (JSON, metros) e sai</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>histórico e relatórios</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>guarda o histórico em DIR (padrão: BACKSPASM_DATA_DIR; se não houver, a sua pasta de dados)</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>grava todas as sessões em um arquivo CSV e sai</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>grava o relatório de progresso de uma página para o seu profissional de saúde e sai</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>com --report: o primeiro dia, AAAA-MM-DD (padrão: quatro semanas antes de --to)</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>com --report: o último dia, AAAA-MM-DD (padrão: hoje)</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>com --report: o nome a imprimir nele (padrão: uma linha para escrever o nome)</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>o idioma a usar desta vez (padrão: o das Configurações; se não houver, o do sistema)</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>também grava o registro no terminal</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>informe a prescrição para abrir ou para --check-prescription, não para os dois</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>--json é usado com --print-routine ou --timeline</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>--from, --to e --name são usados com --report</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} é posterior a --to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text} não é uma prescrição: o nome de um arquivo de prescrição termina em {extension}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>esperava uma data no formato AAAA-MM-DD, como 2026-11-30, mas recebeu {text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>esperava um número de segundos, mas recebeu {text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>deve estar entre 0 e 60 segundos, mas recebeu {text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>esperava um tamanho de texto de 0,75 a 2, mas recebeu {text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>esperava LARGURAxALTURA, como 960x640, mas recebeu {text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text} está fora do intervalo de 320x240 a 8192x8192</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>--step deve estar entre 1 e {holds}, mas recebeu {step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenha</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continue em movimento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}, painel compacto</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>Voltar uma etapa</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Começar ou pausar (Espaço)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>Avançar para a próxima etapa</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Janela completa</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>Voltar à janela completa (Ctrl+M)</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Rotina concluída</translation>
    </message>
    <message>
        <source>{stretch}, {phase}</source>
        <translation>{stretch}, {phase}</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <extracomment>In a right-to-left language Previous is on the right and the Right arrow goes back: name the Right arrow there.</extracomment>
        <translation>Voltar uma etapa (seta para a esquerda)</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>Começar ou pausar a rotina (Espaço)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>Avançar para a próxima etapa (seta para a direita)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>Recomeçar a rotina desde o primeiro alongamento (R duas vezes)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>prepare-se</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantenha</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>em movimento</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>Falta 1 segundo, {mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>Faltam {seconds} segundos, {mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>Tempo restante: {time}, {mode}</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation>Não foi possível salvar as sessões em {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>Muito bem, rotina concluída.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sessão encerrada.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>A seguir: {stretch}, lado esquerdo. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>A seguir: {stretch}, lado direito. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>A seguir: {stretch}. {how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Troque de lado.</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}…</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>Dez segundos.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Em pausa.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Retomando.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>A seguir: {stretch}, lado esquerdo.</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>A seguir: {stretch}, lado direito.</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>A seguir: {stretch}.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>O Back Spasm Stretches continua aberto na bandeja do sistema para poder lembrar você. Para sair, use o menu da bandeja.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema, então os lembretes só aparecem enquanto o aplicativo está aberto, e fechar a janela encerra o aplicativo.</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>{done} de {goal} sessão feita hoje.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>{done} de {goal} sessões feitas hoje.</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Lembretes desativados</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Lembretes pausados até {time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>Próximo lembrete: {day} às {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Ainda em execução</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>A sua nova escolha de alongamentos vale a partir da próxima sessão.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>Nenhuma tela encontrada (DISPLAY não está definida): execute isto a partir de uma sessão gráfica.</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>Nenhuma tela responde em DISPLAY={display}: execute isto a partir de uma sessão gráfica ou inicie antes o servidor X.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>E agora, depois dos alongamentos: quanto doem as suas costas? (opcional)</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>Muito bem — rotina concluída</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessão encerrada</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>Desta vez você não fez a única etapa.</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>Desta vez você não fez nenhuma das {planned} etapas.</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>Você fez {done} de 1 etapa: {time} de alongamento.</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>Você fez {done} de {planned} etapas: {time} de alongamento.</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}: feito</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}: pulado</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}: lado esquerdo feito, lado direito pulado</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}: lado direito feito, lado esquerdo pulado</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>Fazer a rotina de novo desde o primeiro alongamento (Espaço)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}, linha {line}, {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, linha {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}, {place}: {problem}</source>
        <translation>{file}, {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>não é possível ler o arquivo ({reason})</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>não é um TOML válido ({detail})</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>este arquivo é de uma versão mais antiga (esquema {old}); esta versão lê o esquema {new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>alongamento {number} (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>alongamento {number}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>chave desconhecida &apos;{key}&apos; (permitidas: {allowed})</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>falta a chave obrigatória &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>&apos;{key}&apos; deve ser um texto não vazio, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>&apos;{key}&apos; tem {count} caracteres; pode ter no máximo {most}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>&apos;{key}&apos; deve ser um número inteiro, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>&apos;{key}&apos; deve estar entre {least} e {most}, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>&apos;{key}&apos; tem {count} itens; pode ter no máximo {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>não é um TOML válido ({detail})</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>os valores estão aninhados em mais de {most} níveis, o que nenhum arquivo nosso precisa</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <extracomment>MB: megabytes. The decimal point stays a point.</extracomment>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>não é um arquivo comum (é um pipe, um dispositivo ou um socket), então não é lido</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>não é possível ler o arquivo ({reason})</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>o arquivo tem {size}, mais do que os {most} que um arquivo assim pode ter</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>Sem dor</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Pior dor imaginável</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>fora da rotina</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>não está no folheto</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>mantido por {used} (folheto: {handout})</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>{done} de 1 etapa feita</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>{done} de {planned} etapas feitas</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>como no folheto</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Salvar as sessões como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>Suas sessões foram salvas em {path}.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Salvar o relatório para o seu profissional de saúde</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>O relatório para o seu profissional de saúde foi salvo em {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>Não foi possível salvar uma sessão porque o histórico estava fechado.</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>Não foi possível salvar uma sessão no seu histórico ({reason}), então ela pode não aparecer no seu progresso.</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>Não foi possível ler o seu histórico de sessões ({reason}).</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>Não foi possível ler uma sessão do seu histórico, e ela foi deixada de fora.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Não é possível gravar na pasta {folder}, então o histórico está desativado: as sessões desta execução serão esquecidas quando o aplicativo for fechado.</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>O seu histórico de sessões em {path} foi gravado por uma versão mais recente do aplicativo, então ele foi deixado como está e o histórico está desativado: as sessões desta execução serão esquecidas quando o aplicativo for fechado.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Não foi possível abrir o seu histórico de sessões em {path} ({reason}), então o histórico está desativado: as sessões desta execução serão esquecidas quando o aplicativo for fechado.</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>Não foi possível ler o seu histórico de sessões, então ele foi movido para {moved} e um novo foi iniciado.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Não foi possível ler nem substituir o seu histórico de sessões em {path}, então o histórico está desativado: as sessões desta execução serão esquecidas quando o aplicativo for fechado.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>A tradução ({language}) não foi encontrada, então o aplicativo está em inglês.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{time} left</source>
        <translation>Tempo restante: {time}</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>Onde você está na rotina</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tempo restante da sessão</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>Sobre os espasmos nas costas</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>O que são espasmos nas costas, como são tratados, como se manter em segurança (F1)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>Um painel pequeno que fica sempre visível (Ctrl+M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>Rotina, som, lembretes e cores (Ctrl+,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>Sessões, sequências, dor ao longo do tempo, relatórios (Ctrl+P)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>Progresso, painel compacto, configurações e Sobre</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>Antes de começar: quanto doem as suas costas agora? (opcional)</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>Em pausa: o computador ficou em suspensão ou ocupado por {gap}, então a sessão parou onde você estava. Pressione Retomar para continuar.</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>Muito bem — {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Rotina concluída</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>Sessão encerrada — {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessão encerrada</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} — {app}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>Alongamento {number} de {total} · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>Alongamento {number} de {total}</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>A rotina recomeçou do primeiro alongamento.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>Pressione R de novo para recomeçar do primeiro alongamento.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>Executar a ação do aviso</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Dispensar o aviso</translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation>{shown} de {all}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Adiar 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Sem dor</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Pior dor imaginável</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}, sem dor</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}, pior dor imaginável</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>Um número de 0, sem dor, a 10, a pior dor imaginável. Opcional.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Pular a avaliação da dor</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>Continuar sem avaliar</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question} &lt;b&gt;{value}&lt;/b&gt; — anotado, obrigado.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>O sistema não indica nenhuma pasta para os dados do aplicativo; inicie-o com {option}.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>1 etapa, {stretching} de alongamento ({total} com as preparações)</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>{holds} etapas, {stretching} de alongamento ({total} com as preparações)</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Objetivo: {objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} — em movimento, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} — manter, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} — em movimento, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} — manter, {seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>em quatro apoios</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>de bruços, com o peito erguido e apoiado nas mãos</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>de barriga para cima, com um joelho puxado em direção ao peito</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>de barriga para cima, vista de cima, com o joelho dobrado cruzando o corpo</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>na posição sentada, com uma perna estendida, levando as mãos aos dedos do pé</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>joelho da frente dobrado para a frente, perna de trás esticada, tronco inclinado para a frente</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>sobre os calcanhares, com os braços à frente e a testa voltada para o chão</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Imagem do alongamento</translation>
    </message>
    <message>
        <source>{stretch}, {side}</source>
        <translation>{stretch}, {side}</translation>
    </message>
    <message>
        <source>{stretch}: {position}</source>
        <translation>{stretch}: {position}</translation>
    </message>
</context>
<context>
    <name>Prescribing</name>
    <message>
        <source>You follow your clinician’s routine: {title}.</source>
        <translation>Você segue a rotina do seu profissional de saúde: {title}.</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>Abrir uma prescrição do seu profissional de saúde</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>Não foi possível abrir esta prescrição, então nada mudou: {why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>Não foi possível guardar a prescrição ({reason}), então nada mudou.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>A rotina do seu profissional de saúde agora é a sua rotina.</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>Do seu profissional de saúde: {note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>A rotina do folheto voltou a ser a sua rotina; o seu histórico é mantido.</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation>Prescrita por {clinician}, {date}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation>Prescrita por {clinician}</translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation>Rotina prescrita, {date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>Rotina prescrita</translation>
    </message>
    <message>
        <source>the prescription</source>
        <translation>a prescrição</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>este não é um arquivo de prescrição, ou ele está danificado ({detail})</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>a prescrição não tem alongamentos; adicione pelo menos uma tabela {table}</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>esta prescrição tem {count} alongamentos, mas o aplicativo tem {most} e cada um pode ser prescrito uma só vez</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>cada alongamento deve ser uma tabela {table}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>&apos;{id}&apos; está prescrito duas vezes; informe cada alongamento uma só vez</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>este não é um arquivo de prescrição: ele não começa com {line}</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>esta prescrição é de uma versão mais recente do {app} (esquema {found}; esta versão lê o esquema {known}); atualize o aplicativo para abri-la</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>&apos;{key}&apos; deve ser {version}, mas é {value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>não existe o alongamento {id} neste aplicativo; os alongamentos são: {ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos; serve apenas para alongamentos feitos de cada lado, e {stretch} não é um deles</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; deve ser &quot;{both}&quot;, &quot;{left}&quot; ou &quot;{right}&quot;, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>&apos;{key}&apos; deve ser um texto, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>&apos;{key}&apos; deve ter uma só linha</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>&apos;{key}&apos; contém um caractere de controle ({code}), de que um texto nunca precisa</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; deve ser um dia escrito como {example}, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; deve ser uma lista de horários escritos como {example}, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>&apos;{key}&apos; deve seguir a ordem do dia, cada horário uma só vez</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>O que muda:</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>Nota do seu profissional de saúde:</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>Notas sobre os alongamentos:</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>Para {patient}.</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>Cada sessão leva {new} (agora: {now}).</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>Fica de fora: {stretch}.</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>Entra: {stretch} ({how}).</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}: {changes}.</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>A ordem passa a ser: {stretches}.</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>Os mesmos alongamentos, tempos de permanência e ordem de agora.</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>manter {seconds}</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>manter {before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>só o lado esquerdo</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>só o lado direito</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>os dois lados</translation>
    </message>
    <message>
        <source>once</source>
        <translation>uma vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>duas vezes</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} vezes</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>Prescrito por {clinician} em {date}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>Prescrito por {clinician}.</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>Prescrito em {date}.</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>A prescrição não diz quem a escreveu.</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>1 sessão por dia</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>{count} sessões por dia</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}, sem horários de lembrete.</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}, um lembrete às {time}.</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}, lembretes às {times} e às {last}.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>Não foi possível ler a rotina do seu profissional de saúde, então a rotina do folheto é usada; o arquivo foi guardado como {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>Prescrições de alongamentos (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>Criar uma rotina para um paciente</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>Horas e minutos, separados por vírgulas; ou nenhum</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Os dois lados</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Só o lado esquerdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Só o lado direito</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>Pro&amp;fissional:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>&amp;Sessões por dia:</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>Horários de &amp;lembrete:</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>&amp;Nota antes da primeira sessão:</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>&amp;Manter cada vez:</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>L&amp;ados:</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>&amp;Vezes seguidas:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Alongamentos (marque para incluir; arraste ou mova para reordenar)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profissional de saúde</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Sessões por dia</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Horários de lembrete</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>Nota antes da primeira sessão</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>Alongamentos, em ordem</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>Manter cada vez</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Vezes seguidas</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>Nota sobre este alongamento</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Marque pelo menos um alongamento.</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>Escreva os horários de lembrete em horas e minutos, como 08:30, 13:00.</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>{holds} etapas; cada sessão leva cerca de {time}.</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>Abrir uma prescrição</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>{file} foi aberto.</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>Salvar a prescrição</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>Não foi possível salvar {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>{file} foi salvo: entregue-o ao seu paciente.</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>Alongamentos para {patient}</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Alongamentos</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a day is named in the calendar&apos;s tooltips: a QDate format (dddd: the weekday&apos;s name, d: the day, MMMM: the month&apos;s name), as &quot;Monday 26 October&quot;.</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{date}: still to come</source>
        <translation>{date}: ainda por vir</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date}: 1 sessão, meta cumprida</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date}: {count} sessões, meta cumprida</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date}: 1 sessão</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date}: {count} sessões</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>Mais 1 foi interrompida antes da metade das etapas, então não conta.</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>Mais {short} foram interrompidas antes da metade das etapas, então não contam.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>Últimas {weeks} semanas: nenhuma sessão que conte.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Últimas {weeks} semanas: 1 sessão em 1 dia; a meta diária de {goal} foi cumprida em 1 dia.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Últimas {weeks} semanas: 1 sessão em 1 dia; a meta diária de {goal} ainda não foi cumprida.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Últimas {weeks} semanas: {sessions} sessões em 1 dia; a meta diária de {goal} foi cumprida em 1 dia.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Últimas {weeks} semanas: {sessions} sessões em 1 dia; a meta diária de {goal} ainda não foi cumprida.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>Últimas {weeks} semanas: {sessions} sessões em {days} dias; a meta diária de {goal} foi cumprida em {met} dias.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>Últimas {weeks} semanas: {sessions} sessões em {days} dias; a meta diária de {goal} foi cumprida em 1 dia.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>Últimas {weeks} semanas: {sessions} sessões em {days} dias; a meta diária de {goal} ainda não foi cumprida.</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>Sessões nas últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>A dor antes das sessões passou de {first} na primeira semana para {last} na última.</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>A dor depois das sessões passou de {first} na primeira semana para {last} na última.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>A dor antes das sessões teve média de {first} na semana de {week}.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>A dor depois das sessões teve média de {first} na semana de {week}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>A dor antes das sessões passou de {before_first} na primeira semana para {before_last} na última; depois das sessões, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>A dor antes das sessões passou de {before_first} na primeira semana para {before_last} na última; depois das sessões, foi de {after_first} na semana de {after_week}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>A dor antes das sessões teve média de {before_first} na semana de {before_week}; depois das sessões, passou de {after_first} na primeira semana para {after_last} na última.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>A dor antes das sessões teve média de {before_first} na semana de {before_week}; depois das sessões, de {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>A dor antes das sessões teve média de {before_first} na semana de {before_week}; depois das sessões, de {after_first} na semana de {after_week}.</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>Ainda não há avaliações da dor. Avalie a sua dor de 0 a 10 antes e depois de uma sessão.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dor antes e depois das sessões</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>Ainda não há sessões. As suas sessões vão aparecer aqui depois que você fizer a primeira.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>Sessões, últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>Salvar as sessões como CSV…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Salvar as sessões como CSV</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>Todas as sessões, uma por linha, para uma planilha</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>Relatório para o seu profissional de saúde (PDF)…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>Relatório para o seu profissional de saúde (PDF)</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>Um PDF com sessões, sequências e dor para imprimir ou enviar ao seu fisioterapeuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>Salvar como CSV…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>Relatório (PDF)…</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>às segundas</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>às terças</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>às quartas</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>às quintas</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>às sextas</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>aos sábados</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>aos domingos</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>Hoje: {done} sessões — meta de {goal} cumprida</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>Hoje: 1 de 1 sessão — meta cumprida</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>Hoje: 0 de 1 sessão</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>Hoje: {done} de {goal} sessões — meta cumprida</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>Hoje: {done} de {goal} sessões</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>Sequência atual: 1 dia · Melhor: 1 dia</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>Sequência atual: 1 dia · Melhor: {best} dias</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>Sequência atual: {current} dias · Melhor: 1 dia</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>Sequência atual: {current} dias · Melhor: {best} dias</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation>Um dia sem atingir a meta encerra a sequência.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>Descansar nos fins de semana não quebra a sequência: num dia de descanso, não atingir a meta não encerra a sequência nem a aumenta.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>Descansar nos fins de semana não quebra a sequência.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Descansar {days} não quebra a sequência: num dia de descanso, não atingir a meta não encerra a sequência nem a aumenta.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Descansar {days} não quebra a sequência.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>A sequência são os dias seguidos em que você fez pelo menos 1 sessão.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>A sequência são os dias seguidos em que você fez pelo menos {goal} sessões.</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>Hoje passa a contar assim que você atingir a meta; até lá, vale a sequência até ontem.</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>Hora dos seus alongamentos para as costas — 5 minutos</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>{done} de 1 sessão feita hoje.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>{done} de {goal} sessões feitas hoje.</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>Você perdeu um lembrete</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>Clique para começar. {progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Adiar 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {date}</source>
        <translation>Gerado em {date}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>Nome: {name}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Período: {period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine} ({count} de 1 sessão)</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine} ({count} de {total} sessões)</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>Rotina: do folheto da clínica</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>Rotina: prescrita por {clinician}, datada de {date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>Rotina: prescrita por {clinician}</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>Rotina: prescrita, datada de {date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>Rotina: {routine}</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>Uma sessão conta como feita quando pelo menos metade das etapas foi feita.</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Do aplicativo {app} {version} — a rotina do folheto da clínica “{handout}”</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Do aplicativo {app} {version} — alongamentos prescritos do folheto da clínica “{handout}”</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>depois da sessão</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>antes da sessão</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Dor antes e depois da sessão</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>Nenhuma avaliação da dor registrada.</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value} Pior dor imaginável</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Sem dor</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>A dor média antes da sessão foi de {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>A dor média antes da sessão foi de {first} tanto na primeira semana quanto na última</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>A dor média antes da sessão foi de {first} tanto no primeiro mês quanto no último</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>A dor média antes da sessão foi de {first} tanto na semana de {start} quanto na semana de {end}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>A dor média antes da sessão foi de {first} tanto em {start} quanto em {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>A dor média antes da sessão caiu de {first} na primeira semana para {last} na última</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>A dor média antes da sessão caiu de {first} no primeiro mês para {last} no último</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>A dor média antes da sessão caiu de {first} na semana de {start} para {last} na semana de {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>A dor média antes da sessão caiu de {first} em {start} para {last} em {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>A dor média antes da sessão subiu de {first} na primeira semana para {last} na última</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>A dor média antes da sessão subiu de {first} no primeiro mês para {last} no último</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>A dor média antes da sessão subiu de {first} na semana de {start} para {last} na semana de {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>A dor média antes da sessão subiu de {first} em {start} para {last} em {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>A dor média depois da sessão foi de {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>A dor média depois da sessão foi de {first} tanto na primeira semana quanto na última</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>A dor média depois da sessão foi de {first} tanto no primeiro mês quanto no último</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>A dor média depois da sessão foi de {first} tanto na semana de {start} quanto na semana de {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>A dor média depois da sessão foi de {first} tanto em {start} quanto em {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>A dor média depois da sessão caiu de {first} na primeira semana para {last} na última</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>A dor média depois da sessão caiu de {first} no primeiro mês para {last} no último</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>A dor média depois da sessão caiu de {first} na semana de {start} para {last} na semana de {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>A dor média depois da sessão caiu de {first} em {start} para {last} em {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>A dor média depois da sessão subiu de {first} na primeira semana para {last} na última</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>A dor média depois da sessão subiu de {first} no primeiro mês para {last} no último</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>A dor média depois da sessão subiu de {first} na semana de {start} para {last} na semana de {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>A dor média depois da sessão subiu de {first} em {start} para {last} em {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>depois da sessão, foi de {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>depois da sessão, foi de {first} tanto na primeira semana quanto na última</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>depois da sessão, foi de {first} tanto no primeiro mês quanto no último</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>depois da sessão, foi de {first} tanto na semana de {start} quanto na semana de {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>depois da sessão, foi de {first} tanto em {start} quanto em {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>depois da sessão, caiu de {first} na primeira semana para {last} na última</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>depois da sessão, caiu de {first} no primeiro mês para {last} no último</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>depois da sessão, caiu de {first} na semana de {start} para {last} na semana de {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>depois da sessão, caiu de {first} em {start} para {last} em {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>depois da sessão, subiu de {first} na primeira semana para {last} na última</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>depois da sessão, subiu de {first} no primeiro mês para {last} no último</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>depois da sessão, subiu de {first} na semana de {start} para {last} na semana de {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>depois da sessão, subiu de {first} em {start} para {last} em {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>A dor média antes da sessão caiu de {first} na primeira semana para {last} na última; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>A dor média antes da sessão caiu de {first} no primeiro mês para {last} no último; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>A dor média antes da sessão caiu de {first} na semana de {start} para {last} na semana de {end}; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>A dor média antes da sessão caiu de {first} em {start} para {last} em {end}; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>A dor média antes da sessão subiu de {first} na primeira semana para {last} na última; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>A dor média antes da sessão subiu de {first} no primeiro mês para {last} no último; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>A dor média antes da sessão subiu de {first} na semana de {start} para {last} na semana de {end}; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>A dor média antes da sessão subiu de {first} em {start} para {last} em {end}; depois da sessão, de {after_first} para {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>A dor média antes da sessão foi de {first}; depois da sessão, de {after}.</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}; {second}.</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>Durante a sessão, a dor caiu em média {points} pontos (1 sessão avaliada antes e depois).</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Durante a sessão, a dor caiu em média {points} pontos ({count} sessões avaliadas antes e depois).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>Durante a sessão, a dor subiu em média {points} pontos (1 sessão avaliada antes e depois).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Durante a sessão, a dor subiu em média {points} pontos ({count} sessões avaliadas antes e depois).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>Durante a sessão, a dor não mudou em média (1 sessão avaliada antes e depois).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>Durante a sessão, a dor não mudou em média ({count} sessões avaliadas antes e depois).</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>nenhuma avaliação depois da sessão</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>nenhuma avaliação antes da sessão</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Nenhuma sessão neste período.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>Não foi possível gravar o relatório em {path}: permissão negada.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>Não foi possível gravar o relatório em {path}: a pasta não existe.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>Não foi possível gravar o relatório em {path}: o disco está cheio.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>Não foi possível gravar o relatório em {path}: o disco é somente leitura.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>Não foi possível gravar o relatório em {path}: já existe uma pasta com esse nome.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>Não foi possível gravar o relatório em {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>Não foi possível gravar o relatório em {path}: não foi possível abrir o arquivo para gravação.</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} — relatório de progresso: {period}</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Folheto</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>Tempo usado</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Como foi feito</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>{seconds} de cada lado</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>e mais {count} alongamentos</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>e mais 1 alongamento</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>A rotina como foi feita</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sessões por mês</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sessões por semana</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>sessões feitas</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>as {low}–{high} sessões por dia do folheto</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>1 sessão por dia, como prescrito</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>{count} sessões por dia, como prescrito</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>folheto: {low}–{high} por dia</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>meta: 1 sessão por dia</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>meta: {goal} sessões por dia</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>{percent}% das sessões prescritas</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>prescrito: 1 sessão por dia</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>prescrito: {goal} sessões por dia</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dias</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>{count} iniciadas</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>dias com sessão</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>pelo menos uma sessão feita</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>{count} por dia</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>sessões em média</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>dias com a meta cumprida</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>melhor sequência</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>dias seguidos cumprindo a meta</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>sessões interrompidas</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>antes da última etapa</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the report: a QDate format (d: the day, MMM: the month&apos;s short name), as &quot;26 Oct&quot;.</extracomment>
        <translation>dd/MM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A day on the report with its year: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month in the report&apos;s sentences on pain (&quot;... in Oct 2026&quot;): a QDate format (MMM: the month&apos;s short name, yyyy: the year).</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{first} (1 day)</source>
        <translation>{first} (1 dia)</translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation>{first} – {last} (1 semana)</translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation>{first} – {last} ({weeks} semanas)</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} dias)</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} — relatório de progresso</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>Relatório para o seu profissional de saúde</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>Um PDF de uma página com as suas sessões e avaliações da dor, para imprimir ou enviar à pessoa que lhe deu o folheto. O seu nome é opcional; ele não é armazenado.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Seu nome (opcional)</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>Deixe em branco para escrevê-lo à mão</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Salvar relatório…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How the report&apos;s first and last days are shown and typed: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>Faça isto {count} vezes.</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>Faça durante 1 segundo.</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>Faça durante {seconds} segundos.</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>Mantenha por 1 segundo de cada lado.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>Mantenha por {seconds} segundos de cada lado.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Mantenha por 1 segundo.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>Mantenha por {seconds} segundos.</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}, {repetition} de {repetitions}</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}, lado esquerdo</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}, lado direito</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>&apos;{key}&apos; deve ser {version}, mas é {value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>a rotina não tem alongamentos; adicione pelo menos uma tabela {table}</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>cada alongamento deve ser uma tabela {table}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>o id &apos;{id}&apos; é usado duas vezes; os ids devem ser únicos</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>&apos;{key}&apos; deve ter apenas letras minúsculas, dígitos e hifens, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>&apos;{key}&apos; deve ser uma lista de uma ou mais frases</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; deve ser &quot;{hold}&quot; ou &quot;{movement}&quot;, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>&apos;{key}&apos; deve ser formado por palavras tiradas das instruções, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos; serve apenas para alongamentos do tipo &quot;{movement}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>&apos;{key}&apos; também precisa de &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>&apos;{key}&apos; deve ser um número inteiro de 1 a {most}, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>&apos;{key}&apos; deve ser uma lista de uma ou mais palavras, mas é {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>&apos;{key}&apos; deve ser uma lista de &quot;{left}&quot; e &quot;{right}&quot;, cada um no máximo uma vez, mas é {value}</translation>
    </message>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>Alongamentos e exercícios para espasmos nas costas</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>Alongar-se com regularidade pode acelerar a recuperação e prevenir recidivas. A rotina de alongamentos a seguir pode ser feita em 5 minutos e deve ser feita 2-3 vezes ao dia.</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>mobilizar a coluna e melhorar a flexibilidade</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Comece na posição de quatro apoios.</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>Arqueie as costas para cima, na posição de “gato”, e depois abaixe a barriga, levantando a cabeça e o cóccix, na posição de “vaca”.</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>Alterne lentamente entre as duas.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>Vaca</translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation>Extensão da coluna</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>alongar e fortalecer os músculos da região lombar</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>Deite-se de bruços, com as mãos embaixo dos ombros.</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>Levante lentamente o peito do chão, mantendo o quadril no chão.</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>Joelho ao peito</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>Alongar a região lombar e o quadril.</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>Deite-se de barriga para cima e puxe um joelho em direção ao peito</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>Deite-se de barriga para cima e puxe um joelho em direção ao peito, mantendo a outra perna estendida no chão.</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>Rotação de tronco deitado</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>Alongar e mobilizar a coluna e a região lombar.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>Leve suavemente o joelho dobrado por cima do corpo em direção ao chão</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>Deite-se de barriga para cima, com uma perna esticada e o outro joelho dobrado.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>Leve suavemente o joelho dobrado por cima do corpo em direção ao chão, mantendo os ombros apoiados no chão.</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>Alongamento de isquiotibiais sentado</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>Alongar os isquiotibiais e aliviar a tensão na região lombar.</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>Leve as mãos à frente, em direção aos dedos do pé da perna estendida, mantendo as costas retas.</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>Sente-se com uma perna estendida e a outra dobrada para dentro.</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>Alongamento de glúteos (postura do pombo)</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>Alongar os glúteos e aliviar a tensão na região lombar.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>Leve um joelho para a frente e coloque-o atrás da mão oposta</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>Comece na posição de quatro apoios.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>Leve um joelho para a frente e coloque-o atrás da mão oposta, enquanto estende a outra perna esticada para trás.</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>Abaixe suavemente o quadril em direção ao chão e incline-se para a frente sobre a perna dobrada.</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>Postura da criança</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>Alongar a região lombar e relaxar a coluna.</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>Sente-se para trás sobre os calcanhares, levando os braços à frente. Deixe a testa descansar no chão</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>Comece na posição de quatro apoios e depois sente-se para trás sobre os calcanhares, levando os braços à frente.</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>Deixe a testa descansar no chão e relaxe.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>sinais sonoros ligados ou desligados</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>orientação por voz ligada ou desligada</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>velocidade da fala</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>tempo de permanência</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>tempo de preparação</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>tempo para trocar de lado</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>escolha de alongamentos</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>lembretes ligados ou desligados</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>tipo de lembrete</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>horários dos lembretes</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>horas entre lembretes</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>início do expediente</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>fim do expediente</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>dias dos lembretes</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>silenciar ao atingir a meta</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>meta diária</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>tema de cores</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>tamanho do texto</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>horário de trabalho</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>Não foi possível ler a configuração salva ({setting}), então o padrão volta a ser usado.</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>Não foi possível ler as configurações salvas ({settings} e {last}), então os padrões voltam a ser usados.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names in a list</comment>
        <extracomment>Between the names of a list (&quot;hold length, get-ready time&quot;): Chinese 、 Arabic ،</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Padrão do sistema ({language})</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>O novo idioma será usado a partir da próxima vez que o aplicativo for iniciado.</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>Iniciar ao fazer login (discretamente, na bandeja)</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation> sessão</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation> sessões</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Lembrar-me de alongar</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>Nestes horários</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>A cada poucas horas enquanto trabalho</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Horários dos lembretes</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>Horas entre lembretes</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Início do expediente</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Fim do expediente</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>até</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>Sem mais lembretes depois de atingir a meta</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horários</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>A cada</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>Dias</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>Folheto: 2–3 vezes ao dia.</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>Escreva os horários assim: {example}.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>O expediente deve terminar depois de começar.</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>Folheto: mantenha cada alongamento por 30 segundos. Outros alongamentos ou outra ordem valem a partir da próxima sessão; um novo tempo de permanência, a partir da próxima etapa.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Tempo de permanência</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Tempo de preparação</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>Tempo para trocar de lado</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>Alongamentos da rotina, em ordem</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>Restaurar a do folheto</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>Os sete alongamentos, na ordem do folheto, 30 s cada</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Manter cada alongamento por</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>Preparação antes de um alongamento</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>Preparação entre os lados</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Alongamentos (marque para incluir; arraste ou mova para reordenar)</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>Abrir uma prescrição…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>Usar a rotina do folheto</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>Criar uma rotina para um paciente…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>Você segue a rotina do folheto.</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>O seu profissional de saúde escolheu estes alongamentos e tempos; para escolher os seus, use a rotina do folheto.</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Marque pelo menos um alongamento.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>Não foi possível ler nem pôr de lado as suas configurações em {path}, então os padrões são usados nesta execução.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>Não foi possível ler as suas configurações, então elas foram movidas para {moved} e os padrões são usados.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>Não é possível salvar as suas configurações em {path}, então as alterações só valem até o aplicativo ser fechado.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>A pasta {folder} pertence a outra pessoa ou está aberta a outros, então o aplicativo foi iniciado sem ela: abri-lo de novo pode abrir uma segunda janela.</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>Outro programa está ocupando o canal que este aplicativo usa para rodar como uma única cópia ({name}), então ele foi iniciado mesmo assim: abri-lo de novo pode abrir uma segunda janela.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound and voice</source>
        <translation>Som e voz</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>Sinais sonoros, orientação por voz, volume e velocidade da fala (M silencia)</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>Som: nada pode tocar</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>Som: sinais sonoros e voz</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Som ligado</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>Som: só sinais sonoros</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Só sinais sonoros</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>Som: só voz</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Só voz</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Som: desligado</translation>
    </message>
    <message>
        <source>Chimes</source>
        <translation>Sinais sonoros</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Sinais sonoros ligados</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Orientação por voz</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>Orientação por voz ligada</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidade da fala</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>Não foi possível carregar os sinais sonoros e a orientação por voz não está disponível, então a sessão fica em silêncio; a tela continua mostrando cada passo.</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>repetição {repetition} de {repetitions}</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Comece quando quiser</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troque de lado</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>Prepare-se · a seguir</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continue em movimento</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Mantenha o alongamento</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>Movimento — continue se movendo devagar, sem manter a posição</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>Manter — permaneça imóvel no alongamento</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>Manter ou movimento</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>Nota do profissional de saúde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;Objetivo:&lt;/b&gt; {objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Do seu profissional de saúde:&lt;/b&gt; {note}</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>s: seconds, abbreviated.</extracomment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} segundos</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>cerca de 1 minuto</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>cerca de {count} minutos</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>cerca de 1 hora</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>cerca de {count} horas</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>{done} de 1 sessão feita hoje</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>{done} de {goal} sessões feitas hoje</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Começar a sessão</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar a janela</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Adiar 10 minutos</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Pular este lembrete</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar os lembretes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Retomar os lembretes</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>A orientação por voz não está disponível neste computador ({reason}); os sinais sonoros continuam tocando.</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>não foi possível carregar a biblioteca de fala {library}</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Nenhuma voz em inglês está instalada neste computador, então a orientação por voz está desligada; os sinais sonoros continuam tocando.</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Nenhuma voz em espanhol está instalada neste computador, então a orientação por voz está desligada; os sinais sonoros continuam tocando.</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Nenhuma voz em alemão está instalada neste computador, então a orientação por voz está desligada; os sinais sonoros continuam tocando.</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Nenhuma voz para o idioma {language} está instalada neste computador, então a orientação por voz está desligada; os sinais sonoros continuam tocando.</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>nenhum mecanismo de fala foi escolhido</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>nenhum mecanismo de fala está instalado</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>o mecanismo {engine} não iniciou</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>o mecanismo {engine} não tem nenhuma voz instalada</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>o mecanismo de fala parou de funcionar</translation>
    </message>
</context>
</TS>
