<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>What are back spasms?</source>
        <translation>Was sind Rückenkrämpfe?</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>Rückenkrämpfe entstehen häufig durch myofasziale Triggerpunkte, auch Muskelknoten genannt. Diese Knoten führen dazu, dass sich Muskeln anspannen, verhärten und schmerzhaft werden. Zu den Faktoren, die zu ihrer Entstehung beitragen, gehören Verletzungen, eine schlechte Körperhaltung, sich wiederholende Bewegungen, chronische Verspannungen oder sogar eine Nacht mit schlechtem Schlaf.</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>Wie erfolgt die Behandlung?</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>Eine wirksame Behandlung von Triggerpunkten erfordert einen multimodalen Ansatz. Wärmeanwendungen können die Durchblutung fördern und die Muskeln entspannen. Tägliches Dehnen der betroffenen Muskeln verbessert die Mobilität und den Bewegungsumfang. Aerobe Ausdauerübungen wie Gehen oder Radfahren auf dem Heimtrainer regen den Kreislauf an und lindern Schmerzen. Zusätzlich kann die Anwendung eines Massageballs zur Akupressur helfen, die Muskelknoten aufzulösen.</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>Wie können Sie Rückenkrämpfen vorbeugen?</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>Sorgen Sie für eine optimale Ergonomie bei der Arbeit und im Büro. Legen Sie regelmäßig Pausen ein und machen Sie Dehnübungen, um Verspannungen zu vermeiden. Wenn Sie frühe, leichte Beschwerden umgehend angehen, können Sie oft verhindern, dass sie sich verschlimmern.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Zu Ihrer Sicherheit</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>Brechen Sie eine Dehnung ab, die den Schmerz verschärft.</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>Lassen Sie sich umgehend ärztlich untersuchen bei Taubheitsgefühl, Schwäche in den Beinen, Verlust der Kontrolle über Blase oder Darm, Fieber oder Schmerzen nach einem Sturz.</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>jeder Abschnitt braucht &apos;{heading}&apos; und &apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>Abschnitt {number}</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>die Datei enthält keine Abschnitte</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>Über Rückenkrämpfe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>Ein Programm aus Ihrer Praxis</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>Nichts ändert sich, bis Sie „Dieses Programm verwenden“ wählen. Das Programm des Übungsblatts bleibt in den Einstellungen einen Klick entfernt, und Ihr Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Dieses Programm verwenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>Als Nächstes: {stretch}. Machen Sie sich bereit.</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>Bleiben Sie in Bewegung. 1 Sekunde.</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>Bleiben Sie in Bewegung. {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>Halten Sie die Dehnung. 1 Sekunde.</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>Halten Sie die Dehnung. {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>Wechseln Sie die Seite: jetzt die linke Seite.</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>Wechseln Sie die Seite: jetzt die rechte Seite.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Wechseln Sie die Seite.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>Programm abgeschlossen. Sie haben {done} von 1 Durchgang geschafft.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>Programm abgeschlossen. Sie haben {done} von {planned} Durchgängen geschafft.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>Einheit beendet. Sie haben {done} von 1 Durchgang geschafft.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>Einheit beendet. Sie haben {done} von {planned} Durchgängen geschafft.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>Pausiert: Der Computer war {gap} lang im Ruhezustand oder ausgelastet. Klicken Sie auf „Fortsetzen“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Noch zehn Sekunden.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
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
        <translation>Das Programm aus Ihrer Praxis passt nicht zu dieser Programmdatei, daher wird das Programm des Übungsblatts verwendet.</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>Keine der ausgewählten Dehnungen ist in diesem Programm enthalten, daher werden alle verwendet.</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>In {folder} sind noch keine Einheiten gespeichert.</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>Das in {folder} aufbewahrte Programm aus Ihrer Praxis konnte nicht gelesen werden, daher behandelt der Bericht das Programm des Übungsblatts ({why}).</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>Die Bilder der Dehnungen konnten nicht geladen werden, daher werden stattdessen die Namen angezeigt ({why}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>In der App ist ein Fehler aufgetreten und sie muss geschlossen werden; die Einzelheiten finden Sie in {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>In der App ist ein unerwarteter Fehler aufgetreten; sie läuft mit Ihrer Einheit und Ihrem Verlauf unverändert weiter, die Einzelheiten finden Sie in {log}.</translation>
    </message>
    <message>
        <source>The app is already running, so it was brought to the front; quit it first to start it with {options}.</source>
        <translation>Die App läuft bereits und wurde daher in den Vordergrund geholt; beenden Sie sie zuerst, um sie mit {options} zu starten.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>Der Start bei der Anmeldung konnte nicht geprüft werden, weil {place} nicht gelesen werden konnte: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingeschaltet werden, weil {place} nicht geschrieben werden konnte: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>Der Start bei der Anmeldung konnte nicht ausgeschaltet werden, weil {place} nicht entfernt werden konnte: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingeschaltet werden, weil {place} nicht geändert werden konnte: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>Der Start bei der Anmeldung konnte nicht ausgeschaltet werden, weil {place} nicht geändert werden konnte: {reason}.</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>der Registrierungsschlüssel {key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>Bei der Anmeldung unauffällig im Infobereich starten</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No pain ratings yet</source>
        <translation>Noch keine Schmerzbewertungen</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Vor einer Einheit</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Nach einer Einheit</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal} oder mehr: Tagesziel erreicht</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Kein Schmerz</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value} Maximal</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>Es wurde keine Tonausgabe gefunden, daher sind Signaltöne und Sprachansage stumm; der Bildschirm zeigt weiterhin jeden Schritt.</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>Die Signaltöne konnten nicht geladen werden, daher läuft die Einheit ohne sie.</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>Die Signaltöne bleiben stumm, weil die Audiobibliothek {library} auf diesem Computer nicht geladen werden konnte; der Bildschirm zeigt weiterhin jeden Schritt.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}: ein angeleitetes Programm mit sieben Rückendehnungen, 2- bis 3-mal täglich, dem Sie mit den Augen oder nach Gehör folgen können.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>die Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>eine Verordnung aus Ihrer Praxis, um sie anzusehen und, wenn Sie sie annehmen, ihr zu folgen</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>diese Programmdatei statt der des Übungsblatts verwenden</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>eine Verordnungsdatei prüfen, ausgeben, was sie ändern würde oder was an ihr falsch ist, und beenden</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>eine feste Vorbereitungszeit vor jeder neuen Dehnung, ohne gesprochene Schritte (Standard: so lange, wie das Sprechen der Schritte dauert, mindestens wie in den Einstellungen, 5)</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>eine feste Vorbereitungszeit zwischen den beiden Seiten einer Dehnung, ohne gesprochene Schritte (Standard: so lange, wie das Sprechen der Schritte dauert, mindestens wie in den Einstellungen, 3)</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>unauffällig im Infobereich starten, um zu erinnern (so startet sie beim Anmelden)</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>jeden Durchgang des Programms ausgeben und beenden</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>jedes Signal einer ganzen Einheit (Signaltöne, Ansagen, Ticks) mit seiner Zeit ausgeben und beenden</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>mit --print-routine oder --timeline: als JSON</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>das Fenster als Bild speichern</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>das Fenster unsichtbar als PNG zeichnen und beenden</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>der gezeigte Durchgang, ab 1 (Standard: 1)</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>Fenstergröße (960x640)</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>Farben (Standard: wie das System)</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>was die Einheit gerade tut (hold)</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>Textgröße, 0,75 bis 2 (Standard: 1, wie Strg+0)</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>ein PNG der Vorführung jeder Dehnung schreiben (jeder Schritt und die gehaltene Position, hell und dunkel) und beenden</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>die Vorführung jeder Dehnung als Gelenkpositionen schreiben (JSON, Meter) und beenden</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>Verlauf und Berichte</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>den Verlauf in DIR speichern (Standard: BACKSPASM_DATA_DIR, sonst Ihr Datenordner)</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>alle Einheiten in eine CSV-Datei schreiben und beenden</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>den einseitigen Fortschrittsbericht für die Praxis schreiben und beenden</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>mit --report: der erste Tag, JJJJ-MM-TT (Standard: vier Wochen vor --to)</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>mit --report: der letzte Tag, JJJJ-MM-TT (Standard: heute)</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>mit --report: der aufgedruckte Name (Standard: eine Linie zum Ausfüllen)</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>die Sprache für diesen Start (Standard: wie in den Einstellungen, sonst die des Systems)</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>das Protokoll auch im Terminal ausgeben</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>die Verordnung entweder zum Öffnen oder an --check-prescription übergeben, nicht beides</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>--json gehört zu --print-routine oder --timeline</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>--from, --to und --name gehören zu --report</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} liegt nach --to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text} ist keine Verordnung: Der Name einer Verordnungsdatei endet auf {extension}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>erwartet wird ein Datum wie 2026-11-30 (JJJJ-MM-TT), angegeben ist {text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>erwartet wird eine Anzahl Sekunden, angegeben ist {text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>muss zwischen 0 und 60 Sekunden liegen, angegeben ist {text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>erwartet wird eine Textgröße von 0,75 bis 2, angegeben ist {text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>erwartet wird BREITExHÖHE wie 960x640, angegeben ist {text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text} liegt außerhalb von 320x240 bis 8192x8192</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>--step muss zwischen 1 und {holds} liegen, angegeben ist {step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}, Kompaktansicht</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>Einen Durchgang zurück</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Starten oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>Weiter zum nächsten Durchgang</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>Zurück zum Hauptfenster (Strg+M)</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Programm beendet</translation>
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
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <extracomment>In a right-to-left language Previous is on the right and the Right arrow goes back: name the Right arrow there.</extracomment>
        <translation>Einen Durchgang zurück (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>Programm starten oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>Weiter zum nächsten Durchgang (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>Das Programm mit der ersten Dehnung neu beginnen (zweimal R)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>vorbereiten</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>bewegen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>Noch 1 Sekunde, {mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>Noch {seconds} Sekunden, {mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>Noch {time}, {mode}</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation>Die Einheiten konnten nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>Gut gemacht – Programm abgeschlossen.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Einheit beendet.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>Als Nächstes: {stretch}, linke Seite. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>Als Nächstes: {stretch}, rechte Seite. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>Als Nächstes: {stretch}. {how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Wechseln Sie die Seite.</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}…</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>Noch zehn Sekunden.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>Als Nächstes: {stretch}, linke Seite.</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>Als Nächstes: {stretch}, rechte Seite.</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>Als Nächstes: {stretch}.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>Back Spasm Stretches läuft im Infobereich weiter, damit die App Sie erinnern kann. Beenden können Sie sie über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich, daher kommen Erinnerungen nur, solange die App geöffnet ist, und wenn Sie das Fenster schließen, wird die App beendet.</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>{done} von {goal} Einheit heute erledigt.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>{done} von {goal} Einheiten heute erledigt.</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>Nächste Erinnerung: {day} um {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Weiterhin aktiv</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>Ihre neue Auswahl an Dehnungen gilt ab der nächsten Einheit.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>Kein Bildschirm gefunden (DISPLAY ist nicht gesetzt): Starten Sie das Programm in einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>Unter DISPLAY={display} antwortet kein Bildschirm: Starten Sie das Programm in einer Desktop-Sitzung oder starten Sie zuerst den X-Server.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>Und jetzt, nach den Dehnungen: Wie stark schmerzt Ihr Rücken? (optional)</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>Gut gemacht – Programm abgeschlossen</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>Diesmal haben Sie den einen Durchgang nicht gemacht.</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>Diesmal haben Sie keinen der {planned} Durchgänge gemacht.</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>Sie haben {done} von 1 Durchgang geschafft: {time} Dehnzeit.</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>Sie haben {done} von {planned} Durchgängen geschafft: {time} Dehnzeit.</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}: erledigt</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}: ausgelassen</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}: linke Seite erledigt, rechte Seite ausgelassen</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}: rechte Seite erledigt, linke Seite ausgelassen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>Das Programm noch einmal ab der ersten Dehnung machen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}, Zeile {line}, {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, Zeile {line}: {problem}</translation>
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
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>dies ist kein gültiges TOML ({detail})</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>diese Datei stammt aus einer älteren Version (Schema {old}); diese Version liest Schema {new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>Dehnung {number} (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>Dehnung {number}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>unbekannter Schlüssel &apos;{key}&apos; (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>der erforderliche Schlüssel &apos;{key}&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>&apos;{key}&apos; muss ein nicht leerer Text sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>&apos;{key}&apos; ist {count} Zeichen lang; erlaubt sind höchstens {most}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>&apos;{key}&apos; muss eine ganze Zahl sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>&apos;{key}&apos; muss zwischen {least} und {most} liegen, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>&apos;{key}&apos; hat {count} Einträge; erlaubt sind höchstens {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>dies ist kein gültiges TOML ({detail})</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>die Werte sind mehr als {most} Ebenen tief verschachtelt, was keine unserer Dateien braucht</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Byte</translation>
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
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>dies ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket) und wird daher nicht gelesen</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>die Datei ist {size} groß, mehr als die {most}, die eine solche Datei haben darf</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>aus dem Programm genommen</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>nicht auf dem Übungsblatt</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>{used} gehalten (Vorgabe: {handout})</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>{done} von 1 Durchgang absolviert</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>{done} von {planned} Durchgängen absolviert</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>wie auf dem Übungsblatt</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Einheiten als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>Ihre Einheiten wurden unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Bericht für die Praxis speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>Der Bericht für die Praxis wurde unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>Eine Einheit konnte nicht gespeichert werden, weil der Verlauf geschlossen war.</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>Eine Einheit konnte nicht in Ihrem Verlauf gespeichert werden ({reason}); sie fehlt daher möglicherweise in Ihrem Fortschritt.</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>Der Verlauf Ihrer Einheiten konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>Eine Einheit in Ihrem Verlauf konnte nicht gelesen werden und wird ausgelassen.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden, daher ist der Verlauf ausgeschaltet: Die Einheiten seit dem Start der App gehen beim Beenden verloren.</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Der Verlauf Ihrer Einheiten unter {path} wurde von einer neueren Version der App geschrieben. Er bleibt daher unverändert, und der Verlauf ist ausgeschaltet: Die Einheiten seit dem Start der App gehen beim Beenden verloren.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Der Verlauf Ihrer Einheiten unter {path} konnte nicht geöffnet werden ({reason}), daher ist der Verlauf ausgeschaltet: Die Einheiten seit dem Start der App gehen beim Beenden verloren.</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>Der Verlauf Ihrer Einheiten konnte nicht gelesen werden. Er wurde daher nach {moved} verschoben, und ein neuer Verlauf wurde angelegt.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Der Verlauf Ihrer Einheiten unter {path} konnte weder gelesen noch ersetzt werden, daher ist der Verlauf ausgeschaltet: Die Einheiten seit dem Start der App gehen beim Beenden verloren.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>Die Übersetzung für {language} wurde nicht gefunden, daher ist die App auf Englisch.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>Bevor Sie beginnen: Wie stark schmerzt Ihr Rücken gerade? (optional)</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>Wo Sie im Programm gerade sind</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Verbleibende Zeit der Einheit</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>Über Rückenkrämpfe</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>Was Rückenkrämpfe sind, wie man sie behandelt, Hinweise zu Ihrer Sicherheit (F1)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>Ein kleines Fenster, das im Vordergrund bleibt (Strg+M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>Programm, Ton, Erinnerungen und Farben (Strg+,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>Einheiten, Serien, Schmerzverlauf, Berichte (Strg+P)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>Fortschritt, Kompaktansicht, Einstellungen und „Über Rückenkrämpfe“</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>Pausiert: Der Computer war {gap} lang im Ruhezustand oder ausgelastet, daher wurde die Einheit an dieser Stelle angehalten. Klicken Sie auf „Fortsetzen“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>Gut gemacht – {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Programm beendet</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>Einheit beendet – {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} – {app}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Noch {time}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>Dehnung {number} von {total} · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>Dehnung {number} von {total}</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>Mit der ersten Dehnung neu begonnen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>Drücken Sie noch einmal R, um mit der ersten Dehnung neu zu beginnen.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>Auf den Hinweis reagieren</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation>{shown} von {all}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}, kein Schmerz</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}, stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>Eine Zahl von 0, kein Schmerz, bis 10, stärkster vorstellbarer Schmerz. Optional.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Schmerzbewertung überspringen</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>Ohne Bewertung weitermachen</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question} &lt;b&gt;{value}&lt;/b&gt; – notiert, vielen Dank.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>Das System nennt keinen Ordner für die Daten der App; starten Sie sie mit {option}.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>1 Durchgang, {stretching} Dehnzeit ({total} mit Vorbereitungszeiten)</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>{holds} Durchgänge, {stretching} Dehnzeit ({total} mit Vorbereitungszeiten)</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Ziel: {objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} – in Bewegung bleiben, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} – halten, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} – in Bewegung bleiben, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} – halten, {seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>in Bauchlage, die Brust mit den Händen angehoben</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>in Rückenlage, ein Knie zur Brust gezogen</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>in Rückenlage von oben gesehen, das angewinkelte Knie über den Körper geführt</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>im Sitzen, ein Bein gestreckt, die Hände greifen zu den Zehen</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>vorderes Knie nach vorn angewinkelt, hinteres Bein gestreckt, nach vorn gelehnt</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>auf den Fersen sitzend, Arme nach vorn gestreckt, Stirn am Boden</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Bild der Dehnung</translation>
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
        <translation>Sie folgen dem Programm aus Ihrer Praxis: {title}.</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>Eine Verordnung aus Ihrer Praxis öffnen</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>Diese Verordnung konnte nicht geöffnet werden, daher hat sich nichts geändert: {why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>Die Verordnung konnte nicht gespeichert werden ({reason}), daher hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>Das Programm aus Ihrer Praxis ist jetzt Ihr Programm.</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>Aus Ihrer Praxis: {note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>Das Programm des Übungsblatts ist wieder Ihr Programm; Ihr Verlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>the prescription</source>
        <translation>die Verordnung</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>dies ist keine Verordnungsdatei, oder sie ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>die Verordnung enthält keine Dehnungen; fügen Sie mindestens eine {table}-Tabelle hinzu</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>diese Verordnung enthält {count} Dehnungen, die App hat aber {most}, und jede darf nur einmal verordnet werden</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>jede Dehnung muss eine Tabelle {table} sein</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>&apos;{id}&apos; ist zweimal verordnet; geben Sie jede Dehnung nur einmal an</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>dies ist keine Verordnungsdatei: sie beginnt nicht mit {line}</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>diese Verordnung stammt aus einer neueren Version von {app} (Schema {found}; diese Version liest Schema {known}); aktualisieren Sie die App, um sie zu öffnen</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>&apos;{key}&apos; muss {version} sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>diese App hat keine Dehnung {id}; die Dehnungen sind: {ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos; gilt nur für Dehnungen, die auf jeder Seite gemacht werden, und {stretch} gehört nicht dazu</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; muss &quot;{both}&quot;, &quot;{left}&quot; oder &quot;{right}&quot; sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>&apos;{key}&apos; muss ein Text sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>&apos;{key}&apos; muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>&apos;{key}&apos; enthält ein Steuerzeichen ({code}), das ein Text nie braucht</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; muss ein Tag in der Form {example} sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; muss eine Liste von Uhrzeiten in der Form {example} sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>&apos;{key}&apos; muss in der Reihenfolge des Tages stehen, jede Uhrzeit nur einmal</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>Hinweis aus Ihrer Praxis:</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>Hinweise zu den Dehnungen:</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>Für {patient}.</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>Eine Einheit dauert {new} (bisher {now}).</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>Entfällt: {stretch}.</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>Neu: {stretch} ({how}).</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}: {changes}.</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>Die neue Reihenfolge: {stretches}.</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>Dieselben Dehnungen, Haltezeiten und dieselbe Reihenfolge wie bisher.</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>{seconds} halten</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>Haltezeit {before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>nur die linke Seite</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>nur die rechte Seite</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count}-mal</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>Verordnet von {clinician} am {date}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>Verordnet von {clinician}.</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>Verordnet am {date}.</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>Die Verordnung nennt nicht, wer sie geschrieben hat.</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>1 Einheit am Tag</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>{count} Einheiten am Tag</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}, ohne Erinnerungszeiten.</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}, eine Erinnerung um {time}.</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}, Erinnerungen um {times} und {last}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation>Verordnet von {clinician}, {date}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation>Verordnet von {clinician}</translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation>Verordnetes Programm, {date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>Verordnetes Programm</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>Das Programm aus Ihrer Praxis konnte nicht gelesen werden, daher wird das Programm des Übungsblatts verwendet; die Datei wurde als {file} aufbewahrt ({why}).</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>Dehnungs-Verordnungen (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>Ein Programm für eine Patientin oder einen Patienten erstellen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>Stunden und Minuten, durch Kommas getrennt; oder keine</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Verordnet von:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient/in:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>&amp;Einheiten am Tag:</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>Erinnerungs&amp;zeiten:</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>&amp;Hinweis vor der ersten Einheit:</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>Hal&amp;tedauer:</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Dehnungen (zum Aufnehmen abhaken, zum Ordnen ziehen oder verschieben)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Einheiten am Tag</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>Hinweis vor der ersten Einheit</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>Dehnungen, in Reihenfolge</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>Notiz zu dieser Dehnung</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Haken Sie mindestens eine Dehnung an.</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>Schreiben Sie die Erinnerungszeiten als Stunden und Minuten, etwa 08:30, 13:00.</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>{holds} Durchgänge; jede Einheit dauert etwa {time}.</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>Eine Verordnung öffnen</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>{file} geöffnet.</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>Die Verordnung speichern</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>{file} konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>{file} gespeichert: Geben Sie die Datei Ihrer Patientin oder Ihrem Patienten.</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>Dehnungen für {patient}</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Mondays</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Dienstage</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Mittwoche</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Donnerstage</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Freitage</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Samstage</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sonntage</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>Noch keine Einheiten. Ihre Einheiten erscheinen hier, sobald Sie eine durchgeführt haben.</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>Heute: {done} Einheiten – Tagesziel von {goal} erreicht</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>Heute: 1 von 1 Einheit – Tagesziel erreicht</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>Heute: 0 von 1 Einheit</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>Heute: {done} von {goal} Einheiten – Tagesziel erreicht</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>Heute: {done} von {goal} Einheiten</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>Aktuelle Serie: 1 Tag · Beste: 1 Tag</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>Aktuelle Serie: 1 Tag · Beste: {best} Tage</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>Aktuelle Serie: {current} Tage · Beste: 1 Tag</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>Aktuelle Serie: {current} Tage · Beste: {best} Tage</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation>Ein Tag, an dem das Tagesziel verfehlt wird, beendet eine Serie.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>Freie Wochenenden unterbrechen keine Serie: An einem Ruhetag wird die Serie durch ein verfehltes Tagesziel weder beendet noch verlängert.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>Freie Wochenenden unterbrechen keine Serie.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Freie {days} unterbrechen keine Serie: An einem Ruhetag wird die Serie durch ein verfehltes Tagesziel weder beendet noch verlängert.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Freie {days} unterbrechen keine Serie.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>Eine Serie zählt die aufeinanderfolgenden Tage, an denen Sie mindestens 1 Einheit durchgeführt haben.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>Eine Serie zählt die aufeinanderfolgenden Tage, an denen Sie mindestens {goal} Einheiten durchgeführt haben.</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>Der heutige Tag zählt, sobald Sie das Tagesziel erreichen; bis dahin gilt die Serie bis gestern.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a day is named in the calendar&apos;s tooltips: a QDate format (dddd: the weekday&apos;s name, d: the day, MMMM: the month&apos;s name), as &quot;Monday 26 October&quot;.</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>{date}: still to come</source>
        <translation>{date}: steht noch bevor</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date}: 1 Einheit, Tagesziel erreicht</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date}: {count} Einheiten, Tagesziel erreicht</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date}: 1 Einheit</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date}: {count} Einheiten</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>Eine weitere wurde vor der Hälfte ihrer Durchgänge beendet und zählt daher nicht.</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>{short} weitere wurden vor der Hälfte ihrer Durchgänge beendet und zählen daher nicht.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>Letzte {weeks} Wochen: keine Einheiten, die zählen.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Letzte {weeks} Wochen: 1 Einheit an 1 Tag; das Tagesziel von {goal} wurde an 1 Tag erreicht.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Letzte {weeks} Wochen: 1 Einheit an 1 Tag; das Tagesziel von {goal} wurde noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>Letzte {weeks} Wochen: {sessions} Einheiten an 1 Tag; das Tagesziel von {goal} wurde an 1 Tag erreicht.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>Letzte {weeks} Wochen: {sessions} Einheiten an 1 Tag; das Tagesziel von {goal} wurde noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>Letzte {weeks} Wochen: {sessions} Einheiten an {days} Tagen; das Tagesziel von {goal} wurde an {met} Tagen erreicht.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>Letzte {weeks} Wochen: {sessions} Einheiten an {days} Tagen; das Tagesziel von {goal} wurde an 1 Tag erreicht.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>Letzte {weeks} Wochen: {sessions} Einheiten an {days} Tagen; das Tagesziel von {goal} wurde noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>Die Schmerzstärke vor den Einheiten lag in der ersten Woche bei {first} und in der letzten bei {last}.</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>Die Schmerzstärke nach den Einheiten lag in der ersten Woche bei {first} und in der letzten bei {last}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>Die Schmerzstärke vor den Einheiten lag in der Woche vom {week} im Schnitt bei {first}.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>Die Schmerzstärke nach den Einheiten lag in der Woche vom {week} im Schnitt bei {first}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>Die Schmerzstärke vor den Einheiten lag in der ersten Woche bei {before_first} und in der letzten bei {before_last}; nach den Einheiten bei {after_first} bzw. {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>Die Schmerzstärke vor den Einheiten lag in der ersten Woche bei {before_first} und in der letzten bei {before_last}; nach den Einheiten in der Woche vom {after_week} bei {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>Die Schmerzstärke vor den Einheiten lag in der Woche vom {before_week} im Schnitt bei {before_first}; nach den Einheiten in der ersten Woche bei {after_first} und in der letzten bei {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>Die Schmerzstärke vor den Einheiten lag in der Woche vom {before_week} im Schnitt bei {before_first}; nach den Einheiten bei {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>Die Schmerzstärke vor den Einheiten lag in der Woche vom {before_week} im Schnitt bei {before_first}; nach den Einheiten in der Woche vom {after_week} bei {after_first}.</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>Noch keine Schmerzbewertungen. Bewerten Sie Ihre Schmerzen vor und nach einer Einheit von 0 bis 10.</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>Einheiten in den letzten {weeks} Wochen</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerz vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>Einheiten, letzte {weeks} Wochen</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>Einheiten als CSV speichern…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Einheiten als CSV speichern</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>Alle Einheiten, eine pro Zeile, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>Bericht für die Praxis (PDF)…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>Bericht für die Praxis (PDF)</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>Ein PDF mit Einheiten, Serien und Schmerzwerten zum Ausdrucken oder Senden an Ihre Physiotherapeutin oder Ihren Physiotherapeuten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>Bericht (PDF)…</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>Zeit für Ihre Rückendehnungen – 5 Minuten</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>{done} von 1 Einheit heute erledigt.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>{done} von {goal} Einheiten heute erledigt.</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>Eine Erinnerung verpasst</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>Zum Starten klicken. {progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the report: a QDate format (d: the day, MMM: the month&apos;s short name), as &quot;26 Oct&quot;.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A day on the report with its year: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month in the report&apos;s sentences on pain (&quot;... in Oct 2026&quot;): a QDate format (MMM: the month&apos;s short name, yyyy: the year).</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{first} (1 day)</source>
        <translation>{first} (1 Tag)</translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation>{first} – {last} (1 Woche)</translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation>{first} – {last} ({weeks} Wochen)</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} Tage)</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} – Fortschrittsbericht</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit lag bei {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit lag sowohl in der ersten als auch in der letzten Woche bei {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit lag sowohl im ersten als auch im letzten Monat bei {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit lag sowohl in der Woche vom {start} als auch in der Woche vom {end} bei {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit lag sowohl im {start} als auch im {end} bei {first}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} in der ersten Woche auf {last} in der letzten</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} im ersten Monat auf {last} im letzten</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} in der Woche vom {start} auf {last} in der Woche vom {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} im {start} auf {last} im {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} in der ersten Woche auf {last} in der letzten</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} im ersten Monat auf {last} im letzten</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} in der Woche vom {start} auf {last} in der Woche vom {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} im {start} auf {last} im {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit lag bei {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit lag sowohl in der ersten als auch in der letzten Woche bei {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit lag sowohl im ersten als auch im letzten Monat bei {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit lag sowohl in der Woche vom {start} als auch in der Woche vom {end} bei {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit lag sowohl im {start} als auch im {end} bei {first}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit sank von {first} in der ersten Woche auf {last} in der letzten</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit sank von {first} im ersten Monat auf {last} im letzten</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit sank von {first} in der Woche vom {start} auf {last} in der Woche vom {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit sank von {first} im {start} auf {last} im {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit stieg von {first} in der ersten Woche auf {last} in der letzten</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit stieg von {first} im ersten Monat auf {last} im letzten</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit stieg von {first} in der Woche vom {start} auf {last} in der Woche vom {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>Die durchschnittliche Schmerzstärke nach einer Einheit stieg von {first} im {start} auf {last} im {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>nach einer Einheit lag sie bei {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>nach einer Einheit lag sie sowohl in der ersten als auch in der letzten Woche bei {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>nach einer Einheit lag sie sowohl im ersten als auch im letzten Monat bei {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>nach einer Einheit lag sie sowohl in der Woche vom {start} als auch in der Woche vom {end} bei {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>nach einer Einheit lag sie sowohl im {start} als auch im {end} bei {first}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>nach einer Einheit sank sie von {first} in der ersten Woche auf {last} in der letzten</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>nach einer Einheit sank sie von {first} im ersten Monat auf {last} im letzten</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>nach einer Einheit sank sie von {first} in der Woche vom {start} auf {last} in der Woche vom {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>nach einer Einheit sank sie von {first} im {start} auf {last} im {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>nach einer Einheit stieg sie von {first} in der ersten Woche auf {last} in der letzten</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>nach einer Einheit stieg sie von {first} im ersten Monat auf {last} im letzten</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>nach einer Einheit stieg sie von {first} in der Woche vom {start} auf {last} in der Woche vom {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>nach einer Einheit stieg sie von {first} im {start} auf {last} im {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} in der ersten Woche auf {last} in der letzten; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} im ersten Monat auf {last} im letzten; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} in der Woche vom {start} auf {last} in der Woche vom {end}; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit sank von {first} im {start} auf {last} im {end}; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} in der ersten Woche auf {last} in der letzten; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} im ersten Monat auf {last} im letzten; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} in der Woche vom {start} auf {last} in der Woche vom {end}; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit stieg von {first} im {start} auf {last} im {end}; nach einer Einheit von {after_first} auf {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>Die durchschnittliche Schmerzstärke vor einer Einheit lag bei {first}; nach einer Einheit bei {after}.</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}; {second}.</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>Innerhalb einer Einheit sank die Schmerzstärke im Durchschnitt um {points} Punkte (1 Einheit vorher und nachher bewertet).</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Innerhalb einer Einheit sank die Schmerzstärke im Durchschnitt um {points} Punkte ({count} Einheiten vorher und nachher bewertet).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>Innerhalb einer Einheit stieg die Schmerzstärke im Durchschnitt um {points} Punkte (1 Einheit vorher und nachher bewertet).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Innerhalb einer Einheit stieg die Schmerzstärke im Durchschnitt um {points} Punkte ({count} Einheiten vorher und nachher bewertet).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>Innerhalb einer Einheit blieb die Schmerzstärke im Durchschnitt unverändert (1 Einheit vorher und nachher bewertet).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>Innerhalb einer Einheit blieb die Schmerzstärke im Durchschnitt unverändert ({count} Einheiten vorher und nachher bewertet).</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>nach einer Einheit wurden keine Werte erfasst</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>vor einer Einheit wurden keine Werte erfasst</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine} ({count} von 1 Einheit)</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine} ({count} von {total} Einheiten)</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>Programm: aus dem Übungsblatt der Praxis</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Erstellt mit {app} {version} – verordnete Dehnungen aus dem Übungsblatt „{handout}“ der Praxis</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>Programm: verordnet von {clinician}, vom {date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>Programm: verordnet von {clinician}</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>Programm: verordnet am {date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>Programm: {routine}</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>Tagesziel: 1 Einheit</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>Tagesziel: {goal} Einheiten</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>Einheiten durchgeführt</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>{count} begonnen</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count} von {total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>Tage mit Einheit</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>mind. eine Einheit durchgeführt</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>{count} pro Tag</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>Einheiten im Durchschnitt</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>Übungsblatt: {low}–{high} pro Tag</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>{percent} % der verordneten Einheiten</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>verordnet: 1 Einheit pro Tag</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>verordnet: {goal} Einheiten pro Tag</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>Tage mit erreichtem Tagesziel</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>Beste Serie</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>Tage in Folge mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>Einheiten vorzeitig beendet</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>vor dem letzten Durchgang</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Einheiten pro Monat</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>Übungsblatt: {low}–{high} Einheiten pro Tag</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>1 Einheit pro Tag, wie verordnet</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>{count} Einheiten pro Tag, wie verordnet</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>nach einer Einheit</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>vor einer Einheit</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Schmerz vor und nach einer Einheit</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>Keine Schmerzbewertungen erfasst.</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value} Stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Kein Schmerz</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Übungsblatt</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>{seconds} je Seite</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>und {count} weitere Dehnungen</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>und 1 weitere Dehnung</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>Durchgeführtes Programm</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>Eine Einheit gilt als durchgeführt, wenn mindestens die Hälfte ihrer Durchgänge absolviert wurde.</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Erstellt mit {app} {version} – Programm nach dem Übungsblatt „{handout}“ der Praxis</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Einheiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: Der Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: Es gibt bereits einen Ordner mit diesem Namen.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden: Die Datei konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} – Fortschrittsbericht: {period}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>Bericht für die Praxis</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>Ein einseitiges PDF mit Ihren Einheiten und Schmerzbewertungen zum Ausdrucken oder zum Senden an die Person, von der Sie das Übungsblatt erhalten haben. Die Angabe Ihres Namens ist freiwillig; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Ihr Name (optional)</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>Leer lassen, um ihn von Hand einzutragen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How the report&apos;s first and last days are shown and typed: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>Dehnungen &amp; Übungen bei Rückenkrämpfen</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>Regelmäßiges Dehnen kann die Genesung beschleunigen und einem erneuten Auftreten vorbeugen. Das folgende Dehnprogramm lässt sich in 5 Minuten absolvieren und sollte 2- bis 3-mal täglich durchgeführt werden.</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>die Wirbelsäule mobilisieren und die Beweglichkeit verbessern</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Gehen Sie in den Vierfüßlerstand.</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>Wölben Sie den Rücken nach oben in die Position &quot;Katze&quot;, senken Sie dann den Bauch ab und heben Sie dabei Kopf und Steißbein an – in die Position &quot;Kuh&quot;.</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>Wechseln Sie langsam zwischen beiden Positionen hin und her.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Katze</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>Kuh</translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation>Rückenstreckung</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>die Muskeln des unteren Rückens dehnen und kräftigen</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>Legen Sie sich auf den Bauch, die Hände unter den Schultern.</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>Heben Sie die Brust langsam vom Boden ab und lassen Sie dabei die Hüften am Boden.</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>den unteren Rücken und die Hüften dehnen.</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>Legen Sie sich auf den Rücken, ziehen Sie ein Knie in Richtung Brust</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>Legen Sie sich auf den Rücken, ziehen Sie ein Knie in Richtung Brust, während das andere Bein gestreckt auf dem Boden bleibt.</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>Rumpfrotation im Liegen</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>die Wirbelsäule und den unteren Rücken dehnen und mobilisieren.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>Führen Sie das angewinkelte Knie sanft über den Körper in Richtung Boden</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>Legen Sie sich auf den Rücken, ein Bein gestreckt, das andere Knie angewinkelt.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>Führen Sie das angewinkelte Knie sanft über den Körper in Richtung Boden, während die Schultern flach auf dem Boden bleiben.</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>Dehnung der Oberschenkelrückseite im Sitzen</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>die hintere Oberschenkelmuskulatur dehnen und Verspannungen im unteren Rücken lösen.</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>Greifen Sie nach vorn in Richtung der Zehen des gestreckten Beins und halten Sie dabei den Rücken gerade.</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>Setzen Sie sich hin, ein Bein gestreckt, das andere Bein nach innen angewinkelt.</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>Gesäßdehnung (Taubenhaltung)</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>die Gesäßmuskulatur dehnen und Verspannungen im unteren Rücken lösen.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>Bringen Sie ein Knie nach vorn und setzen Sie es hinter der gegenüberliegenden Hand ab</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>Gehen Sie in den Vierfüßlerstand.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>Bringen Sie ein Knie nach vorn und setzen Sie es hinter der gegenüberliegenden Hand ab, während Sie das andere Bein gerade nach hinten strecken.</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>Senken Sie die Hüften sanft in Richtung Boden und lehnen Sie sich über das angewinkelte Bein nach vorn.</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>Stellung des Kindes</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>den unteren Rücken dehnen und die Wirbelsäule entspannen.</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>Setzen Sie sich zurück auf die Fersen, während Sie die Arme nach vorn strecken. Lassen Sie die Stirn auf dem Boden ruhen</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>Gehen Sie in den Vierfüßlerstand, dann setzen Sie sich zurück auf die Fersen, während Sie die Arme nach vorn strecken.</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>Lassen Sie die Stirn auf dem Boden ruhen und entspannen Sie sich.</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>Führen Sie dies {count}-mal durch.</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>Führen Sie die Übung 1 Sekunde lang aus.</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>Führen Sie die Übung {seconds} Sekunden lang aus.</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>Halten Sie die Dehnung auf jeder Seite 1 Sekunde lang.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>Halten Sie die Dehnung auf jeder Seite {seconds} Sekunden lang.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Halten Sie die Dehnung 1 Sekunde lang.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>Halten Sie die Dehnung {seconds} Sekunden lang.</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}, {repetition} von {repetitions}</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}, linke Seite</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}, rechte Seite</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>&apos;{key}&apos; muss {version} sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>das Programm enthält keine Dehnungen; fügen Sie mindestens eine Tabelle {table} hinzu</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>jede Dehnung muss eine Tabelle {table} sein</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>die ID &apos;{id}&apos; wird zweimal verwendet; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>&apos;{key}&apos; darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>&apos;{key}&apos; muss eine Liste aus einem oder mehreren Sätzen sein</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; muss &quot;{hold}&quot; oder &quot;{movement}&quot; sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>&apos;{key}&apos; muss aus Wörtern bestehen, die in der Anleitung vorkommen, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos; gilt nur für Dehnungen der Art &quot;{movement}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>&apos;{key}&apos; erfordert auch &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>&apos;{key}&apos; muss eine ganze Zahl von 1 bis {most} sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>&apos;{key}&apos; muss eine Liste aus einem oder mehreren Wörtern sein, angegeben ist {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>&apos;{key}&apos; muss eine Liste aus &quot;{left}&quot; und &quot;{right}&quot; sein, jeweils höchstens einmal, angegeben ist {value}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>Signaltöne an oder aus</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>Sprachansage an oder aus</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>Dauer der Haltephase</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>Zeit für den Seitenwechsel</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>Auswahl der Dehnungen</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>Erinnerungen an oder aus</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>Art der Erinnerungen</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>Stunden zwischen den Erinnerungen</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>Beginn des Arbeitstags</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>Ende des Arbeitstags</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>Erinnerungstage</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>Ruhe nach erreichtem Tagesziel</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>Eine gespeicherte Einstellung konnte nicht gelesen werden, daher gilt wieder der Standardwert: {setting}.</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>Einige gespeicherte Einstellungen konnten nicht gelesen werden, daher gelten wieder die Standardwerte: {settings} und {last}.</translation>
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
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>Laut Übungsblatt: jede Dehnung 30 Sekunden halten. Andere Dehnungen oder eine andere Reihenfolge gelten ab der nächsten Einheit, eine neue Dauer der Haltephase ab dem nächsten Durchgang.</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation> Einheit</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Dauer der Haltephase</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>Zeit für den Seitenwechsel</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>Dehnungen im Programm, der Reihe nach</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>Auf Übungsblatt zurücksetzen</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>Alle sieben Dehnungen in der Reihenfolge des Übungsblatts, Haltephasen von 30 s</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Jede Dehnung halten für</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>Vorbereitung vor einer Dehnung</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>Vorbereitung beim Seitenwechsel</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Dehnungen (zum Aufnehmen anhaken, zum Umsortieren ziehen oder verschieben)</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>Eine Verordnung öffnen…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>Das Programm des Übungsblatts verwenden</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>Ein Programm für Patienten erstellen…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>Sie folgen dem Programm des Übungsblatts.</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>Ihre Praxis hat diese Dehnungen und Haltezeiten gewählt; um selbst zu wählen, verwenden Sie das Programm des Übungsblatts.</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>An das Dehnen erinnern</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>Zu diesen Uhrzeiten</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>Alle paar Stunden während der Arbeitszeit</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>Stunden zwischen den Erinnerungen</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Beginn des Arbeitstags</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Ende des Arbeitstags</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>Keine Erinnerungen mehr, sobald das Tagesziel erreicht ist</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>Laut Übungsblatt: 2- bis 3-mal täglich.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>Bei der Anmeldung starten (unauffällig im Infobereich)</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Wählen Sie mindestens eine Dehnung aus.</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>Geben Sie die Uhrzeiten so ein: {example}.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Das Ende des Arbeitstags muss nach seinem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>Ihre Einstellungen unter {path} konnten weder gelesen noch beiseitegelegt werden; bei diesem Start gelten daher die Standardwerte.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden. Sie wurden daher nach {moved} verschoben, und es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>Ihre Einstellungen können nicht unter {path} gespeichert werden; Änderungen gelten daher nur, bis die App geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>Der Ordner {folder} gehört jemand anderem oder ist für andere zugänglich, daher wurde die App ohne ihn gestartet: Ein erneuter Start kann ein zweites Fenster öffnen.</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>Ein anderes Programm belegt den Kanal, über den diese App nur einmal läuft ({name}), daher wurde sie trotzdem gestartet: Ein erneuter Start kann ein zweites Fenster öffnen.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Chimes</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Signaltöne an</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Sprachansage</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>Sprachansage an</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Sprachansage</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>Signaltöne, Sprachansage, Lautstärke und Sprechtempo (M schaltet stumm)</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>Ton: nichts kann abgespielt werden</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>Ton: Signaltöne und Sprachansage</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>Ton: nur Signaltöne</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Nur Signaltöne</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>Ton: nur Sprachansage</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Nur Sprachansage</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Ton: aus</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>Die Signaltöne konnten nicht geladen werden und die Sprachanleitung ist nicht verfügbar, daher bleibt die Einheit stumm; der Bildschirm zeigt weiterhin jeden Schritt.</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>Mal {repetition} von {repetitions}</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>Machen Sie sich bereit · als Nächstes</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Halten Sie die Dehnung</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>Bewegung – langsam in Bewegung bleiben, nicht halten</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>Halten – bleiben Sie ruhig in der Dehnung</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>Halten oder Bewegung</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>Hinweis aus Ihrer Praxis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; {objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Aus Ihrer Praxis:&lt;/b&gt; {note}</translation>
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
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} Sekunden</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>etwa 1 Minute</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>etwa {count} Minuten</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>etwa 1 Stunde</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>etwa {count} Stunden</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>{done} von 1 Einheit heute erledigt</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>{done} von {goal} Einheiten heute erledigt</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Diese Erinnerung überspringen</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Auf diesem Computer ist keine englische Stimme installiert, daher ist die Sprachansage aus; die Signaltöne sind weiterhin zu hören.</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Auf diesem Computer ist keine spanische Stimme installiert, daher ist die Sprachansage aus; die Signaltöne sind weiterhin zu hören.</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Auf diesem Computer ist keine deutsche Stimme installiert, daher ist die Sprachansage aus; die Signaltöne sind weiterhin zu hören.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>Die Sprachansage ist auf diesem Computer nicht verfügbar ({reason}); die Signaltöne sind weiterhin zu hören.</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>die Sprachbibliothek {library} konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Auf diesem Computer ist keine Stimme für {language} installiert, daher ist die Sprachansage aus; die Signaltöne sind weiterhin zu hören.</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>es wurde keine Sprachsynthese ausgewählt</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>es ist keine Sprachsynthese installiert</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>die Sprachsynthese {engine} ist nicht gestartet</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>für die Sprachsynthese {engine} ist keine Stimme installiert</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>die Sprachsynthese funktioniert nicht mehr</translation>
    </message>
</context>
</TS>
