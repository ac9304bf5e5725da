<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>What are back spasms?</source>
        <translation>¿Qué son los espasmos de espalda?</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>Los espasmos de espalda suelen deberse a puntos gatillo miofasciales, también conocidos como nudos musculares. Estos nudos hacen que los músculos se tensen, se endurezcan y se vuelvan dolorosos. Entre los factores que contribuyen a su formación se encuentran las lesiones, la mala postura, los movimientos repetitivos, la tensión crónica o incluso una noche de mal descanso.</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>¿Cómo se trata?</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>Tratar eficazmente los puntos gatillo requiere un enfoque multimodal. Aplicar calor puede mejorar el flujo sanguíneo y relajar los músculos. Estirar a diario los músculos afectados mejora la movilidad y el rango de movimiento. Practicar ejercicio aeróbico, como caminar o la bicicleta estática, mejora la circulación y reduce el dolor. Además, usar una pelota de masaje para hacer terapia de acupresión puede ayudar a deshacer los nudos musculares.</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>¿Cómo prevenir los espasmos de espalda?</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>Asegúrese de que la ergonomía de su trabajo y de su oficina sea óptima. Haga pausas con regularidad y realice ejercicios de estiramiento para evitar la rigidez. Atender con prontitud los síntomas iniciales y leves a menudo puede evitar que empeoren.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Por su seguridad</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>Detenga el estiramiento si hace que el dolor sea más agudo.</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>Consulte sin demora a un profesional de la salud si presenta entumecimiento, debilidad en las piernas, pérdida del control de la vejiga o del intestino, fiebre o dolor después de una caída.</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>cada sección necesita &apos;{heading}&apos; y &apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>sección {number}</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>no hay ninguna sección</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>Sobre los espasmos de espalda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>Una rutina de su profesional de la salud</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>No cambia nada hasta que elija Usar esta rutina. La rutina del folleto queda a un clic en Ajustes, y su historial se conserva.</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Usar esta rutina</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>A continuación: {stretch}. Prepárese.</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>Siga moviéndose durante 1 segundo.</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>Siga moviéndose durante {seconds} segundos.</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>Mantenga el estiramiento durante 1 segundo.</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>Mantenga el estiramiento durante {seconds} segundos.</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>Cambie al lado izquierdo.</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>Cambie al lado derecho.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>Rutina completada. Ha completado {done} de 1 paso.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>Rutina completada. Ha completado {done} de {planned} pasos.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>Sesión finalizada. Ha completado {done} de 1 paso.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>Sesión finalizada. Ha completado {done} de {planned} pasos.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>En pausa: el equipo estuvo suspendido u ocupado durante {gap}. Pulse Reanudar para continuar.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Quedan diez segundos.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Se reanuda.</translation>
    </message>
    <message>
        <source>{stretch}.</source>
        <translation>{stretch}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation>La rutina de su profesional de la salud no encaja con este archivo de rutina, así que se usa la rutina del folleto.</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>Ninguno de los estiramientos elegidos está en esta rutina, así que se usan todos.</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>Todavía no hay sesiones registradas en {folder}.</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>No se pudo leer la rutina de su profesional de la salud guardada en {folder}, así que el informe trata de la rutina del folleto ({why}).</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>No se pudieron cargar las imágenes de los estiramientos, así que se muestran sus nombres ({why}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>Se produjo un error interno y la aplicación tiene que cerrarse; encontrará los detalles en {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>Se produjo un error inesperado en la aplicación; sigue funcionando con su sesión y su historial tal como estaban, y encontrará los detalles en {log}.</translation>
    </message>
    <message>
        <source>The app is already running, so it was brought to the front; quit it first to start it with {options}.</source>
        <translation>La aplicación ya está abierta, así que se ha traído al frente; ciérrela primero para iniciarla con {options}.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>No se pudo comprobar el inicio automático porque no se pudo leer {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>No se pudo activar el inicio automático porque no se pudo escribir {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>No se pudo desactivar el inicio automático porque no se pudo eliminar {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>No se pudo activar el inicio automático porque no se pudo modificar {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>No se pudo desactivar el inicio automático porque no se pudo modificar {place}: {reason}.</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>la clave del registro {key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>Abrir en segundo plano en la bandeja del sistema al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No pain ratings yet</source>
        <translation>Aún no hay valoraciones del dolor</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal} o más: meta cumplida</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Sin dolor</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value} Máximo</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>No se encontró ninguna salida de sonido, así que los tonos y la voz no se oirán; la pantalla sigue mostrando cada paso.</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>No se pudieron cargar los tonos, así que la sesión continúa sin ellos.</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>Los tonos no se oirán porque no se pudo cargar la biblioteca de sonido {library} en este equipo; la pantalla sigue mostrando cada paso.</translation>
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
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}: una rutina guiada de siete estiramientos de espalda, 2-3 veces al día, que puede seguir con la vista o con el oído.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>muestra la versión y termina</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>una prescripción de su profesional de la salud para revisarla y, si la acepta, seguirla</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>usa este archivo de rutina en lugar del del folleto</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>comprueba un archivo de prescripción, muestra lo que cambiaría o qué tiene de malo, y termina</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>un tiempo fijo de preparación antes de cada estiramiento nuevo, sin decir los pasos (por defecto: lo que se tarda en decir los pasos, al menos lo indicado en Configuración, 5)</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>un tiempo fijo de preparación entre los dos lados de un estiramiento, sin decir los pasos (por defecto: lo que se tarda en decir los pasos, al menos lo indicado en Configuración, 3)</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>se inicia en segundo plano en la bandeja del sistema, para recordar (así la abre el inicio automático)</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>muestra cada paso de la rutina y termina</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>muestra cada aviso de una sesión completa (tonos, voz, tics) con su momento, y termina</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>con --print-routine o --timeline: en formato JSON</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>guardar la ventana como imagen</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>dibuja la ventana sin mostrarla en un PNG y termina</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>el paso que se muestra, desde 1 (predeterminado: 1)</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>tamaño de la ventana (960x640)</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>colores (predeterminado: los del sistema)</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>qué está haciendo la sesión (hold)</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>tamaño del texto, de 0,75 a 2 (predeterminado: 1, como Ctrl+0)</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>guarda un PNG de la demostración de cada estiramiento (cada paso y la posición mantenida, claro y oscuro) y termina</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>guarda la demostración de cada estiramiento como posiciones de las articulaciones (JSON, metros) y termina</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>historial e informes</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>guarda el historial en DIR (predeterminado: BACKSPASM_DATA_DIR; si no, su carpeta de datos)</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>guarda todas las sesiones en un archivo CSV y termina</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>guarda el informe de progreso de una página para su profesional de la salud y termina</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>con --report: el primer día, AAAA-MM-DD (predeterminado: cuatro semanas antes de --to)</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>con --report: el último día, AAAA-MM-DD (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>con --report: el nombre que se imprime (predeterminado: una línea para escribirlo)</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>el idioma para esta vez (predeterminado: el de la configuración; si no, el del sistema)</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>escribe también el registro en la terminal</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>indique la prescripción para abrirla o para --check-prescription, no ambas cosas</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>--json va con --print-routine o --timeline</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>--from, --to y --name van con --report</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} es posterior a --to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text} no es una prescripción: el nombre de un archivo de prescripción termina en {extension}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>se esperaba una fecha AAAA-MM-DD, como 2026-11-30, pero es {text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>se esperaba un número de segundos, pero es {text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>debe estar entre 0 y 60 segundos, pero es {text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>se esperaba un tamaño de texto de 0,75 a 2, pero es {text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>se esperaba ANCHOxALTO, como 960x640, pero es {text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text} está fuera del intervalo de 320x240 a 8192x8192</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>--step debe estar entre 1 y {holds}, pero es {step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Siga moviéndose</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}, panel compacto</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Comenzar o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>Pasar al paso siguiente</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Ventana completa</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>Volver a la ventana completa (Ctrl+M)</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Rutina terminada</translation>
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
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
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
        <translation>Volver al paso anterior (Flecha izquierda)</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>Comenzar o pausar la rutina (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>Pasar al paso siguiente (Flecha derecha)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>Empezar la rutina de nuevo desde el primer estiramiento (R dos veces)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>prepárese</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantenga</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>muévase</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>Queda 1 segundo, {mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>Quedan {seconds} segundos, {mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>Quedan {time}, {mode}</translation>
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
        <translation>No se pudieron guardar las sesiones en {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>¡Muy bien! Rutina completada.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sesión finalizada.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>A continuación: {stretch}, lado izquierdo. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>A continuación: {stretch}, lado derecho. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>A continuación: {stretch}. {how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}…</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>Quedan diez segundos.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Continuamos.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>A continuación: {stretch}, lado izquierdo.</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>A continuación: {stretch}, lado derecho.</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>A continuación: {stretch}.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>La aplicación Back Spasm Stretches sigue funcionando en la bandeja del sistema para poder enviarle recordatorios. Ciérrela desde el menú de la bandeja del sistema.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios solo llegan mientras la aplicación está abierta, y al cerrar la ventana se cierra la aplicación.</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>Hoy ha hecho {done} de {goal} sesión.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Hoy ha hecho {done} de {goal} sesiones.</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Recordatorios desactivados</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Recordatorios en pausa hasta las {time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>Próximo recordatorio: {day} {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Sigue en marcha</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>Su nueva selección de estiramientos se aplicará a partir de la próxima sesión.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>No se encontró ninguna pantalla (DISPLAY no está definida): ejecútelo desde una sesión de escritorio.</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>Ninguna pantalla responde en DISPLAY={display}: ejecútelo desde una sesión de escritorio o inicie antes el servidor X.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>Y ahora, después de los estiramientos: ¿cuánto le duele la espalda? (opcional)</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>¡Muy bien! Rutina completada</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>Esta vez no ha completado el único paso.</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>Esta vez no ha completado ninguno de los {planned} pasos.</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>Ha completado {done} de 1 paso: {time} de estiramiento.</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>Ha completado {done} de {planned} pasos: {time} de estiramiento.</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}: hecho</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}: omitido</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}: lado izquierdo hecho, lado derecho omitido</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}: lado derecho hecho, lado izquierdo omitido</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>Volver a hacer la rutina desde el primer estiramiento (Espacio)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}, línea {line}, {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, línea {line}: {problem}</translation>
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
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>no es un archivo TOML válido ({detail})</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>este archivo es de una versión anterior (esquema {old}); esta versión lee el esquema {new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>estiramiento {number} (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>estiramiento {number}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>clave desconocida &apos;{key}&apos; (se permiten: {allowed})</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>falta la clave obligatoria &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>&apos;{key}&apos; debe ser un texto no vacío, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>&apos;{key}&apos; tiene {count} caracteres; puede tener como máximo {most}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>&apos;{key}&apos; debe ser un número entero, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>&apos;{key}&apos; debe estar entre {least} y {most}, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>&apos;{key}&apos; tiene {count} elementos; puede tener como máximo {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>no es un archivo TOML válido ({detail})</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>los valores están anidados a más de {most} niveles de profundidad, algo que ningún archivo nuestro necesita</translation>
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
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>no es un archivo normal (es una tubería, un dispositivo o un socket), así que no se lee</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>el archivo ocupa {size}, más de los {most} que puede ocupar un archivo así</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>El peor dolor imaginable</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>excluido de la rutina</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>no está en el folleto</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>mantenido {used} (folleto: {handout})</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>{done} de 1 paso realizado</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>{done} de {planned} pasos realizados</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>como en el folleto</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Guardar las sesiones como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>Se han guardado sus sesiones en {path}.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Guardar el informe para su profesional de la salud</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>Se ha guardado el informe para su profesional de la salud en {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>No se pudo guardar una sesión porque el historial estaba cerrado.</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>No se pudo guardar una sesión en su historial ({reason}), por lo que es posible que no aparezca en su progreso.</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>No se pudo leer su historial de sesiones ({reason}).</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>No se pudo leer una sesión de su historial, por lo que no se tiene en cuenta.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>No se puede escribir en la carpeta {folder}, así que el historial está desactivado: las sesiones que haga ahora se perderán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Su historial de sesiones en {path} se creó con una versión más reciente de la aplicación, así que se ha dejado tal como está y el historial está desactivado: las sesiones que haga ahora se perderán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>No se pudo abrir su historial de sesiones en {path} ({reason}), así que el historial está desactivado: las sesiones que haga ahora se perderán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>No se pudo leer su historial de sesiones, así que se ha movido a {moved} y se ha comenzado uno nuevo.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>No se pudo leer ni reemplazar su historial de sesiones en {path}, así que el historial está desactivado: las sesiones que haga ahora se perderán al cerrar la aplicación.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>No se encontró la traducción ({language}), así que la aplicación se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>Antes de comenzar: ¿cuánto le duele la espalda ahora mismo? (opcional)</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>En qué punto de la rutina está</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tiempo restante de la sesión</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>Sobre los espasmos de espalda</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>Qué son los espasmos de espalda, cómo se tratan y cómo evitar riesgos (F1)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>Un panel pequeño siempre visible (Ctrl+M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>Rutina, sonido, recordatorios y colores (Ctrl+,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>Sesiones, rachas, dolor a lo largo del tiempo e informes (Ctrl+P)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>Progreso, panel compacto, configuración e información</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>En pausa: el equipo estuvo suspendido u ocupado durante {gap}, así que la sesión se detuvo donde estaba. Pulse Reanudar para continuar.</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>¡Muy bien! — {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Rutina terminada</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>Sesión finalizada — {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} — {app}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>Estiramiento {number} de {total} · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>Estiramiento {number} de {total}</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>Información</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>Se ha empezado de nuevo desde el primer estiramiento.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>Pulse R otra vez para empezar de nuevo desde el primer estiramiento.</translation>
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
        <translation>Actuar sobre el aviso</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Cerrar el aviso</translation>
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
        <translation>Comenzar ahora</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posponer 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>El peor dolor imaginable</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}, sin dolor</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}, el peor dolor imaginable</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>Un número del 0, sin dolor, al 10, el peor dolor imaginable. Opcional.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Omitir la valoración del dolor</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>Continuar sin valorar</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question} &lt;b&gt;{value}&lt;/b&gt;: anotado, gracias.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>El sistema no indica ninguna carpeta para los datos de la aplicación; ejecútela con la opción {option}.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>1 paso, {stretching} de estiramiento ({total} contando la preparación)</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>{holds} pasos, {stretching} de estiramiento ({total} contando la preparación)</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Objetivo: {objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} — en movimiento, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} — mantener, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} — en movimiento, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} — mantener, {seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>sobre las manos y las rodillas</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>boca abajo, con el pecho levantado y apoyado en las manos</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>boca arriba, con una rodilla llevada hacia el pecho</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>boca arriba, vista desde arriba, con la rodilla flexionada cruzando el cuerpo</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>en posición sentada, con una pierna estirada y las manos hacia los dedos del pie</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>rodilla delantera flexionada hacia adelante, pierna trasera recta, tronco inclinado hacia adelante</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>sobre los talones, con los brazos hacia adelante y la frente hacia el suelo</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Imagen del estiramiento</translation>
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
        <translation>Sigue la rutina de su profesional de la salud: {title}.</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>Abrir una prescripción de su profesional de la salud</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>No se pudo abrir esta prescripción, así que no ha cambiado nada: {why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>No se pudo guardar la prescripción ({reason}), así que no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>La rutina de su profesional de la salud es ahora su rutina.</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>De su profesional de la salud: {note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>La rutina del folleto vuelve a ser su rutina; su historial se conserva.</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>the prescription</source>
        <translation>la prescripción</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>no es un archivo de prescripción, o está dañado ({detail})</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>la prescripción no tiene estiramientos; añada al menos una tabla {table}</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>esta prescripción tiene {count} estiramientos, pero la aplicación tiene {most} y cada uno puede prescribirse una sola vez</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>cada estiramiento debe ser una tabla {table}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>&apos;{id}&apos; está prescrito dos veces; indique cada estiramiento una sola vez</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>no es un archivo de prescripción: no empieza por {line}</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>esta prescripción es de una versión más reciente de {app} (esquema {found}; esta versión lee el esquema {known}); actualice la aplicación para abrirla</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>&apos;{key}&apos; debe ser {version}, pero es {value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>no hay ningún estiramiento {id} en esta aplicación; los estiramientos son: {ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos; es solo para estiramientos que se hacen en cada lado, y {stretch} no lo es</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; debe ser &quot;{both}&quot;, &quot;{left}&quot; o &quot;{right}&quot;, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>&apos;{key}&apos; debe ser un texto, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>&apos;{key}&apos; debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>&apos;{key}&apos; contiene un carácter de control ({code}), que un texto nunca necesita</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; debe ser un día escrito como {example}, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; debe ser una lista de horas escritas como {example}, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>&apos;{key}&apos; debe seguir el orden del día, cada hora una sola vez</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Qué cambia:</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>Nota de su profesional de la salud:</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>Notas sobre los estiramientos:</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>Para {patient}.</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>Cada sesión dura {new} (ahora {now}).</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>Se omite: {stretch}.</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>Se añade: {stretch} ({how}).</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}: {changes}.</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>El nuevo orden es: {stretches}.</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>Los mismos estiramientos, tiempos y orden que ahora.</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>mantener {seconds}</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>mantener {before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>solo el lado izquierdo</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>solo el lado derecho</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} veces</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>Prescrito por {clinician} el {date}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>Prescrito por {clinician}.</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>Prescrito el {date}.</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>La prescripción no indica quién la escribió.</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>1 sesión al día</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>{count} sesiones al día</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}, sin horas de recordatorio.</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}, un recordatorio a las {time}.</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}, recordatorios a las {times} y a las {last}.</translation>
    </message>
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
        <translation>Rutina prescrita, {date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>Rutina prescrita</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>No se pudo leer la rutina de su profesional de la salud, así que se usa la rutina del folleto; el archivo se guardó como {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>Prescripciones de estiramientos (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>Crear una rutina para un paciente</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>Horas y minutos, separados por comas; o ninguna</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo el lado derecho</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>&amp;Sesiones al día:</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>Horas de &amp;aviso:</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>&amp;Nota antes de la primera sesión:</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>&amp;Mantener cada vez:</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>&amp;Lados:</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>&amp;Veces seguidas:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Estiramientos (marque para incluir; arrastre o mueva para ordenar)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional de la salud</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Sesiones al día</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Horas de aviso</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>Nota antes de la primera sesión</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>Estiramientos, en orden</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>Mantener cada vez</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Veces seguidas</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>Nota sobre este estiramiento</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Marque al menos un estiramiento.</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>Escriba las horas de aviso en horas y minutos, por ejemplo 08:30, 13:00.</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>{holds} pasos; cada sesión dura unos {time}.</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>Abrir una prescripción</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>Se abrió {file}.</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>Guardar la prescripción</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>No se pudo guardar {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>Se guardó {file}: entrégueselo a su paciente.</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>Estiramientos para {patient}</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Mondays</source>
        <translation>los lunes</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>los martes</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>los miércoles</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>los jueves</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>los viernes</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>los sábados</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>los domingos</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>Todavía no hay sesiones. Sus sesiones aparecerán aquí cuando haya hecho la primera.</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>Hoy: {done} sesiones — meta de {goal} cumplida</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>Hoy: 1 de 1 sesión — meta cumplida</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>Hoy: 0 de 1 sesión</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>Hoy: {done} de {goal} sesiones — meta cumplida</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>Hoy: {done} de {goal} sesiones</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>Racha actual: 1 día · Mejor: 1 día</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>Racha actual: 1 día · Mejor: {best} días</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>Racha actual: {current} días · Mejor: 1 día</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>Racha actual: {current} días · Mejor: {best} días</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation>Un día sin alcanzar la meta termina la racha.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>Descansar los fines de semana no rompe la racha: en un día de descanso, no alcanzar la meta ni la termina ni la alarga.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>Descansar los fines de semana no rompe la racha.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Descansar {days} no rompe la racha: en un día de descanso, no alcanzar la meta ni la termina ni la alarga.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Descansar {days} no rompe la racha.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>La racha son los días seguidos en los que ha hecho al menos 1 sesión.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>La racha son los días seguidos en los que ha hecho al menos {goal} sesiones.</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>El día de hoy cuenta en cuanto alcance la meta; hasta entonces, se mantiene la racha hasta ayer.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a day is named in the calendar&apos;s tooltips: a QDate format (dddd: the weekday&apos;s name, d: the day, MMMM: the month&apos;s name), as &quot;Monday 26 October&quot;.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{date}: still to come</source>
        <translation>{date}: todavía no ha llegado</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date}: 1 sesión, meta cumplida</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date}: {count} sesiones, meta cumplida</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date}: 1 sesión</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date}: {count} sesiones</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>Otra se detuvo antes de la mitad de sus pasos, así que no cuenta.</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>Otras {short} se detuvieron antes de la mitad de sus pasos, así que no cuentan.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>Últimas {weeks} semanas: ninguna sesión que cuente.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Últimas {weeks} semanas: 1 sesión en 1 día; la meta diaria de {goal} se cumplió 1 día.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Últimas {weeks} semanas: 1 sesión en 1 día; la meta diaria de {goal} aún no se ha cumplido.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Últimas {weeks} semanas: {sessions} sesiones en 1 día; la meta diaria de {goal} se cumplió 1 día.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Últimas {weeks} semanas: {sessions} sesiones en 1 día; la meta diaria de {goal} aún no se ha cumplido.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>Últimas {weeks} semanas: {sessions} sesiones en {days} días; la meta diaria de {goal} se cumplió {met} días.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>Últimas {weeks} semanas: {sessions} sesiones en {days} días; la meta diaria de {goal} se cumplió 1 día.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>Últimas {weeks} semanas: {sessions} sesiones en {days} días; la meta diaria de {goal} aún no se ha cumplido.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>El dolor antes de las sesiones pasó de {first} en la primera semana a {last} en la última.</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>El dolor después de las sesiones pasó de {first} en la primera semana a {last} en la última.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>El dolor antes de las sesiones tuvo una media de {first} en la semana del {week}.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>El dolor después de las sesiones tuvo una media de {first} en la semana del {week}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>El dolor antes de las sesiones pasó de {before_first} en la primera semana a {before_last} en la última; después de las sesiones, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>El dolor antes de las sesiones pasó de {before_first} en la primera semana a {before_last} en la última; después de las sesiones, fue de {after_first} en la semana del {after_week}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>El dolor antes de las sesiones tuvo una media de {before_first} en la semana del {before_week}; después de las sesiones, pasó de {after_first} en la primera semana a {after_last} en la última.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>El dolor antes de las sesiones tuvo una media de {before_first} en la semana del {before_week}; después de las sesiones, de {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>El dolor antes de las sesiones tuvo una media de {before_first} en la semana del {before_week}; después de las sesiones, de {after_first} en la semana del {after_week}.</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>Todavía no hay valoraciones del dolor. Valore su dolor de 0 a 10 antes y después de cada sesión.</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>Sesiones de las últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>Sesiones, últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>Guardar las sesiones como CSV…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Guardar las sesiones como CSV</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>Todas las sesiones, una por fila, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>Informe para su profesional de la salud (PDF)…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>Informe para su profesional de la salud (PDF)</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>Un PDF con sus sesiones, rachas y dolor para imprimir o enviar a su fisioterapeuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>Informe (PDF)…</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>Es hora de sus estiramientos de espalda: 5 min</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>Hoy ha hecho {done} de 1 sesión.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Hoy ha hecho {done} de {goal} sesiones.</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>Se le pasó un recordatorio</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>Haga clic para comenzar. {progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Comenzar ahora</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posponer 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the report: a QDate format (d: the day, MMM: the month&apos;s short name), as &quot;26 Oct&quot;.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A day on the report with its year: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month in the report&apos;s sentences on pain (&quot;... in Oct 2026&quot;): a QDate format (MMM: the month&apos;s short name, yyyy: the year).</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{first} (1 day)</source>
        <translation>{first} (1 día)</translation>
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
        <translation>{first} – {last} ({days} días)</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} — informe de progreso</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>El dolor medio antes de la sesión fue de {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>El dolor medio antes de la sesión fue de {first} tanto en la primera semana como en la última</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>El dolor medio antes de la sesión fue de {first} tanto en el primer mes como en el último</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>El dolor medio antes de la sesión fue de {first} tanto en la semana del {start} como en la semana del {end}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>El dolor medio antes de la sesión fue de {first} tanto en {start} como en {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>El dolor medio antes de la sesión bajó de {first} en la primera semana a {last} en la última</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>El dolor medio antes de la sesión bajó de {first} en el primer mes a {last} en el último</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>El dolor medio antes de la sesión bajó de {first} en la semana del {start} a {last} en la semana del {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>El dolor medio antes de la sesión bajó de {first} en {start} a {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>El dolor medio antes de la sesión subió de {first} en la primera semana a {last} en la última</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>El dolor medio antes de la sesión subió de {first} en el primer mes a {last} en el último</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>El dolor medio antes de la sesión subió de {first} en la semana del {start} a {last} en la semana del {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>El dolor medio antes de la sesión subió de {first} en {start} a {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>El dolor medio después de la sesión fue de {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>El dolor medio después de la sesión fue de {first} tanto en la primera semana como en la última</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>El dolor medio después de la sesión fue de {first} tanto en el primer mes como en el último</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>El dolor medio después de la sesión fue de {first} tanto en la semana del {start} como en la semana del {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>El dolor medio después de la sesión fue de {first} tanto en {start} como en {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>El dolor medio después de la sesión bajó de {first} en la primera semana a {last} en la última</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>El dolor medio después de la sesión bajó de {first} en el primer mes a {last} en el último</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>El dolor medio después de la sesión bajó de {first} en la semana del {start} a {last} en la semana del {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>El dolor medio después de la sesión bajó de {first} en {start} a {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>El dolor medio después de la sesión subió de {first} en la primera semana a {last} en la última</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>El dolor medio después de la sesión subió de {first} en el primer mes a {last} en el último</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>El dolor medio después de la sesión subió de {first} en la semana del {start} a {last} en la semana del {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>El dolor medio después de la sesión subió de {first} en {start} a {last} en {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>después de la sesión, fue de {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>después de la sesión, fue de {first} tanto en la primera semana como en la última</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>después de la sesión, fue de {first} tanto en el primer mes como en el último</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>después de la sesión, fue de {first} tanto en la semana del {start} como en la semana del {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>después de la sesión, fue de {first} tanto en {start} como en {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>después de la sesión, bajó de {first} en la primera semana a {last} en la última</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>después de la sesión, bajó de {first} en el primer mes a {last} en el último</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>después de la sesión, bajó de {first} en la semana del {start} a {last} en la semana del {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>después de la sesión, bajó de {first} en {start} a {last} en {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>después de la sesión, subió de {first} en la primera semana a {last} en la última</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>después de la sesión, subió de {first} en el primer mes a {last} en el último</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>después de la sesión, subió de {first} en la semana del {start} a {last} en la semana del {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>después de la sesión, subió de {first} en {start} a {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>El dolor medio antes de la sesión bajó de {first} en la primera semana a {last} en la última; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>El dolor medio antes de la sesión bajó de {first} en el primer mes a {last} en el último; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>El dolor medio antes de la sesión bajó de {first} en la semana del {start} a {last} en la semana del {end}; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>El dolor medio antes de la sesión bajó de {first} en {start} a {last} en {end}; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>El dolor medio antes de la sesión subió de {first} en la primera semana a {last} en la última; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>El dolor medio antes de la sesión subió de {first} en el primer mes a {last} en el último; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>El dolor medio antes de la sesión subió de {first} en la semana del {start} a {last} en la semana del {end}; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>El dolor medio antes de la sesión subió de {first} en {start} a {last} en {end}; después de la sesión, de {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>El dolor medio antes de la sesión fue de {first}; después de la sesión, de {after}.</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}; {second}.</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>Durante la sesión, el dolor bajó una media de {points} puntos (1 sesión valorada antes y después).</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Durante la sesión, el dolor bajó una media de {points} puntos ({count} sesiones valoradas antes y después).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>Durante la sesión, el dolor subió una media de {points} puntos (1 sesión valorada antes y después).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Durante la sesión, el dolor subió una media de {points} puntos ({count} sesiones valoradas antes y después).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>Durante la sesión, el dolor no cambió de media (1 sesión valorada antes y después).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>Durante la sesión, el dolor no cambió de media ({count} sesiones valoradas antes y después).</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>sin valoraciones después de la sesión</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>sin valoraciones antes de la sesión</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Generado el {date}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine} ({count} de 1 sesión)</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine} ({count} de {total} sesiones)</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>Rutina: del folleto de la clínica</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Generado con la aplicación {app} {version} — estiramientos prescritos del folleto de la clínica &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>Rutina: prescrita por {clinician}, con fecha {date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>Rutina: prescrita por {clinician}</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>Rutina: prescrita, con fecha {date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>Rutina: {routine}</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>meta: 1 sesión al día</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>meta: {goal} sesiones al día</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>sesiones realizadas</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>{count} comenzadas</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>días con sesión</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>al menos una sesión realizada</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>{count} al día</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>sesiones de media</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>según el folleto: {low}–{high} al día</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>{percent} % de las sesiones prescritas</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>prescripción: 1 sesión al día</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>prescripción: {goal} sesiones al día</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>días con la meta cumplida</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>mejor racha</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>días seguidos con la meta cumplida</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>sesiones interrumpidas</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>antes de su último paso</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sesiones por mes</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>folleto: {low}–{high} sesiones al día</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>1 sesión al día, según la prescripción</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>{count} sesiones al día, según la prescripción</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>después de la sesión</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>antes de la sesión</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Dolor antes y después de la sesión</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>No se registraron valoraciones del dolor.</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value} El peor dolor imaginable</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Sin dolor</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>Tiempo usado</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Cómo se hizo</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>{seconds} por lado</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>y {count} estiramientos más</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>y 1 estiramiento más</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>La rutina tal como se hizo</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>Una sesión cuenta como realizada cuando se completó al menos la mitad de sus pasos.</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Generado con la aplicación {app} {version} — rutina del folleto de la clínica &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>No se pudo guardar el informe en {path}: permiso denegado.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>No se pudo guardar el informe en {path}: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>No se pudo guardar el informe en {path}: el disco está lleno.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>No se pudo guardar el informe en {path}: el disco es de solo lectura.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>No se pudo guardar el informe en {path}: ya existe una carpeta con ese nombre.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>No se pudo guardar el informe en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>No se pudo guardar el informe en {path}: no se pudo abrir el archivo para escribir.</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} — informe de progreso: {period}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>Informe para su profesional de la salud</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>Un PDF de una página con sus sesiones y valoraciones del dolor, para imprimir o enviar a la persona que le dio el folleto. Su nombre es opcional; no se guarda.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Su nombre (opcional)</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>Déjelo en blanco para escribirlo a mano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How the report&apos;s first and last days are shown and typed: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>Estiramientos y ejercicios para los espasmos de espalda</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>Estirar con regularidad puede acelerar la recuperación y prevenir las recaídas. La siguiente rutina de estiramientos se puede hacer en 5 minutos y debe realizarse 2-3 veces al día.</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>movilizar la columna y mejorar la flexibilidad</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Comience colocándose sobre las manos y las rodillas.</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>Arquee la espalda hacia arriba hasta una posición de &quot;gato&quot; y, después, baje el abdomen, levantando la cabeza y el coxis hasta la posición de &quot;vaca&quot;.</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>Alterne lentamente entre las dos.</translation>
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
        <translation>Extensión de espalda</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>estirar y fortalecer los músculos de la zona lumbar</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>Acuéstese boca abajo con las manos debajo de los hombros.</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>Despegue lentamente el pecho del suelo, manteniendo las caderas en el suelo.</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>Estirar la zona lumbar y las caderas.</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>Acuéstese boca arriba y atraiga una rodilla hacia el pecho</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>Acuéstese boca arriba y atraiga una rodilla hacia el pecho mientras mantiene la otra pierna extendida en el suelo.</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>Rotación de tronco boca arriba</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>Estirar y movilizar la columna y la zona lumbar.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>Lleve suavemente la rodilla flexionada hacia el suelo cruzándola sobre el cuerpo</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>Acuéstese boca arriba con una pierna recta y la otra rodilla flexionada.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>Lleve suavemente la rodilla flexionada hacia el suelo cruzándola sobre el cuerpo, mientras mantiene los hombros apoyados en el suelo.</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>Estiramiento de isquiotibiales sentado</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>Estirar los isquiotibiales y aliviar la tensión en la zona lumbar.</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>Estírese hacia adelante en dirección a los dedos del pie de la pierna extendida, manteniendo la espalda recta.</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>Siéntese con una pierna extendida y la otra pierna flexionada hacia adentro.</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>Estiramiento de glúteos (postura de la paloma)</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>Estirar los glúteos y aliviar la tensión lumbar.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>Lleve una rodilla hacia adelante y colóquela detrás de la mano opuesta</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>Comience en posición de manos y rodillas.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>Lleve una rodilla hacia adelante y colóquela detrás de la mano opuesta, mientras extiende la otra pierna recta hacia atrás.</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>Baje suavemente las caderas hacia el suelo e inclínese hacia adelante sobre la pierna flexionada.</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>Postura del niño</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>Estirar la zona lumbar y relajar la columna.</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>Siéntese hacia atrás sobre los talones mientras estira los brazos hacia adelante. Deje que la frente descanse en el suelo</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>Comience colocándose sobre las manos y las rodillas y, después, siéntese hacia atrás sobre los talones mientras estira los brazos hacia adelante.</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>Deje que la frente descanse en el suelo y relájese.</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>Hágalo {count} veces.</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>Realícelo durante 1 segundo.</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>Realícelo durante {seconds} segundos.</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>Mantenga 1 segundo en cada lado.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>Mantenga {seconds} segundos en cada lado.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Mantenga 1 segundo.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>Mantenga {seconds} segundos.</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}, {repetition} de {repetitions}</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}, lado izquierdo</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}, lado derecho</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>&apos;{key}&apos; debe ser {version}, pero es {value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>la rutina no tiene estiramientos; incluya al menos una tabla {table}</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>cada estiramiento debe ser una tabla {table}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>el id &apos;{id}&apos; se usa dos veces; cada id debe ser único</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>&apos;{key}&apos; debe tener solo letras minúsculas, dígitos y guiones, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>&apos;{key}&apos; debe ser una lista de una o más frases</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; debe ser &quot;{hold}&quot; o &quot;{movement}&quot;, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>&apos;{key}&apos; debe estar formado por palabras tomadas de las instrucciones, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos; solo se usa en estiramientos de tipo &quot;{movement}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>&apos;{key}&apos; necesita también &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>&apos;{key}&apos; debe ser un número entero del 1 al {most}, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>&apos;{key}&apos; debe ser una lista de una o más palabras, pero es {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>&apos;{key}&apos; debe ser una lista de &quot;{left}&quot; y &quot;{right}&quot;, cada uno como máximo una vez, pero es {value}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>activar o desactivar los tonos</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>el volumen</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>activar o desactivar la guía por voz</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>la velocidad de la voz</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>el tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>el tiempo de preparación</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>el tiempo para cambiar de lado</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>la selección de estiramientos</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>activar o desactivar los recordatorios</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>el tipo de recordatorios</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>las horas de los recordatorios</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>las horas entre recordatorios</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>el inicio de la jornada laboral</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>el fin de la jornada laboral</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>los días de los recordatorios</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>dejar de recordar al alcanzar la meta</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>la meta diaria</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>el tema de colores</translation>
    </message>
    <message>
        <source>language</source>
        <translation>el idioma</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>el tamaño del texto</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>el horario laboral</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>No se pudo leer el valor guardado para {setting}, así que se vuelve a usar el predeterminado.</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>No se pudieron leer los valores guardados para {settings} y {last}, así que se vuelven a usar los predeterminados.</translation>
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
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>Según el folleto: mantenga cada estiramiento 30 segundos. Los cambios de estiramientos o de orden se aplican desde la próxima sesión; un nuevo tiempo de mantenimiento, desde el próximo paso.</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation> sesión</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation> sesiones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Tiempo de preparación</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>Tiempo para cambiar de lado</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>Estiramientos de la rutina, en orden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>Restablecer la del folleto</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>Los siete estiramientos, en el orden del folleto, con 30 s en cada uno</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Mantenga cada estiramiento durante</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>Preparación antes de un estiramiento</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>Preparación entre lados</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Estiramientos (marque para incluir; arrastre o use los botones para cambiar el orden)</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>Abrir una prescripción…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>Usar la rutina del folleto</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>Crear una rutina para un paciente…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>Sigue la rutina del folleto.</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>Su profesional de la salud eligió estos estiramientos y tiempos; para elegir los suyos, use la rutina del folleto.</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Recordarme que estire</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>A estas horas</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>Cada pocas horas mientras trabajo</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Horas de los recordatorios</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>Horas entre recordatorios</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Inicio de la jornada laboral</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Fin de la jornada laboral</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Meta diaria</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>No enviar más recordatorios al alcanzar la meta</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>Días</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>Según el folleto: 2–3 veces al día.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>Abrir al iniciar sesión (en la bandeja del sistema)</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Marque al menos un estiramiento.</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>Escriba las horas así: {example}.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>La jornada laboral debe terminar después de la hora de inicio.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>No se pudo leer ni apartar su configuración en {path}, así que en esta sesión se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>No se pudo leer su configuración, así que se ha movido a {moved} y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>Su configuración no se puede guardar en {path}, así que los cambios solo duran hasta que se cierre la aplicación.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>La carpeta {folder} pertenece a otra persona o está abierta a otros, así que la aplicación se ha iniciado sin ella: si la abre de nuevo, puede aparecer una segunda ventana.</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>Otro programa ocupa el canal que esta aplicación usa para abrirse una sola vez ({name}), así que se ha iniciado de todos modos: si la abre de nuevo, puede aparecer una segunda ventana.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Chimes</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Tonos activados</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Guía por voz</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>Guía por voz activada</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>Tonos, guía por voz, volumen y velocidad de la voz (M silencia)</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>Sonido: no se puede reproducir</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>Sonido: tonos y voz</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>Sonido: solo tonos</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Solo tonos</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>Sonido: solo voz</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Solo voz</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Sonido: desactivado</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>No se pudieron cargar los tonos y la guía hablada no está disponible, así que la sesión será silenciosa; la pantalla sigue mostrando cada paso.</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>vez {repetition} de {repetitions}</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Empiece cuando quiera</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>Prepárese · a continuación</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Siga moviéndose</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Mantenga el estiramiento</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>Movimiento: muévase despacio sin parar, sin mantener la postura</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>Mantener: permanezca inmóvil en el estiramiento</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>Mantener o movimiento</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>Nota del profesional de la salud</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;Objetivo:&lt;/b&gt; {objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;De su profesional de la salud:&lt;/b&gt; {note}</translation>
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
        <translation>aproximadamente 1 minuto</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>unos {count} minutos</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>aproximadamente 1 hora</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>unas {count} horas</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>Hoy ha hecho {done} de 1 sesión</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>Hoy ha hecho {done} de {goal} sesiones</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Comenzar la sesión</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar la ventana</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posponer 10 minutos</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Omitir este recordatorio</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar los recordatorios</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>No hay ninguna voz en inglés instalada en este equipo, así que la guía por voz está desactivada; los tonos siguen sonando.</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>No hay ninguna voz en español instalada en este equipo, así que la guía por voz está desactivada; los tonos siguen sonando.</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>No hay ninguna voz en alemán instalada en este equipo, así que la guía por voz está desactivada; los tonos siguen sonando.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>La guía por voz no está disponible en este equipo ({reason}); los tonos siguen sonando.</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>no se pudo cargar la biblioteca de voz {library}</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>No hay ninguna voz instalada en este equipo para el idioma {language}, así que la guía por voz está desactivada; los tonos siguen sonando.</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>no se eligió ningún motor de voz</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>no hay ningún motor de voz instalado</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>el motor {engine} no se inició</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>el motor {engine} no tiene ninguna voz instalada</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>el motor de voz dejó de funcionar</translation>
    </message>
</context>
</TS>
