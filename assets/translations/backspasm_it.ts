<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>impossibile leggere il file ({reason})</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>ogni sezione richiede &apos;{heading}&apos; e &apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>sezione {number}</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>non ci sono sezioni</translation>
    </message>
    <message>
        <source>What are back spasms?</source>
        <translation>Che cosa sono gli spasmi alla schiena?</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>Gli spasmi alla schiena derivano spesso da trigger point miofasciali, noti anche come nodi muscolari. Questi nodi fanno sì che i muscoli si contraggano, si induriscano e diventino dolenti. Tra i fattori che ne favoriscono la formazione ci sono traumi, postura scorretta, movimenti ripetitivi, tensione cronica o anche una notte di sonno scadente.</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>Come si trattano?</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>Trattare efficacemente i trigger point richiede un approccio multimodale. Applicare calore può migliorare il flusso sanguigno e rilassare i muscoli. L&apos;allungamento quotidiano dei muscoli interessati migliora la mobilità e l&apos;ampiezza di movimento. Praticare esercizio aerobico, come camminare o la cyclette, migliora la circolazione e riduce il dolore. Inoltre, usare una pallina da massaggio per la digitopressione può aiutare a sciogliere i nodi muscolari.</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>Come prevenire gli spasmi alla schiena?</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>Assicurati che l&apos;ergonomia del tuo lavoro e della tua postazione d&apos;ufficio sia ottimale. Fai pause regolari e pratica esercizi di allungamento per evitare la rigidità. Intervenire subito sui primi sintomi lievi spesso può impedire che peggiorino.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Per la tua sicurezza</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>Interrompi un allungamento che rende il dolore più acuto.</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>Rivolgiti subito a un professionista sanitario in caso di intorpidimento, debolezza alle gambe, perdita del controllo della vescica o dell&apos;intestino, febbre o dolore dopo una caduta.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>Info sugli spasmi alla schiena</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>Una routine dal tuo professionista sanitario</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Cosa cambia</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>Non cambia nulla finché non scegli Usa questa routine. La routine della scheda resta a un clic di distanza nelle Impostazioni e la tua cronologia viene conservata.</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Usa questa routine</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>A seguire: {stretch}. Preparati.</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>Continua a muoverti. 1 secondo.</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>Continua a muoverti. {seconds} secondi.</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>Mantieni. 1 secondo.</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>Mantieni. {seconds} secondi.</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>Cambia lato: lato sinistro.</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>Cambia lato: lato destro.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambia lato.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>Routine completata. Passaggi completati: {done} su 1.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>Routine completata. Passaggi completati: {done} su {planned}.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>Sessione terminata. Passaggi completati: {done} su 1.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>Sessione terminata. Passaggi completati: {done} su {planned}.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>In pausa: il computer è rimasto in sospensione od occupato per {gap}. Premi Riprendi per continuare.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Mancano dieci secondi.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Si riprende.</translation>
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
        <translation>L&apos;app è già aperta ed è stata portata in primo piano; chiudila prima di avviarla con {options}.</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>Non ci sono ancora sessioni registrate in {folder}.</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>Non è stato possibile leggere la routine del professionista sanitario salvata in {folder}, quindi il report riguarda la routine della scheda ({why}).</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation>La routine del tuo professionista sanitario non corrisponde a questo file di routine, quindi viene usata la routine della scheda.</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>Nessuno degli allungamenti scelti è presente in questa routine, quindi vengono usati tutti.</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>Non è stato possibile caricare le immagini degli allungamenti, quindi vengono mostrati i nomi ({why}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>Si è verificato un errore interno e l&apos;app deve chiudersi; i dettagli sono in {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>Si è verificato un errore imprevisto nell&apos;app; l&apos;app continua con la sessione e la cronologia così com&apos;erano, e i dettagli sono in {log}.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>Impossibile verificare l&apos;avvio all&apos;accesso perché non è stato possibile leggere {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>Impossibile attivare l&apos;avvio all&apos;accesso perché non è stato possibile scrivere {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>Impossibile disattivare l&apos;avvio all&apos;accesso perché non è stato possibile rimuovere {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>Impossibile attivare l&apos;avvio all&apos;accesso perché non è stato possibile modificare {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>Impossibile disattivare l&apos;avvio all&apos;accesso perché non è stato possibile modificare {place}: {reason}.</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>la chiave di registro {key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>Avvia in silenzio nell&apos;area di notifica all&apos;accesso</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal} o più: obiettivo raggiunto</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No pain ratings yet</source>
        <translation>Ancora nessuna valutazione del dolore</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Prima della sessione</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Dopo la sessione</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Nessun dolore</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value} Massimo</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>Nessuna uscita audio trovata, quindi i segnali acustici e la voce sono muti; lo schermo mostra comunque ogni passaggio.</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>Non è stato possibile caricare i segnali acustici, quindi la sessione prosegue senza.</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>I segnali acustici sono muti perché non è stato possibile caricare la libreria audio {library} su questo computer; lo schermo mostra comunque ogni passaggio.</translation>
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
        <translation>{prog}: errore: {message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}: una routine guidata di sette allungamenti per la schiena, 2-3 volte al giorno, da seguire con gli occhi o con le orecchie.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esce</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>mostra la versione ed esce</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>una prescrizione del tuo professionista sanitario da esaminare e, se la accetti, seguire</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>usa questo file di routine invece di quello della scheda</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>controlla un file di prescrizione, mostra cosa cambierebbe o cosa c&apos;è di sbagliato, ed esce</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>un tempo di preparazione fisso prima di ogni nuovo allungamento, senza le istruzioni parlate (predefinito: il tempo necessario a pronunciarle, almeno quanto nelle Impostazioni, 5)</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>un tempo di preparazione fisso tra i due lati di un allungamento, senza le istruzioni parlate (predefinito: il tempo necessario a pronunciarle, almeno quanto nelle Impostazioni, 3)</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>avvia in silenzio nell&apos;area di notifica, per i promemoria (così la avvia l&apos;avvio all&apos;accesso)</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>mostra ogni passaggio della routine ed esce</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>mostra ogni segnale di una sessione intera (segnali acustici, voce, tic) con il suo momento, ed esce</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>con --print-routine o --timeline: in formato JSON</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>salvare la finestra come immagine</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>disegna la finestra fuori schermo in un PNG ed esce</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>il passaggio da mostrare, da 1 (predefinito 1)</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>dimensioni della finestra (960x640)</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>colori da usare (predefinito: quelli del sistema)</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>cosa sta facendo la sessione (hold)</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>dimensione del testo, da 0,75 a 2 (predefinito 1, come Ctrl+0)</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>salva un PNG della dimostrazione di ogni passaggio (ogni fase e la posizione mantenuta, chiaro e scuro) ed esce</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>salva la dimostrazione di ogni passaggio come posizioni delle articolazioni (JSON, metri) ed esce</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>cronologia e report</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>conserva la cronologia in DIR (predefinito: BACKSPASM_DATA_DIR, altrimenti la tua cartella dei dati)</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>salva tutte le sessioni in un file CSV ed esce</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>salva il report di una pagina sui progressi per il tuo professionista sanitario ed esce</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>con --report: il primo giorno, AAAA-MM-GG (predefinito: quattro settimane prima di --to)</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>con --report: l&apos;ultimo giorno, AAAA-MM-GG (predefinito: oggi)</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>con --report: il nome da stampare (predefinito: una riga su cui scriverlo)</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>la lingua da usare questa volta (predefinita: quella delle Impostazioni, altrimenti quella del sistema)</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>scrive il log anche nel terminale</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>indica la prescrizione da aprire oppure da passare a --check-prescription, non entrambe</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>--json va usato con --print-routine o --timeline</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>--from, --to e --name vanno usati con --report</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} è successivo a --to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text} non è una prescrizione: il nome di un file di prescrizione termina con {extension}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>attesa una data AAAA-MM-GG come 2026-11-30, ricevuto {text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>atteso un numero di secondi, ricevuto {text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>deve essere tra 0 e 60 secondi, ricevuto {text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>attesa una dimensione del testo da 0,75 a 2, ricevuto {text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>atteso LARGHEZZAxALTEZZA come 960x640, ricevuto {text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text} è fuori dall&apos;intervallo da 320x240 a 8192x8192</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>--step deve essere tra 1 e {holds}, ricevuto {step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continua a muoverti</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}, pannello compatto</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>Torna al passaggio precedente</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Inizia o metti in pausa (Spazio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>Vai al passaggio successivo</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Finestra intera</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>Torna alla finestra intera (Ctrl+M)</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Routine terminata</translation>
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
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <extracomment>In a right-to-left language Previous is on the right and the Right arrow goes back: name the Right arrow there.</extracomment>
        <translation>Torna al passaggio precedente (Freccia sinistra)</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>Inizia o metti in pausa la routine (Spazio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>Vai al passaggio successivo (Freccia destra)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>Ricomincia la routine dal primo allungamento (R due volte)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>preparati</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantieni</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>continua a muoverti</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>Manca 1 secondo, {mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>Mancano {seconds} secondi, {mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>Tempo rimanente: {time}, {mode}</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation>Non è stato possibile salvare le sessioni in {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>Ottimo lavoro! Routine completata.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sessione terminata.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>A seguire: {stretch}, lato sinistro. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>A seguire: {stretch}, lato destro. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>A seguire: {stretch}. {how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambia lato.</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}…</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>Ancora dieci secondi.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Riprendiamo.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>A seguire: {stretch}, lato sinistro.</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>A seguire: {stretch}, lato destro.</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>A seguire: {stretch}.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>Back Spasm Stretches è ancora attiva nell&apos;area di notifica, così può ricordarti gli allungamenti. Chiudila dal menu dell&apos;area di notifica.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>Questo desktop non ha un&apos;area di notifica, quindi i promemoria arrivano solo mentre l&apos;app è aperta, e chiudere la finestra chiude l&apos;app.</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>Sessioni fatte oggi: {done} su {goal}.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Sessioni fatte oggi: {done} su {goal}.</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Promemoria disattivati</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Promemoria in pausa fino alle {time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>Prossimo promemoria: {day} alle {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Ancora attiva</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>La nuova scelta di allungamenti vale dalla prossima sessione.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>Nessuno schermo trovato (DISPLAY non è impostata): esegui l&apos;app da una sessione desktop.</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>Nessuno schermo risponde a DISPLAY={display}: esegui l&apos;app da una sessione desktop, o avvia prima il server X.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>E ora, dopo gli allungamenti: quanto ti fa male la schiena? (facoltativo)</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>Ottimo lavoro! Routine completata</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessione terminata</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>Questa volta non hai fatto l&apos;unico passaggio.</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>Questa volta non hai fatto nessuno dei {planned} passaggi.</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>Passaggi completati: {done} su 1 ({time} di allungamento).</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>Passaggi completati: {done} su {planned} ({time} di allungamento).</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}: fatto</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}: saltato</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}: lato sinistro fatto, lato destro saltato</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}: lato destro fatto, lato sinistro saltato</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>Rifai la routine dal primo allungamento (Spazio)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}, riga {line}, {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, riga {line}: {problem}</translation>
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
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>impossibile leggere il file ({reason})</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>non è un file TOML valido ({detail})</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>questo file è di una versione precedente (schema {old}); questa versione legge lo schema {new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>allungamento {number} (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>allungamento {number}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>chiave sconosciuta &apos;{key}&apos; (consentite: {allowed})</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>manca la chiave obbligatoria &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un testo non vuoto, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>&apos;{key}&apos; è lungo {count} caratteri; può esserlo al massimo {most}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un numero intero, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>&apos;{key}&apos; deve essere tra {least} e {most}, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>&apos;{key}&apos; ha {count} elementi; può averne al massimo {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>il file non è testo UTF-8</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>non è un file TOML valido ({detail})</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>i valori sono annidati per più di {most} livelli, cosa che nessun nostro file richiede</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} byte</translation>
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
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>non è un file normale (è una pipe, un dispositivo o un socket), quindi non viene letto</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>impossibile leggere il file ({reason})</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>il file è di {size}, più dei {most} consentiti per un file di questo tipo</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>Nessun dolore</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Il peggior dolore immaginabile</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>escluso dalla routine</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>non presente nella scheda</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>mantenuto {used} (scheda: {handout})</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>Passaggi completati: {done} su 1</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>Passaggi completati: {done} su {planned}</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>come nella scheda</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Salva le sessioni come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>Sessioni salvate in {path}.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Salva il report per il tuo professionista sanitario</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>Report per il tuo professionista sanitario salvato in {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>Non è stato possibile salvare una sessione perché la cronologia era chiusa.</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>Non è stato possibile salvare una sessione nella cronologia ({reason}), quindi potrebbe mancare dai tuoi progressi.</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>Non è stato possibile leggere la cronologia delle sessioni ({reason}).</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>Non è stato possibile leggere una sessione della cronologia, che viene quindi esclusa.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Non è possibile scrivere nella cartella {folder}, quindi la cronologia è disattivata: le sessioni di questa esecuzione andranno perse alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>La cronologia delle sessioni in {path} è stata scritta da una versione più recente dell&apos;app, quindi è stata lasciata com&apos;è e la cronologia è disattivata: le sessioni di questa esecuzione andranno perse alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Non è stato possibile aprire la cronologia delle sessioni in {path} ({reason}), quindi la cronologia è disattivata: le sessioni di questa esecuzione andranno perse alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>Non è stato possibile leggere la cronologia delle sessioni, quindi è stata spostata in {moved} e ne è stata avviata una nuova.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Non è stato possibile leggere né sostituire la cronologia delle sessioni in {path}, quindi la cronologia è disattivata: le sessioni di questa esecuzione andranno perse alla chiusura dell&apos;app.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>Impossibile trovare la traduzione ({language}), quindi l&apos;app è in inglese.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{time} left</source>
        <translation>Ancora {time}</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>A che punto sei della routine</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tempo rimanente della sessione</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>Info sugli spasmi alla schiena</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>Che cosa sono gli spasmi alla schiena, come si trattano, la sicurezza (F1)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compatto</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>Un piccolo pannello sempre in primo piano (Ctrl+M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>Routine, suono, promemoria e colori (Ctrl+,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>Sessioni, serie, andamento del dolore, report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>Progressi, pannello compatto, impostazioni e info</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>Prima di iniziare: quanto ti fa male la schiena in questo momento? (facoltativo)</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>In pausa: il computer è rimasto in sospensione od occupato per {gap}, quindi la sessione si è fermata dove eri. Premi Riprendi per continuare.</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>Ottimo lavoro! — {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Routine terminata</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>Sessione terminata — {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessione terminata</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} — {app}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>Allungamento {number} di {total} · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>Allungamento {number} di {total}</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>Ricominciato dal primo allungamento.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>Premi di nuovo R per ricominciare dal primo allungamento.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>Agisci sull&apos;avviso</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Chiudi l&apos;avviso</translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation>{shown} di {all}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posponi di 10 minuti</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Nessun dolore</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Il peggior dolore immaginabile</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}, nessun dolore</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}, il peggior dolore immaginabile</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>Un numero da 0, nessun dolore, a 10, il peggior dolore immaginabile. Facoltativo.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Salta la valutazione del dolore</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>Continua senza valutare</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question} &lt;b&gt;{value}&lt;/b&gt; — registrato, grazie.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>Il sistema non indica alcuna cartella per i dati dell&apos;app; avviala con {option}.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>1 passaggio, {stretching} di allungamento ({total} con le preparazioni)</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>{holds} passaggi, {stretching} di allungamento ({total} con le preparazioni)</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Scopo: {objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} — continua a muoverti, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} — mantieni, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} — continua a muoverti, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} — mantieni, {seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>in appoggio su mani e ginocchia</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>a pancia in giù, petto sollevato sulle mani</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>a pancia in su, un ginocchio portato al petto</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>a pancia in su, vista dall&apos;alto, ginocchio piegato portato dall&apos;altro lato del corpo</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>in posizione seduta, una gamba distesa, le mani verso le dita del piede</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>ginocchio anteriore piegato in avanti, gamba posteriore distesa, busto inclinato in avanti</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>in posizione seduta sui talloni, braccia in avanti, fronte verso terra</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Immagine dell&apos;allungamento</translation>
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
        <translation>Segui la routine del tuo professionista sanitario: {title}.</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>Apri una prescrizione del tuo professionista sanitario</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>Non è stato possibile aprire questa prescrizione, quindi non è cambiato nulla: {why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>Non è stato possibile conservare la prescrizione ({reason}), quindi non è cambiato nulla.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>La routine del tuo professionista sanitario è ora la tua routine.</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>Dal tuo professionista sanitario: {note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>La routine della scheda è di nuovo la tua routine; la tua cronologia viene conservata.</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation>Prescritta da {clinician}, {date}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation>Prescritta da {clinician}</translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation>Routine prescritta, {date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>Routine prescritta</translation>
    </message>
    <message>
        <source>the prescription</source>
        <translation>la prescrizione</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>non è un file di prescrizione, oppure è danneggiato ({detail})</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>la prescrizione non contiene allungamenti; aggiungi almeno una tabella {table}</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>questa prescrizione contiene {count} allungamenti, ma l&apos;app ne ha {most} e ognuno può essere prescritto una sola volta</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>ogni allungamento deve essere una tabella {table}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>&apos;{id}&apos; è prescritto due volte; indica ogni allungamento una sola volta</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>non è un file di prescrizione: non inizia con {line}</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>questa prescrizione è di una versione più recente di {app} (schema {found}; questa versione legge lo schema {known}); aggiorna l&apos;app per aprirla</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>&apos;{key}&apos; deve essere {version}, ricevuto {value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>in questa app non esiste l&apos;allungamento {id}; gli allungamenti sono: {ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos; vale solo per gli allungamenti eseguiti su ciascun lato, e {stretch} non lo è</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; deve essere &quot;{both}&quot;, &quot;{left}&quot; o &quot;{right}&quot;, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un testo, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>&apos;{key}&apos; deve stare su una sola riga</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>&apos;{key}&apos; contiene un carattere di controllo ({code}), che un testo non richiede mai</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un giorno scritto come {example}, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un elenco di orari scritti come {example}, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>&apos;{key}&apos; deve seguire l&apos;ordine della giornata, ogni orario una sola volta</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Cosa cambia:</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>Nota del tuo professionista sanitario:</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>Note sugli allungamenti:</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>Per {patient}.</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>Ogni sessione dura {new} (ora {now}).</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>Escluso: {stretch}.</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>Aggiunto: {stretch} ({how}).</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}: {changes}.</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>Il nuovo ordine è: {stretches}.</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>Gli stessi allungamenti, tempi di mantenimento e ordine di ora.</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>mantieni {seconds}</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>mantieni {before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>solo il lato sinistro</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>solo il lato destro</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>entrambi i lati</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una volta</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>due volte</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} volte</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>Prescritta da {clinician} il {date}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>Prescritta da {clinician}.</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>Prescritta il {date}.</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>La prescrizione non indica chi l&apos;ha scritta.</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>1 sessione al giorno</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>{count} sessioni al giorno</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}, senza orari dei promemoria.</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}, un promemoria alle {time}.</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}, promemoria alle {times} e alle {last}.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>Non è stato possibile leggere la routine del tuo professionista sanitario, quindi viene usata la routine della scheda; il file è stato conservato come {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>Prescrizioni di allungamenti (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>Crea una routine per un paziente</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>Ore e minuti, separati da virgole; oppure nessuno</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Entrambi i lati</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo il lato sinistro</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo il lato destro</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Professionista:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>P&amp;aziente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>&amp;Sessioni al giorno:</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>O&amp;rari dei promemoria:</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>&amp;Nota prima della prima sessione:</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>Tempo di &amp;mantenimento:</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>&amp;Lati:</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>&amp;Volte di fila:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Allungamenti (spunta per includere, trascina o sposta per riordinare)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Professionista sanitario</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Sessioni al giorno</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Orari dei promemoria</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>Nota prima della prima sessione</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>Allungamenti, in ordine</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>Tempo di mantenimento</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Volte di fila</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>Nota su questo allungamento</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Spunta almeno un allungamento.</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>Scrivi gli orari dei promemoria in ore e minuti, ad esempio 08:30, 13:00.</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>{holds} passaggi; ogni sessione dura circa {time}.</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>Apri una prescrizione</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>File aperto: {file}.</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>Salva la prescrizione</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>Impossibile salvare {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>File salvato: {file}; consegnalo al tuo paziente.</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>Allungamenti per {patient}</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Allungamenti</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a day is named in the calendar&apos;s tooltips: a QDate format (dddd: the weekday&apos;s name, d: the day, MMMM: the month&apos;s name), as &quot;Monday 26 October&quot;.</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{date}: still to come</source>
        <translation>{date}: ancora da venire</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date}: 1 sessione, obiettivo raggiunto</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date}: {count} sessioni, obiettivo raggiunto</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date}: 1 sessione</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date}: {count} sessioni</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>Un&apos;altra è stata interrotta prima di metà dei suoi passaggi, quindi non conta.</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>Altre {short} sono state interrotte prima di metà dei loro passaggi, quindi non contano.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>Ultime {weeks} settimane: nessuna sessione che conti.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Ultime {weeks} settimane: 1 sessione in 1 giorno; l&apos;obiettivo giornaliero di {goal} è stato raggiunto in 1 giorno.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Ultime {weeks} settimane: 1 sessione in 1 giorno; l&apos;obiettivo giornaliero di {goal} non è ancora stato raggiunto.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Ultime {weeks} settimane: {sessions} sessioni in 1 giorno; l&apos;obiettivo giornaliero di {goal} è stato raggiunto in 1 giorno.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Ultime {weeks} settimane: {sessions} sessioni in 1 giorno; l&apos;obiettivo giornaliero di {goal} non è ancora stato raggiunto.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>Ultime {weeks} settimane: {sessions} sessioni in {days} giorni; l&apos;obiettivo giornaliero di {goal} è stato raggiunto in {met} giorni.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>Ultime {weeks} settimane: {sessions} sessioni in {days} giorni; l&apos;obiettivo giornaliero di {goal} è stato raggiunto in 1 giorno.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>Ultime {weeks} settimane: {sessions} sessioni in {days} giorni; l&apos;obiettivo giornaliero di {goal} non è ancora stato raggiunto.</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>Sessioni nelle ultime {weeks} settimane</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>Il dolore prima delle sessioni è passato da {first} nella prima settimana a {last} nell&apos;ultima.</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>Il dolore dopo le sessioni è passato da {first} nella prima settimana a {last} nell&apos;ultima.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>Il dolore prima delle sessioni è stato in media {first} nella settimana del {week}.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>Il dolore dopo le sessioni è stato in media {first} nella settimana del {week}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>Il dolore prima delle sessioni è passato da {before_first} nella prima settimana a {before_last} nell&apos;ultima; dopo le sessioni, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>Il dolore prima delle sessioni è passato da {before_first} nella prima settimana a {before_last} nell&apos;ultima; dopo le sessioni, è stato {after_first} nella settimana del {after_week}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>Il dolore prima delle sessioni è stato in media {before_first} nella settimana del {before_week}; dopo le sessioni, è passato da {after_first} nella prima settimana a {after_last} nell&apos;ultima.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>Il dolore prima delle sessioni è stato in media {before_first} nella settimana del {before_week}; dopo le sessioni, {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>Il dolore prima delle sessioni è stato in media {before_first} nella settimana del {before_week}; dopo le sessioni, {after_first} nella settimana del {after_week}.</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>Ancora nessuna valutazione del dolore. Valuta il tuo dolore da 0 a 10 prima e dopo una sessione.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolore prima e dopo le sessioni</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>Ancora nessuna sessione. Le tue sessioni appariranno qui dopo che ne avrai fatta una.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>Sessioni, ultime {weeks} settimane</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>Salva le sessioni come CSV…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Salva le sessioni come CSV</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>Tutte le sessioni, una per riga, per un foglio di calcolo</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>Report per il tuo professionista sanitario (PDF)…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>Report per il tuo professionista sanitario (PDF)</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>Un PDF di sessioni, serie e dolore da stampare o inviare al tuo fisioterapista</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>Salva come CSV…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>il lunedì</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>il martedì</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>il mercoledì</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>il giovedì</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>il venerdì</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>il sabato</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>la domenica</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>Oggi: {done} sessioni — obiettivo di {goal} raggiunto</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>Oggi: 1 sessione su 1 — obiettivo raggiunto</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>Oggi: 0 sessioni su 1</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>Oggi: sessioni {done} su {goal} — obiettivo raggiunto</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>Oggi: sessioni {done} su {goal}</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>Serie attuale: 1 giorno · Migliore: 1 giorno</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>Serie attuale: 1 giorno · Migliore: {best} giorni</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>Serie attuale: {current} giorni · Migliore: 1 giorno</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>Serie attuale: {current} giorni · Migliore: {best} giorni</translation>
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
        <translation>Un giorno in cui non raggiungi l&apos;obiettivo interrompe la serie.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>Riposare nel fine settimana non interrompe la serie: in un giorno di riposo, un obiettivo mancato non interrompe la serie né la allunga.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>Riposare nel fine settimana non interrompe la serie.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Riposare {days} non interrompe la serie: in un giorno di riposo, un obiettivo mancato non interrompe la serie né la allunga.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Riposare {days} non interrompe la serie.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>La serie è il numero di giorni consecutivi in cui hai fatto almeno 1 sessione.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>La serie è il numero di giorni consecutivi in cui hai fatto almeno {goal} sessioni.</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>Oggi conta appena raggiungi l&apos;obiettivo; fino ad allora resta valida la serie fino a ieri.</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>È ora degli allungamenti per la schiena — 5 minuti</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>Sessioni fatte oggi: {done} su 1.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Sessioni fatte oggi: {done} su {goal}.</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>Ne hai perso uno</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>Fai clic per iniziare. {progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posponi di 10 minuti</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {date}</source>
        <translation>Generato il {date}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>Nome: {name}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine} (sessioni: {count} su 1)</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine} (sessioni: {count} su {total})</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>Routine: dalla scheda della clinica</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>Routine: prescritta da {clinician}, in data {date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>Routine: prescritta da {clinician}</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>Routine: prescritta, in data {date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>Routine: {routine}</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>Una sessione conta come svolta quando è stata completata almeno la metà dei suoi passaggi.</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Dall&apos;app {app} {version} — la routine della scheda della clinica &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Dall&apos;app {app} {version} — allungamenti prescritti dalla scheda della clinica &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>dopo la sessione</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>prima della sessione</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Dolore prima e dopo la sessione</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>Nessuna valutazione del dolore registrata.</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value} Il peggior dolore immaginabile</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Nessun dolore</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>Il dolore medio prima della sessione è stato {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>Il dolore medio prima della sessione è stato {first} sia nella prima settimana sia nell&apos;ultima</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>Il dolore medio prima della sessione è stato {first} sia nel primo mese sia nell&apos;ultimo</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>Il dolore medio prima della sessione è stato {first} sia nella settimana del {start} sia nella settimana del {end}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>Il dolore medio prima della sessione è stato {first} sia in {start} sia in {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>Il dolore medio prima della sessione è sceso da {first} nella prima settimana a {last} nell&apos;ultima</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>Il dolore medio prima della sessione è sceso da {first} nel primo mese a {last} nell&apos;ultimo</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Il dolore medio prima della sessione è sceso da {first} nella settimana del {start} a {last} nella settimana del {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>Il dolore medio prima della sessione è sceso da {first} in {start} a {last} in {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>Il dolore medio prima della sessione è salito da {first} nella prima settimana a {last} nell&apos;ultima</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>Il dolore medio prima della sessione è salito da {first} nel primo mese a {last} nell&apos;ultimo</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Il dolore medio prima della sessione è salito da {first} nella settimana del {start} a {last} nella settimana del {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>Il dolore medio prima della sessione è salito da {first} in {start} a {last} in {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>Il dolore medio dopo la sessione è stato {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>Il dolore medio dopo la sessione è stato {first} sia nella prima settimana sia nell&apos;ultima</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>Il dolore medio dopo la sessione è stato {first} sia nel primo mese sia nell&apos;ultimo</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>Il dolore medio dopo la sessione è stato {first} sia nella settimana del {start} sia nella settimana del {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>Il dolore medio dopo la sessione è stato {first} sia in {start} sia in {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>Il dolore medio dopo la sessione è sceso da {first} nella prima settimana a {last} nell&apos;ultima</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>Il dolore medio dopo la sessione è sceso da {first} nel primo mese a {last} nell&apos;ultimo</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Il dolore medio dopo la sessione è sceso da {first} nella settimana del {start} a {last} nella settimana del {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>Il dolore medio dopo la sessione è sceso da {first} in {start} a {last} in {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>Il dolore medio dopo la sessione è salito da {first} nella prima settimana a {last} nell&apos;ultima</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>Il dolore medio dopo la sessione è salito da {first} nel primo mese a {last} nell&apos;ultimo</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Il dolore medio dopo la sessione è salito da {first} nella settimana del {start} a {last} nella settimana del {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>Il dolore medio dopo la sessione è salito da {first} in {start} a {last} in {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>dopo la sessione è stato {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>dopo la sessione è stato {first} sia nella prima settimana sia nell&apos;ultima</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>dopo la sessione è stato {first} sia nel primo mese sia nell&apos;ultimo</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>dopo la sessione è stato {first} sia nella settimana del {start} sia nella settimana del {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>dopo la sessione è stato {first} sia in {start} sia in {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>dopo la sessione è sceso da {first} nella prima settimana a {last} nell&apos;ultima</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>dopo la sessione è sceso da {first} nel primo mese a {last} nell&apos;ultimo</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>dopo la sessione è sceso da {first} nella settimana del {start} a {last} nella settimana del {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>dopo la sessione è sceso da {first} in {start} a {last} in {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>dopo la sessione è salito da {first} nella prima settimana a {last} nell&apos;ultima</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>dopo la sessione è salito da {first} nel primo mese a {last} nell&apos;ultimo</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>dopo la sessione è salito da {first} nella settimana del {start} a {last} nella settimana del {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>dopo la sessione è salito da {first} in {start} a {last} in {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>Il dolore medio prima della sessione è sceso da {first} nella prima settimana a {last} nell&apos;ultima; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Il dolore medio prima della sessione è sceso da {first} nel primo mese a {last} nell&apos;ultimo; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Il dolore medio prima della sessione è sceso da {first} nella settimana del {start} a {last} nella settimana del {end}; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Il dolore medio prima della sessione è sceso da {first} in {start} a {last} in {end}; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Il dolore medio prima della sessione è salito da {first} nella prima settimana a {last} nell&apos;ultima; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Il dolore medio prima della sessione è salito da {first} nel primo mese a {last} nell&apos;ultimo; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Il dolore medio prima della sessione è salito da {first} nella settimana del {start} a {last} nella settimana del {end}; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Il dolore medio prima della sessione è salito da {first} in {start} a {last} in {end}; dopo la sessione, da {after_first} a {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>Il dolore medio prima della sessione è stato {first}; dopo la sessione, {after}.</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}; {second}.</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>Durante la sessione, il dolore è sceso in media di {points} punti (1 sessione valutata prima e dopo).</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Durante la sessione, il dolore è sceso in media di {points} punti ({count} sessioni valutate prima e dopo).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>Durante la sessione, il dolore è salito in media di {points} punti (1 sessione valutata prima e dopo).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Durante la sessione, il dolore è salito in media di {points} punti ({count} sessioni valutate prima e dopo).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>Durante la sessione, il dolore in media non è cambiato (1 sessione valutata prima e dopo).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>Durante la sessione, il dolore in media non è cambiato ({count} sessioni valutate prima e dopo).</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>nessuna valutazione dopo la sessione</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>nessuna valutazione prima della sessione</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Nessuna sessione in questo periodo.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>Impossibile scrivere il report in {path}: permesso negato.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>Impossibile scrivere il report in {path}: la cartella non esiste.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>Impossibile scrivere il report in {path}: il disco è pieno.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>Impossibile scrivere il report in {path}: il disco è di sola lettura.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>Impossibile scrivere il report in {path}: esiste già una cartella con quel nome.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>Impossibile scrivere il report in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>Impossibile scrivere il report in {path}: non è stato possibile aprire il file in scrittura.</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} — report sui progressi: {period}</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Allungamento</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>Tempo usato</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Come è stato eseguito</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>{seconds} per lato</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>e altri {count} allungamenti</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>e 1 altro allungamento</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>La routine come è stata eseguita</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sessioni al mese</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sessioni alla settimana</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>sessioni svolte</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>scheda: {low}–{high} sessioni al giorno</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>1 sessione al giorno, come prescritto</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>{count} sessioni al giorno, come prescritto</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>scheda: {low}–{high} al giorno</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>obiettivo: 1 sessione al giorno</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>obiettivo: {goal} sessioni al giorno</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>{percent}% delle sessioni prescritte</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>prescrizione: 1 sessione al giorno</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>prescrizione: {goal} sessioni al giorno</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} giorni</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>{count} iniziate</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count} su {total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>giorni con una sessione</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>almeno una sessione svolta</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>{count} al giorno</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>sessioni in media</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>giorni con obiettivo</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>serie migliore</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>giorni di fila con obiettivo</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>sessioni interrotte</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>prima dell&apos;ultimo passaggio</translation>
    </message>
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
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>{first} (1 day)</source>
        <translation>{first} (1 giorno)</translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation>{first} – {last} (1 settimana)</translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation>{first} – {last} ({weeks} settimane)</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} giorni)</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} — report sui progressi</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>Report per il tuo professionista sanitario</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>Un PDF di una pagina con le tue sessioni e le valutazioni del dolore, da stampare o inviare alla persona che ti ha dato la scheda. Il nome è facoltativo e non viene salvato.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Il tuo nome (facoltativo)</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>Lascia vuoto per scriverlo a mano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Salva report…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva report</translation>
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
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>Esegui {count} volte.</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>Esegui per 1 secondo.</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>Esegui per {seconds} secondi.</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>Mantieni per 1 secondo su ogni lato.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>Mantieni per {seconds} secondi su ogni lato.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Mantieni per 1 secondo.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>Mantieni per {seconds} secondi.</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}, {repetition} di {repetitions}</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}, lato sinistro</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}, lato destro</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>&apos;{key}&apos; deve essere {version}, ricevuto {value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>la routine non contiene allungamenti; aggiungi almeno una tabella {table}</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>ogni allungamento deve essere una tabella {table}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>l&apos;id &apos;{id}&apos; è usato due volte; gli id devono essere unici</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>&apos;{key}&apos; deve contenere solo lettere minuscole, cifre e trattini, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>&apos;{key}&apos; deve essere un elenco di una o più frasi</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; deve essere &quot;{hold}&quot; o &quot;{movement}&quot;, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>&apos;{key}&apos; deve essere composto da parole prese dalle istruzioni, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos; vale solo per gli allungamenti di tipo &quot;{movement}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>&apos;{key}&apos; richiede anche &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un numero intero da 1 a {most}, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un elenco di una o più parole, ricevuto {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>&apos;{key}&apos; deve essere un elenco di &quot;{left}&quot; e &quot;{right}&quot;, ciascuno al massimo una volta, ricevuto {value}</translation>
    </message>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>Allungamenti ed esercizi per gli spasmi alla schiena</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>Allungarsi con costanza può accelerare il recupero e prevenire le ricadute. La seguente routine di allungamenti si può fare in 5 minuti e va eseguita 2-3 volte al giorno.</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>Gatto-mucca</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>mobilizzare la colonna e migliorare la flessibilità</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Parti in appoggio su mani e ginocchia.</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>Inarca la schiena verso l&apos;alto nella posizione del «gatto», poi abbassa la pancia, sollevando la testa e il coccige nella posizione della «mucca».</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>Alterna lentamente le due posizioni.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gatto</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>Mucca</translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation>Estensione della schiena</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>allungare e rinforzare i muscoli della zona lombare</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>Sdraiati a pancia in giù con le mani sotto le spalle.</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>Solleva lentamente il petto dal pavimento, tenendo le anche a terra.</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>Ginocchio al petto</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>Allungare la zona lombare e le anche.</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>Sdraiati a pancia in su e porta un ginocchio verso il petto</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>Sdraiati a pancia in su e porta un ginocchio verso il petto, tenendo l&apos;altra gamba distesa sul pavimento.</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>Rotazione del tronco in posizione supina</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>Allungare e mobilizzare la colonna e la zona lombare.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>Porta delicatamente il ginocchio piegato dall&apos;altro lato del corpo, verso il pavimento</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>Sdraiati a pancia in su con una gamba distesa e l&apos;altro ginocchio piegato.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>Porta delicatamente il ginocchio piegato dall&apos;altro lato del corpo, verso il pavimento, tenendo le spalle ben appoggiate a terra.</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>Allungamento degli ischiocrurali in posizione seduta</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>Allungare gli ischiocrurali e alleviare la tensione nella zona lombare.</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>Protenditi in avanti verso le dita del piede della gamba distesa, tenendo la schiena dritta.</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>Siediti con una gamba distesa e l&apos;altra gamba piegata verso l&apos;interno.</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>Allungamento dei glutei (posizione del piccione)</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>Allungare i glutei e alleviare la tensione nella zona lombare.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>Porta un ginocchio in avanti e appoggialo dietro la mano opposta</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>Parti dalla posizione in appoggio su mani e ginocchia.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>Porta un ginocchio in avanti e appoggialo dietro la mano opposta, distendendo l&apos;altra gamba all&apos;indietro.</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>Abbassa delicatamente le anche verso il pavimento e inclinati in avanti sopra la gamba piegata.</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>Posizione del bambino</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>Allungare la zona lombare e rilassare la colonna.</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>Siediti all&apos;indietro sui talloni allungando le braccia in avanti. Appoggia la fronte a terra</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>Parti in appoggio su mani e ginocchia, poi siediti all&apos;indietro sui talloni allungando le braccia in avanti.</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>Appoggia la fronte a terra e rilassati.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>l&apos;attivazione dei segnali acustici</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>il volume</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>l&apos;attivazione della guida vocale</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>la velocità della voce</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>il tempo di mantenimento</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>il tempo di preparazione</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>il tempo per cambiare lato</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>la scelta degli allungamenti</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>l&apos;attivazione dei promemoria</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>il tipo di promemoria</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>gli orari dei promemoria</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>le ore tra i promemoria</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>l&apos;inizio della giornata lavorativa</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>la fine della giornata lavorativa</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>i giorni dei promemoria</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>lo stop ai promemoria a obiettivo raggiunto</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>l&apos;obiettivo giornaliero</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>il tema dei colori</translation>
    </message>
    <message>
        <source>language</source>
        <translation>la lingua</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>la dimensione del testo</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>l&apos;orario di lavoro</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>Non è stato possibile leggere il valore salvato per {setting}, quindi viene di nuovo usato quello predefinito.</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>Non è stato possibile leggere i valori salvati per {settings} e {last}, quindi vengono di nuovo usati quelli predefiniti.</translation>
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
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Lingua del sistema ({language})</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio dell&apos;app.</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>Avvia all&apos;accesso (in silenzio, nell&apos;area di notifica)</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation> sessione</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation> sessioni</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Ricordami di fare gli allungamenti</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>A questi orari</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>Ogni qualche ora mentre lavoro</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Orari dei promemoria</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>Ore tra i promemoria</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Inizio della giornata lavorativa</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Fine della giornata lavorativa</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>Niente più promemoria a obiettivo raggiunto</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ogni</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>La scheda: 2–3 volte al giorno.</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>Scrivi gli orari così: {example}.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>La giornata lavorativa deve finire dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>La scheda: mantieni ogni allungamento per 30 secondi. Altri allungamenti o un altro ordine valgono dalla prossima sessione; un nuovo tempo di mantenimento dal prossimo passaggio.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Tempo di mantenimento</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Tempo di preparazione</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>Tempo per cambiare lato</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>Allungamenti della routine, in ordine</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>Ripristina come da scheda</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>Tutti e sette gli allungamenti, nell&apos;ordine della scheda, mantenimento di 30 s</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Mantieni ogni allungamento per</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>Preparazione prima di un allungamento</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>Preparazione tra i lati</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Allungamenti (spunta per includere, trascina o sposta per riordinare)</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>Apri una prescrizione…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>Usa la routine della scheda</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>Crea una routine per un paziente…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>Segui la routine della scheda.</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>Il tuo professionista sanitario ha scelto questi allungamenti e tempi di mantenimento; per sceglierli tu, usa la routine della scheda.</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Spunta almeno un allungamento.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generali</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>Non è stato possibile leggere né mettere da parte le tue impostazioni in {path}, quindi per questa esecuzione si usano i valori predefiniti.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>Non è stato possibile leggere le tue impostazioni, quindi sono state spostate in {moved} e si usano i valori predefiniti.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>Non è possibile salvare le tue impostazioni in {path}, quindi le modifiche valgono solo fino alla chiusura dell&apos;app.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>La cartella {folder} appartiene a qualcun altro o è accessibile ad altri, quindi l&apos;app è stata avviata senza: avviarla di nuovo potrebbe aprire una seconda finestra.</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>Un altro programma occupa il canale che questa app usa per restare in un&apos;unica copia ({name}), quindi è stata avviata comunque: avviarla di nuovo potrebbe aprire una seconda finestra.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound and voice</source>
        <translation>Suono e voce</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>Segnali acustici, guida vocale, volume e velocità della voce (M per silenziare)</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>Suono: nessuna riproduzione possibile</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Senza suono</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>Suono: segnali acustici e voce</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Suono attivo</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>Suono: solo segnali acustici</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Solo segnali acustici</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>Suono: solo voce</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Solo voce</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Suono: disattivato</translation>
    </message>
    <message>
        <source>Chimes</source>
        <translation>Segnali acustici</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Segnali acustici attivi</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Guida vocale</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>Guida vocale attiva</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocità della voce</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>Non è stato possibile caricare i segnali acustici e la guida vocale non è disponibile, quindi la sessione è silenziosa; lo schermo mostra comunque ogni passaggio.</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>ripetizione {repetition} di {repetitions}</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Inizia quando vuoi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>Preparati · a seguire</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continua a muoverti</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Mantieni l&apos;allungamento</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>Movimento — continua a muoverti lentamente, senza mantenere</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>Mantenimento — resta immobile nell&apos;allungamento</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Cosa fare ora</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Allungamento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>Mantenimento o movimento</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Istruzioni</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>Nota del professionista sanitario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;Scopo:&lt;/b&gt; {objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Dal tuo professionista sanitario:&lt;/b&gt; {note}</translation>
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
        <translation>1 secondo</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} secondi</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>circa 1 minuto</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>circa {count} minuti</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>circa 1 ora</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>circa {count} ore</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>Sessioni fatte oggi: {done} su 1</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>Sessioni fatte oggi: {done} su {goal}</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Inizia la sessione</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostra la finestra</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posponi di 10 minuti</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Salta questo promemoria</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Sospendi i promemoria</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Riprendi i promemoria</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>La guida vocale non è disponibile su questo computer ({reason}); i segnali acustici restano attivi.</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>non è stato possibile caricare la libreria vocale {library}</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Su questo computer non è installata nessuna voce inglese, quindi la guida vocale è disattivata; i segnali acustici restano attivi.</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Su questo computer non è installata nessuna voce spagnola, quindi la guida vocale è disattivata; i segnali acustici restano attivi.</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Su questo computer non è installata nessuna voce tedesca, quindi la guida vocale è disattivata; i segnali acustici restano attivi.</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Su questo computer non è installata nessuna voce per la lingua {language}, quindi la guida vocale è disattivata; i segnali acustici restano attivi.</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>non è stato scelto alcun motore vocale</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>non è installato alcun motore vocale</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>il motore {engine} non si è avviato</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>il motore {engine} non ha voci installate</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>il motore vocale ha smesso di funzionare</translation>
    </message>
</context>
</TS>
