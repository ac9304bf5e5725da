<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>chaque section doit avoir une clé &apos;{heading}&apos; et une clé &apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>section {number}</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>il n&apos;y a aucune section</translation>
    </message>
    <message>
        <source>What are back spasms?</source>
        <translation>Que sont les spasmes du dos&#xa0;?</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>Les spasmes du dos sont souvent dus à des points gâchettes myofasciaux, aussi appelés nœuds musculaires. Ces nœuds font que les muscles se contractent, durcissent et deviennent douloureux. Parmi les facteurs qui favorisent leur formation figurent une blessure, une mauvaise posture, des mouvements répétitifs, une tension chronique, ou même une mauvaise nuit de sommeil.</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>Comment les traite-t-on&#xa0;?</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>Traiter efficacement les points gâchettes nécessite une approche multimodale. L&apos;application de chaleur peut améliorer le flux sanguin et détendre les muscles. L&apos;étirement quotidien des muscles concernés améliore la mobilité et l&apos;amplitude articulaire. La pratique d&apos;exercices aérobies, comme la marche ou le vélo d&apos;appartement, améliore la circulation et réduit la douleur. De plus, l&apos;utilisation d&apos;une balle de massage pour une thérapie par acupression peut aider à dénouer les nœuds musculaires.</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>Comment prévenir les spasmes du dos&#xa0;?</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>Veillez à ce que l&apos;ergonomie de votre poste de travail et de votre bureau soit optimale. Faites régulièrement des pauses et des exercices d&apos;étirement pour éviter les raideurs. Traiter rapidement les premiers symptômes, encore légers, permet souvent d&apos;éviter qu&apos;ils ne s&apos;aggravent.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Pour votre sécurité</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>Arrêtez un étirement qui rend la douleur plus vive.</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>Consultez rapidement un praticien en cas d&apos;engourdissement, de faiblesse dans les jambes, de perte du contrôle de la vessie ou des intestins, de fièvre ou de douleur après une chute.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>À propos des spasmes du dos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>Un programme de votre praticien</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>Rien ne change tant que vous n&apos;avez pas choisi «&#xa0;Utiliser ce programme&#xa0;». Le programme de la fiche reste accessible en un clic dans les Paramètres, et votre historique est conservé.</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Utiliser ce programme</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>Étirement suivant&#xa0;: {stretch}. Préparez-vous.</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>Continuez le mouvement pendant 1 seconde.</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>Continuez le mouvement pendant {seconds} secondes.</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>Maintenez l&apos;étirement pendant 1 seconde.</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>Maintenez l&apos;étirement pendant {seconds} secondes.</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>Changez de côté&#xa0;: côté gauche.</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>Changez de côté&#xa0;: côté droit.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>Programme terminé. Vous avez fait {done} sur 1 étape.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>Programme terminé. Vous avez fait {done} sur {planned} étapes.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>Séance arrêtée. Vous avez fait {done} sur 1 étape.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>Séance arrêtée. Vous avez fait {done} sur {planned} étapes.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>En pause&#xa0;: l&apos;ordinateur était en veille ou occupé pendant {gap}. Appuyez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Encore dix secondes.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
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
        <translation>L&apos;application est déjà ouverte, elle a donc été mise au premier plan&#xa0;; quittez-la d&apos;abord pour la lancer avec {options}.</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>Aucune séance n&apos;est encore enregistrée dans {folder}.</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>Le programme de votre praticien conservé dans {folder} n&apos;a pas pu être lu&#xa0;; le rapport porte donc sur le programme de la fiche ({why}).</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation>Le programme de votre praticien ne correspond pas à ce fichier de programme&#xa0;; le programme de la fiche est donc utilisé.</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>Aucun des étirements choisis ne figure dans ce programme&#xa0;; ils sont donc tous utilisés.</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>Les images des étirements n&apos;ont pas pu être chargées&#xa0;; leurs noms sont donc affichés à la place ({why}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>Une erreur interne s&apos;est produite et l&apos;application doit se fermer&#xa0;; les détails se trouvent dans {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>Une erreur inattendue s&apos;est produite dans l&apos;application&#xa0;; elle continue avec votre séance et votre historique tels qu&apos;ils étaient, et les détails se trouvent dans {log}.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>Impossible de vérifier le démarrage à l&apos;ouverture de session, car la lecture de {place} a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>Impossible d&apos;activer le démarrage à l&apos;ouverture de session, car l&apos;écriture de {place} a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>Impossible de désactiver le démarrage à l&apos;ouverture de session, car la suppression de {place} a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>Impossible d&apos;activer le démarrage à l&apos;ouverture de session, car la modification de {place} a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>Impossible de désactiver le démarrage à l&apos;ouverture de session, car la modification de {place} a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>la clé de registre {key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>Démarrer discrètement dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal} ou plus&#xa0;: objectif atteint</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No pain ratings yet</source>
        <translation>Aucune évaluation de la douleur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Avant une séance</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Après une séance</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Pas de douleur</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value} Maximale</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>Aucune sortie audio n&apos;a été trouvée&#xa0;; les signaux sonores et la voix sont donc muets&#xa0;; l&apos;écran affiche toujours chaque étape.</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>Les signaux sonores n&apos;ont pas pu être chargés&#xa0;; la séance se déroule donc sans eux.</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>Les signaux sonores sont muets, car la bibliothèque audio {library} n&apos;a pas pu être chargée sur cet ordinateur&#xa0;; l&apos;écran affiche toujours chaque étape.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}&#xa0;: un programme guidé de sept étirements du dos, 2 à 3 fois par jour, à suivre des yeux ou à l&apos;oreille.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>une prescription de votre praticien, à consulter et, si vous l&apos;acceptez, à suivre</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>utiliser ce fichier de programme au lieu de celui de la fiche</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>vérifier un fichier de prescription, afficher ce qu&apos;il changerait ou ce qui ne va pas, et quitter</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>une durée de préparation fixe avant chaque nouvel étirement, sans les étapes énoncées (par défaut&#xa0;: le temps d&apos;énoncer les étapes, au moins la valeur des Paramètres, 5)</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>une durée de préparation fixe entre les deux côtés d&apos;un étirement, sans les étapes énoncées (par défaut&#xa0;: le temps d&apos;énoncer les étapes, au moins la valeur des Paramètres, 3)</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>démarrer discrètement dans la zone de notification, pour les rappels (mode utilisé par le démarrage à l&apos;ouverture de session)</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>afficher chaque étape du programme et quitter</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>afficher chaque repère d&apos;une séance complète (signaux sonores, voix, tic-tac) avec son moment, et quitter</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>avec --print-routine ou --timeline&#xa0;: au format JSON</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>rendu de la fenêtre en image</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>dessiner la fenêtre hors écran dans un PNG et quitter</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>l&apos;étape à afficher, à partir de 1 (par défaut&#xa0;: 1)</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>taille de la fenêtre (960x640)</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>couleurs à utiliser (par défaut&#xa0;: celles du système)</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>ce que fait la séance (hold)</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>taille du texte, de 0,75 à 2 (par défaut&#xa0;: 1, comme Ctrl+0)</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>écrire un PNG de la démonstration de chaque étape (chaque mouvement et la position maintenue, en clair et en sombre) et quitter</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>écrire la démonstration de chaque étape sous forme de positions des articulations (JSON, mètres) et quitter</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>historique et rapports</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>conserver l&apos;historique dans DIR (par défaut&#xa0;: BACKSPASM_DATA_DIR, sinon votre dossier de données)</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>écrire toutes les séances dans un fichier CSV et quitter</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>écrire le rapport de progression d&apos;une page pour votre praticien et quitter</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>avec --report&#xa0;: le premier jour, AAAA-MM-JJ (par défaut&#xa0;: quatre semaines avant --to)</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>avec --report&#xa0;: le dernier jour, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>avec --report&#xa0;: le nom à y imprimer (par défaut&#xa0;: une ligne pour l&apos;écrire à la main)</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>la langue à utiliser cette fois (par défaut&#xa0;: celle des Paramètres, sinon celle du système)</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>écrire aussi le journal dans le terminal</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>indiquez la prescription soit à ouvrir, soit à --check-prescription, pas les deux</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>--json s&apos;utilise avec --print-routine ou --timeline</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>--from, --to et --name s&apos;utilisent avec --report</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} est postérieur à --to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text} n&apos;est pas une prescription&#xa0;: le nom d&apos;un fichier de prescription se termine par {extension}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>date attendue au format AAAA-MM-JJ, par exemple 2026-11-30, valeur reçue&#xa0;: {text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>nombre de secondes attendu, valeur reçue&#xa0;: {text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>doit être compris entre 0 et 60 secondes, valeur reçue&#xa0;: {text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>taille de texte attendue entre 0,75 et 2, valeur reçue&#xa0;: {text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>LARGEURxHAUTEUR attendu, par exemple 960x640, valeur reçue&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text} est en dehors de l&apos;intervalle 320x240 à 8192x8192</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>--step doit être compris entre 1 et {holds}, valeur reçue&#xa0;: {step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>En mouvement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}, panneau compact</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Démarrer ou mettre en pause (Espace)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Fenêtre complète</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>Revenir à la fenêtre complète (Ctrl+M)</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Programme terminé</translation>
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
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <extracomment>In a right-to-left language Previous is on the right and the Right arrow goes back: name the Right arrow there.</extracomment>
        <translation>Revenir à l&apos;étape précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>Démarrer ou mettre en pause le programme (Espace)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>Passer à l&apos;étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>Reprendre le programme au premier étirement (R deux fois)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>préparez-vous</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>maintenez</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>en mouvement</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>Il reste 1 seconde, {mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>Il reste {seconds} secondes, {mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>Il reste {time}, {mode}</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation>Les séances n&apos;ont pas pu être enregistrées dans {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>Bravo&#xa0;! Programme terminé.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Séance arrêtée.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>Étirement suivant&#xa0;: {stretch}, côté gauche. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>Étirement suivant&#xa0;: {stretch}, côté droit. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>Étirement suivant&#xa0;: {stretch}. {how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}…</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>Encore dix secondes.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>On reprend.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>Étirement suivant&#xa0;: {stretch}, côté gauche.</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>Étirement suivant&#xa0;: {stretch}, côté droit.</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>Étirement suivant&#xa0;: {stretch}.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>Back Spasm Stretches reste ouvert dans la zone de notification pour pouvoir vous envoyer des rappels. Quittez-le depuis le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: les rappels n&apos;arrivent donc que lorsque l&apos;application est ouverte, et fermer la fenêtre quitte l&apos;application.</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>Séances faites aujourd&apos;hui&#xa0;: {done} sur {goal}.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Séances faites aujourd&apos;hui&#xa0;: {done} sur {goal}.</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Rappels désactivés</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Rappels en pause jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>Prochain rappel&#xa0;: {day} à {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Toujours actif</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>Votre nouveau choix d&apos;étirements s&apos;appliquera à partir de la prochaine séance.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>Aucun écran trouvé (DISPLAY n&apos;est pas défini)&#xa0;: lancez l&apos;application depuis une session de bureau.</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>Aucun écran ne répond sur DISPLAY={display}&#xa0;: lancez l&apos;application depuis une session de bureau, ou démarrez d&apos;abord le serveur X.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>Et maintenant, après les étirements&#xa0;: à quel point avez-vous mal au dos&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>Bravo — programme terminé</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>Cette fois, vous n&apos;avez pas fait l&apos;unique étape.</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>Cette fois, vous n&apos;avez fait aucune des {planned} étapes.</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>Vous avez fait {done} sur 1 étape&#xa0;: {time} d&apos;étirement.</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>Vous avez fait {done} sur {planned} étapes&#xa0;: {time} d&apos;étirement.</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}&#xa0;: fait</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}&#xa0;: omis</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}&#xa0;: côté gauche fait, côté droit omis</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}&#xa0;: côté droit fait, côté gauche omis</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>Refaire le programme depuis le premier étirement (Espace)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}, ligne {line}, {place}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}, {place}: {problem}</source>
        <translation>{file}, {place}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>ce n&apos;est pas du TOML valide ({detail})</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>ce fichier provient d&apos;une version plus ancienne (schéma {old})&#xa0;; cette version lit le schéma {new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>étirement {number} (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>étirement {number}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>clé inconnue &apos;{key}&apos; (autorisées&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>la clé obligatoire &apos;{key}&apos; est absente</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>&apos;{key}&apos; doit être un texte non vide, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>&apos;{key}&apos; compte {count} caractères&#xa0;; le maximum est de {most}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>&apos;{key}&apos; doit être un nombre entier, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>&apos;{key}&apos; doit être compris entre {least} et {most}, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>&apos;{key}&apos; compte {count} entrées&#xa0;; le maximum est de {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>ce n&apos;est pas du TOML valide ({detail})</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>les valeurs sont imbriquées sur plus de {most} niveaux, ce dont aucun de nos fichiers n&apos;a besoin</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count}&#xa0;octets</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count}&#xa0;Ko</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <extracomment>MB: megabytes. The decimal point stays a point.</extracomment>
        <translation>{count}&#xa0;Mo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>ce n&apos;est pas un fichier ordinaire (c&apos;est un tube, un périphérique ou un socket)&#xa0;; il n&apos;est donc pas lu</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>le fichier fait {size}, soit plus que les {most} autorisés pour ce type de fichier</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>Pas de douleur</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Douleur maximale imaginable</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>retiré du programme</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>absent de la fiche</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>maintenu {used} (fiche&#xa0;: {handout})</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>{done} sur 1 étape effectuée</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>{done} sur {planned} étapes effectuées</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>comme sur la fiche</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Enregistrer les séances au format CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>Vos séances ont été enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Enregistrer le rapport pour votre praticien</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>Le rapport pour votre praticien a été enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>Une séance n&apos;a pas pu être enregistrée, car l&apos;historique était fermé.</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>Une séance n&apos;a pas pu être enregistrée dans votre historique ({reason})&#xa0;; elle risque donc de manquer dans votre progression.</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>Votre historique des séances n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>Une séance de votre historique n&apos;a pas pu être lue et n&apos;est pas prise en compte.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Impossible d&apos;écrire dans le dossier {folder}&#xa0;; l&apos;historique est donc désactivé&#xa0;: les séances faites depuis l&apos;ouverture de l&apos;application seront perdues à sa fermeture.</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Votre historique des séances, {path}, a été écrit par une version plus récente de l&apos;application&#xa0;; il a donc été laissé tel quel et l&apos;historique est désactivé&#xa0;: les séances faites depuis l&apos;ouverture de l&apos;application seront perdues à sa fermeture.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Votre historique des séances, {path}, n&apos;a pas pu être ouvert ({reason})&#xa0;; l&apos;historique est donc désactivé&#xa0;: les séances faites depuis l&apos;ouverture de l&apos;application seront perdues à sa fermeture.</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>Votre historique des séances n&apos;a pas pu être lu&#xa0;; il a donc été déplacé vers {moved} et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Votre historique des séances, {path}, n&apos;a pu être ni lu ni remplacé&#xa0;; l&apos;historique est donc désactivé&#xa0;: les séances faites depuis l&apos;ouverture de l&apos;application seront perdues à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>La traduction ({language}) est introuvable&#xa0;; l&apos;application s&apos;affiche donc en anglais.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{time} left</source>
        <translation>Il reste {time}</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>Où vous en êtes dans le programme</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Temps restant de la séance</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>À propos des spasmes du dos</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>Ce que sont les spasmes du dos, leur traitement, votre sécurité (F1)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>Un petit panneau qui reste au premier plan (Ctrl+M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>Programme, son, rappels et couleurs (Ctrl+,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>Séances, séries, douleur au fil du temps, rapports (Ctrl+P)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>Progression, panneau compact, paramètres et À propos</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>Avant de commencer&#xa0;: à quel point avez-vous mal au dos en ce moment&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>En pause&#xa0;: l&apos;ordinateur était en veille ou occupé pendant {gap}&#xa0;; la séance s&apos;est donc arrêtée là où vous en étiez. Appuyez sur «&#xa0;Reprendre&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>Bravo — {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>Séance arrêtée — {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} — {app}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>Étirement {number} sur {total} · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>Étirement {number} sur {total}</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>Programme repris depuis le premier étirement.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>Appuyez de nouveau sur R pour recommencer depuis le premier étirement.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>Donner suite à l&apos;avis</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation>{shown} sur {all}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Reporter de 10 minutes</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Pas de douleur</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Douleur maximale imaginable</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}, pas de douleur</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}, douleur maximale imaginable</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>Un nombre de 0, pas de douleur, à 10, douleur maximale imaginable. Facultatif.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Passer l&apos;évaluation de la douleur</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>Continuer sans évaluer</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question} &lt;b&gt;{value}&lt;/b&gt; — c&apos;est noté, merci.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>Le système n&apos;indique aucun dossier pour les données de l&apos;application&#xa0;; lancez-la avec {option}.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>1 étape, {stretching} d&apos;étirement ({total} avec les préparations)</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>{holds} étapes, {stretching} d&apos;étirement ({total} avec les préparations)</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Objectif&#xa0;: {objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} — en mouvement, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} — maintien, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} — en mouvement, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} — maintien, {seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>à quatre pattes</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>à plat ventre, la poitrine soulevée sur les mains</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>sur le dos, un genou ramené vers la poitrine</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>sur le dos, vu d&apos;en haut, le genou fléchi en travers du corps</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>assis, une jambe tendue, les mains vers les orteils</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>genou avant fléchi vers l&apos;avant, jambe arrière tendue, penché en avant</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>assis sur les talons, bras vers l&apos;avant, front vers le sol</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Image de l&apos;étirement</translation>
    </message>
    <message>
        <source>{stretch}, {side}</source>
        <translation>{stretch}, {side}</translation>
    </message>
    <message>
        <source>{stretch}: {position}</source>
        <translation>{stretch}&#xa0;: {position}</translation>
    </message>
</context>
<context>
    <name>Prescribing</name>
    <message>
        <source>You follow your clinician’s routine: {title}.</source>
        <translation>Vous suivez le programme de votre praticien&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>Ouvrir une prescription de votre praticien</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>Cette prescription n&apos;a pas pu être ouverte&#xa0;; rien n&apos;a donc changé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>La prescription n&apos;a pas pu être conservée ({reason})&#xa0;; rien n&apos;a donc changé.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>Le programme de votre praticien est désormais votre programme.</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>De votre praticien&#xa0;: {note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>Le programme de la fiche est de nouveau votre programme&#xa0;; votre historique est conservé.</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation>Prescrit par {clinician}, {date}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation>Prescrit par {clinician}</translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation>Programme prescrit, {date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>Programme prescrit</translation>
    </message>
    <message>
        <source>the prescription</source>
        <translation>la prescription</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>ce n&apos;est pas un fichier de prescription, ou il est endommagé ({detail})</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>la prescription ne contient aucun étirement&#xa0;; ajoutez au moins une table {table}</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>cette prescription contient {count} étirements, mais l&apos;application en a {most} et chacun ne peut être prescrit qu&apos;une fois</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>chaque étirement doit être une table {table}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>&apos;{id}&apos; est prescrit deux fois&#xa0;; indiquez chaque étirement une seule fois</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>ce n&apos;est pas un fichier de prescription&#xa0;: il ne commence pas par {line}</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>cette prescription provient d&apos;une version plus récente de {app} (schéma {found}&#xa0;; cette version lit le schéma {known})&#xa0;; mettez l&apos;application à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>&apos;{key}&apos; doit valoir {version}, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>il n&apos;y a pas d&apos;étirement {id} dans cette application&#xa0;; les étirements sont&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos; ne s&apos;applique qu&apos;aux étirements faits de chaque côté, ce qui n&apos;est pas le cas de {stretch}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; doit valoir &quot;{both}&quot;, &quot;{left}&quot; ou &quot;{right}&quot;, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>&apos;{key}&apos; doit être un texte, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>&apos;{key}&apos; doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>&apos;{key}&apos; contient un caractère de contrôle ({code}), dont un texte n&apos;a jamais besoin</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; doit être un jour écrit sous la forme {example}, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; doit être une liste d&apos;heures écrites sous la forme {example}, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>&apos;{key}&apos; doit suivre l&apos;ordre de la journée, chaque heure une seule fois</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Ce qui change&#xa0;:</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>Note de votre praticien&#xa0;:</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>Notes sur les étirements&#xa0;:</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>Pour {patient}.</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>Chaque séance dure {new} (actuellement {now}).</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>Retiré&#xa0;: {stretch}.</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>Ajouté&#xa0;: {stretch} ({how}).</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>Nouvel ordre&#xa0;: {stretches}.</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>Les mêmes étirements, durées de maintien et ordre qu&apos;actuellement.</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>maintien {seconds}</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>maintien {before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>uniquement le côté gauche</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>uniquement le côté droit</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>les deux côtés</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>deux fois</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} fois</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>Prescrit par {clinician} le {date}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>Prescrit par {clinician}.</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>Prescrit le {date}.</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>La prescription n&apos;indique pas qui l&apos;a rédigée.</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>1 séance par jour</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>{count} séances par jour</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}, sans heures de rappel.</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}, un rappel à {time}.</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}, rappels à {times} et {last}.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>Le programme de votre praticien n&apos;a pas pu être lu&#xa0;; le programme de la fiche est donc utilisé, et le fichier a été conservé sous le nom {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>Prescriptions d&apos;étirements (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>Créer un programme pour un patient</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>Heures et minutes, séparées par des virgules&#xa0;; ou aucune</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Côté gauche uniquement</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Côté droit uniquement</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>P&amp;raticien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>&amp;Séances par jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>&amp;Heures des rappels&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>&amp;Note avant la première séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>Durée de &amp;maintien&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>&amp;Côtés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>Répé&amp;titions&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Étirements (cochez pour inclure, faites glisser ou déplacez pour réordonner)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Séances par jour</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Heures des rappels</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>Note avant la première séance</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>Étirements, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>Durée de maintien</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>Note sur cet étirement</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Cochez au moins un étirement.</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>Écrivez les heures des rappels en heures et minutes, par exemple 08:30, 13:00.</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>Étapes&#xa0;: {holds}&#xa0;; chaque séance dure environ {time}.</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>Ouvrir une prescription</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>{file} ouvert.</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>Enregistrer la prescription</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>Impossible d&apos;enregistrer {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>{file} enregistré&#xa0;: remettez-le à votre patient.</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>Étirements pour {patient}</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Étirements</translation>
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
        <translation>{date}&#xa0;: à venir</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date}&#xa0;: 1 séance, objectif atteint</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date}&#xa0;: {count} séances, objectif atteint</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date}&#xa0;: 1 séance</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date}&#xa0;: {count} séances</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>Une autre a été arrêtée avant la moitié de ses étapes et ne compte donc pas.</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>{short} autres ont été arrêtées avant la moitié de leurs étapes et ne comptent donc pas.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>{weeks} dernières semaines&#xa0;: aucune séance qui compte.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>{weeks} dernières semaines&#xa0;: 1 séance en 1 jour&#xa0;; l&apos;objectif quotidien de {goal} a été atteint 1 jour.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>{weeks} dernières semaines&#xa0;: 1 séance en 1 jour&#xa0;; l&apos;objectif quotidien de {goal} n&apos;a pas encore été atteint.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>{weeks} dernières semaines&#xa0;: {sessions} séances en 1 jour&#xa0;; l&apos;objectif quotidien de {goal} a été atteint 1 jour.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>{weeks} dernières semaines&#xa0;: {sessions} séances en 1 jour&#xa0;; l&apos;objectif quotidien de {goal} n&apos;a pas encore été atteint.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>{weeks} dernières semaines&#xa0;: {sessions} séances en {days} jours&#xa0;; l&apos;objectif quotidien de {goal} a été atteint {met} jours.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>{weeks} dernières semaines&#xa0;: {sessions} séances en {days} jours&#xa0;; l&apos;objectif quotidien de {goal} a été atteint 1 jour.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>{weeks} dernières semaines&#xa0;: {sessions} séances en {days} jours&#xa0;; l&apos;objectif quotidien de {goal} n&apos;a pas encore été atteint.</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>Séances des {weeks} dernières semaines</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>La douleur avant les séances est passée de {first} la première semaine à {last} la dernière.</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>La douleur après les séances est passée de {first} la première semaine à {last} la dernière.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>La douleur avant les séances était en moyenne de {first} la semaine du {week}.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>La douleur après les séances était en moyenne de {first} la semaine du {week}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>La douleur avant les séances est passée de {before_first} la première semaine à {before_last} la dernière&#xa0;; après les séances, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>La douleur avant les séances est passée de {before_first} la première semaine à {before_last} la dernière&#xa0;; après les séances, elle était de {after_first} la semaine du {after_week}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>La douleur avant les séances était en moyenne de {before_first} la semaine du {before_week}&#xa0;; après les séances, elle est passée de {after_first} la première semaine à {after_last} la dernière.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>La douleur avant les séances était en moyenne de {before_first} la semaine du {before_week}&#xa0;; après les séances, de {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>La douleur avant les séances était en moyenne de {before_first} la semaine du {before_week}&#xa0;; après les séances, de {after_first} la semaine du {after_week}.</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>Aucune évaluation de la douleur pour l&apos;instant. Évaluez votre douleur de 0 à 10 avant et après une séance.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Douleur avant et après les séances</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>Aucune séance pour l&apos;instant. Vos séances apparaîtront ici dès que vous en aurez fait une.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>Séances, {weeks} dernières semaines</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>Enregistrer les séances en CSV…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Enregistrer les séances en CSV</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>Toutes les séances, une par ligne, pour un tableur</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>Rapport pour votre praticien (PDF)…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>Rapport pour votre praticien (PDF)</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>Un PDF des séances, séries et douleurs à imprimer ou à envoyer à votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>le lundi</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>le mardi</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>le mercredi</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>le jeudi</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>le vendredi</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>le samedi</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>le dimanche</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>Aujourd&apos;hui&#xa0;: {done} séances — objectif de {goal} atteint</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>Aujourd&apos;hui&#xa0;: 1 séance sur 1 — objectif atteint</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>Aujourd&apos;hui&#xa0;: 0 séance sur 1</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>Aujourd&apos;hui&#xa0;: {done} séances sur {goal} — objectif atteint</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>Aujourd&apos;hui&#xa0;: {done} sur {goal} séances</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>Série actuelle&#xa0;: 1 jour · Record&#xa0;: 1 jour</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>Série actuelle&#xa0;: 1 jour · Record&#xa0;: {best} jours</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>Série actuelle&#xa0;: {current} jours · Record&#xa0;: 1 jour</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>Série actuelle&#xa0;: {current} jours · Record&#xa0;: {best} jours</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation>Un jour où l&apos;objectif n&apos;est pas atteint met fin à la série.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>Les pauses le week-end n&apos;interrompent pas une série&#xa0;: un jour de repos, un objectif non atteint ne met pas fin à la série et ne la prolonge pas non plus.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>Les pauses le week-end n&apos;interrompent pas une série.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Les pauses {days} n&apos;interrompent pas une série&#xa0;: un jour de repos, un objectif non atteint ne met pas fin à la série et ne la prolonge pas non plus.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Les pauses {days} n&apos;interrompent pas une série.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>Une série est le nombre de jours d&apos;affilée où vous avez fait au moins 1 séance.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>Une série est le nombre de jours d&apos;affilée où vous avez fait au moins {goal} séances.</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>Aujourd&apos;hui compte dès que vous atteignez l&apos;objectif&#xa0;; d&apos;ici là, la série jusqu&apos;à hier est conservée.</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>C&apos;est l&apos;heure de vos étirements du dos — 5 minutes</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>Séances faites aujourd&apos;hui&#xa0;: {done} sur 1.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Séances faites aujourd&apos;hui&#xa0;: {done} sur {goal}.</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>Rappel manqué</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>Cliquez pour commencer. {progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Reporter de 10 minutes</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {date}</source>
        <translation>Généré le {date}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>Nom&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Période&#xa0;: {period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine} ({count} sur 1 séance)</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine} ({count} sur {total} séances)</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>Programme&#xa0;: issu de la fiche du cabinet</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>Programme&#xa0;: prescrit par {clinician}, daté du {date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>Programme&#xa0;: prescrit par {clinician}</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>Programme&#xa0;: prescrit, daté du {date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>Programme&#xa0;: {routine}</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>Une séance compte comme faite lorsqu&apos;au moins la moitié de ses étapes a été effectuée.</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Généré par l&apos;application {app} {version} — programme de la fiche du cabinet «&#xa0;{handout}&#xa0;»</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Généré par l&apos;application {app} {version} — étirements prescrits issus de la fiche du cabinet «&#xa0;{handout}&#xa0;»</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>après une séance</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>avant une séance</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Douleur avant et après une séance</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>Aucune évaluation de la douleur enregistrée.</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value} Douleur maximale imaginable</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Pas de douleur</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>La douleur moyenne avant une séance était de {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>La douleur moyenne avant une séance était de {first} la première semaine comme la dernière</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>La douleur moyenne avant une séance était de {first} le premier mois comme le dernier</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>La douleur moyenne avant une séance était de {first} la semaine du {start} comme la semaine du {end}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>La douleur moyenne avant une séance était de {first} en {start} comme en {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>La douleur moyenne avant une séance est descendue de {first} la première semaine à {last} la dernière</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>La douleur moyenne avant une séance est descendue de {first} le premier mois à {last} le dernier</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>La douleur moyenne avant une séance est descendue de {first} la semaine du {start} à {last} la semaine du {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>La douleur moyenne avant une séance est descendue de {first} en {start} à {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>La douleur moyenne avant une séance est montée de {first} la première semaine à {last} la dernière</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>La douleur moyenne avant une séance est montée de {first} le premier mois à {last} le dernier</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>La douleur moyenne avant une séance est montée de {first} la semaine du {start} à {last} la semaine du {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>La douleur moyenne avant une séance est montée de {first} en {start} à {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>La douleur moyenne après une séance était de {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>La douleur moyenne après une séance était de {first} la première semaine comme la dernière</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>La douleur moyenne après une séance était de {first} le premier mois comme le dernier</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>La douleur moyenne après une séance était de {first} la semaine du {start} comme la semaine du {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>La douleur moyenne après une séance était de {first} en {start} comme en {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>La douleur moyenne après une séance est descendue de {first} la première semaine à {last} la dernière</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>La douleur moyenne après une séance est descendue de {first} le premier mois à {last} le dernier</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>La douleur moyenne après une séance est descendue de {first} la semaine du {start} à {last} la semaine du {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>La douleur moyenne après une séance est descendue de {first} en {start} à {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>La douleur moyenne après une séance est montée de {first} la première semaine à {last} la dernière</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>La douleur moyenne après une séance est montée de {first} le premier mois à {last} le dernier</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>La douleur moyenne après une séance est montée de {first} la semaine du {start} à {last} la semaine du {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>La douleur moyenne après une séance est montée de {first} en {start} à {last} en {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>après une séance, elle était de {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>après une séance, elle était de {first} la première semaine comme la dernière</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>après une séance, elle était de {first} le premier mois comme le dernier</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>après une séance, elle était de {first} la semaine du {start} comme la semaine du {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>après une séance, elle était de {first} en {start} comme en {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>après une séance, elle est descendue de {first} la première semaine à {last} la dernière</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>après une séance, elle est descendue de {first} le premier mois à {last} le dernier</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>après une séance, elle est descendue de {first} la semaine du {start} à {last} la semaine du {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>après une séance, elle est descendue de {first} en {start} à {last} en {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>après une séance, elle est montée de {first} la première semaine à {last} la dernière</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>après une séance, elle est montée de {first} le premier mois à {last} le dernier</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>après une séance, elle est montée de {first} la semaine du {start} à {last} la semaine du {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>après une séance, elle est montée de {first} en {start} à {last} en {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>La douleur moyenne avant une séance est descendue de {first} la première semaine à {last} la dernière&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>La douleur moyenne avant une séance est descendue de {first} le premier mois à {last} le dernier&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>La douleur moyenne avant une séance est descendue de {first} la semaine du {start} à {last} la semaine du {end}&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>La douleur moyenne avant une séance est descendue de {first} en {start} à {last} en {end}&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>La douleur moyenne avant une séance est montée de {first} la première semaine à {last} la dernière&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>La douleur moyenne avant une séance est montée de {first} le premier mois à {last} le dernier&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>La douleur moyenne avant une séance est montée de {first} la semaine du {start} à {last} la semaine du {end}&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>La douleur moyenne avant une séance est montée de {first} en {start} à {last} en {end}&#xa0;; après une séance, de {after_first} à {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>La douleur moyenne avant une séance était de {first}&#xa0;; après une séance, de {after}.</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}&#xa0;; {second}.</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>Au cours d&apos;une séance, la douleur a baissé en moyenne de {points} points (1 séance évaluée avant et après).</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Au cours d&apos;une séance, la douleur a baissé en moyenne de {points} points ({count} séances évaluées avant et après).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>Au cours d&apos;une séance, la douleur a augmenté en moyenne de {points} points (1 séance évaluée avant et après).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>Au cours d&apos;une séance, la douleur a augmenté en moyenne de {points} points ({count} séances évaluées avant et après).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>Au cours d&apos;une séance, la douleur n&apos;a pas changé en moyenne (1 séance évaluée avant et après).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>Au cours d&apos;une séance, la douleur n&apos;a pas changé en moyenne ({count} séances évaluées avant et après).</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>aucune évaluation après une séance</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>aucune évaluation avant une séance</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Aucune séance sur cette période.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>Impossible d&apos;écrire le rapport dans {path}&#xa0;: autorisation refusée.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire le rapport dans {path}&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>Impossible d&apos;écrire le rapport dans {path}&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>Impossible d&apos;écrire le rapport dans {path}&#xa0;: le disque est en lecture seule.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>Impossible d&apos;écrire le rapport dans {path}&#xa0;: un dossier porte ce nom.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>Impossible d&apos;écrire le rapport dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>Impossible d&apos;écrire le rapport dans {path}&#xa0;: le fichier n&apos;a pas pu être ouvert en écriture.</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} — rapport de progression&#xa0;: {period}</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>Maintien appliqué</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>{seconds} de chaque côté</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>et {count} autres étirements</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>et 1 autre étirement</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>Programme réalisé</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Séances par mois</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>séances faites</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>fiche&#xa0;: {low}–{high} séances par jour</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>1 séance par jour, comme prescrit</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>{count} séances par jour, comme prescrit</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>fiche&#xa0;: {low}–{high} par jour</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>objectif&#xa0;: 1 séance par jour</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>objectif&#xa0;: {goal} séances par jour</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>{percent}&#xa0;% des séances prescrites</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>prescription&#xa0;: 1 séance par jour</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>prescription&#xa0;: {goal} séances par jour</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>commencées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count} sur {total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>jours avec une séance</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>au moins une séance faite</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>{count} par jour</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>séances en moyenne</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>jours où l&apos;objectif a été atteint</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>meilleure série</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>jours d&apos;affilée avec l&apos;objectif atteint</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>séances arrêtées avant la fin</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>avant leur dernière étape</translation>
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
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{first} (1 day)</source>
        <translation>{first} (1 jour)</translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation>{first} – {last} (1 semaine)</translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation>{first} – {last} ({weeks} semaines)</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} jours)</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} — rapport de progression</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>Rapport pour votre praticien</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>Un PDF d&apos;une page avec vos séances et vos évaluations de la douleur, à imprimer ou à envoyer à la personne qui vous a remis la fiche. Votre nom est facultatif&#xa0;; il n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Votre nom (facultatif)</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>Laissez vide pour l&apos;écrire à la main</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
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
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>Faites-le {count} fois.</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>Effectuez le mouvement pendant 1 seconde.</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>Effectuez le mouvement pendant {seconds} secondes.</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>Maintenez l&apos;étirement 1 seconde de chaque côté.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>Maintenez l&apos;étirement {seconds} secondes de chaque côté.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Maintenez l&apos;étirement 1 seconde.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>Maintenez l&apos;étirement {seconds} secondes.</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}, {repetition} sur {repetitions}</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}, côté gauche</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}, côté droit</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>&apos;{key}&apos; doit valoir {version}, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>le programme ne contient aucun étirement&#xa0;; ajoutez au moins une table {table}</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>chaque étirement doit être une table {table}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>l&apos;identifiant &apos;{id}&apos; est utilisé deux fois&#xa0;; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>&apos;{key}&apos; ne doit contenir que des lettres minuscules, des chiffres et des tirets, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>&apos;{key}&apos; doit être une liste d&apos;une ou plusieurs phrases</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; doit valoir &quot;{hold}&quot; ou &quot;{movement}&quot;, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>&apos;{key}&apos; doit être composé de mots tirés des instructions, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos; ne s&apos;applique qu&apos;aux étirements de type &quot;{movement}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>&apos;{key}&apos; nécessite aussi &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>&apos;{key}&apos; doit être un nombre entier de 1 à {most}, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>&apos;{key}&apos; doit être une liste d&apos;un ou plusieurs mots, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>&apos;{key}&apos; doit être une liste de &quot;{left}&quot; et &quot;{right}&quot;, chacun au plus une fois, valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>Étirements et exercices contre les spasmes du dos</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>Des étirements réguliers peuvent accélérer la récupération et prévenir les récidives. Le programme d&apos;étirements suivant peut être réalisé en 5 minutes et doit être effectué 2 à 3 fois par jour.</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>Chat-vache</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>mobiliser la colonne vertébrale et améliorer la souplesse</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Mettez-vous à quatre pattes.</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>Arrondissez le dos vers le haut en position du «&#xa0;chat&#xa0;», puis abaissez le ventre en relevant la tête et le coccyx en position de la «&#xa0;vache&#xa0;».</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>Alternez lentement entre les deux.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>Vache</translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation>Extension du dos</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>étirer et renforcer les muscles du bas du dos</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>Allongez-vous sur le ventre, les mains sous les épaules.</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>Décollez lentement la poitrine du sol, en gardant les hanches au sol.</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>Genou vers la poitrine</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>Étirer le bas du dos et les hanches.</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>Allongez-vous sur le dos, ramenez un genou vers la poitrine</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>Allongez-vous sur le dos, ramenez un genou vers la poitrine en gardant l&apos;autre jambe tendue au sol.</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>Rotation du tronc allongé</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>Étirer et mobiliser la colonne vertébrale et le bas du dos.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>Amenez doucement le genou fléchi en travers du corps vers le sol</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>Allongez-vous sur le dos, une jambe tendue et l&apos;autre genou fléchi.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>Amenez doucement le genou fléchi en travers du corps vers le sol, tout en gardant les épaules à plat au sol.</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>Étirement des ischio-jambiers assis</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>Étirer les ischio-jambiers et soulager les tensions du bas du dos.</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>Avancez les mains vers les orteils de la jambe tendue, en gardant le dos droit.</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>Asseyez-vous, une jambe tendue et l&apos;autre jambe fléchie vers l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>Étirement des fessiers (posture du pigeon)</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>Étirer les fessiers et soulager les tensions du bas du dos.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>Amenez un genou vers l&apos;avant et placez-le derrière la main opposée</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>Commencez en position à quatre pattes.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>Amenez un genou vers l&apos;avant et placez-le derrière la main opposée, tout en tendant l&apos;autre jambe bien droite vers l&apos;arrière.</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>Abaissez doucement les hanches vers le sol et penchez-vous vers l&apos;avant au-dessus de la jambe fléchie.</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>Posture de l&apos;enfant</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>Étirer le bas du dos et détendre la colonne vertébrale.</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>Asseyez-vous en arrière sur les talons en tendant les bras vers l&apos;avant. Laissez reposer le front au sol</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>Mettez-vous à quatre pattes, puis asseyez-vous en arrière sur les talons en tendant les bras vers l&apos;avant.</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>Laissez reposer le front au sol et détendez-vous.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>signaux sonores activés ou non</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>guidage vocal activé ou non</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>débit de la voix</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>durée de maintien</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>durée de préparation</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>durée du changement de côté</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>choix des étirements</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>rappels activés ou non</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>type de rappels</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>heures des rappels</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>heures entre les rappels</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>début de la journée de travail</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>fin de la journée de travail</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>jours des rappels</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>silence une fois l&apos;objectif atteint</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>objectif quotidien</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>thème de couleurs</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>taille du texte</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>heures de travail</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>Un réglage enregistré n&apos;a pas pu être lu&#xa0;; la valeur par défaut est donc rétablie&#xa0;: {setting}.</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>Des réglages enregistrés n&apos;ont pas pu être lus&#xa0;; les valeurs par défaut sont donc rétablies&#xa0;: {settings} et {last}.</translation>
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
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>Démarrer à l&apos;ouverture de session (discrètement, dans la zone de notification)</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation> séance</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation> séances</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Me rappeler de m&apos;étirer</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>À ces heures</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>Toutes les quelques heures pendant le travail</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Heures des rappels</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>Heures entre les rappels</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Début de la journée de travail</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Fin de la journée de travail</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>Plus de rappels une fois l&apos;objectif atteint</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>Jours</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>La fiche&#xa0;: 2 à 3 fois par jour.</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>Écrivez les heures ainsi&#xa0;: {example}.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>La journée de travail doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>La fiche&#xa0;: maintenez chaque étirement 30 secondes. D&apos;autres étirements ou un autre ordre s&apos;appliquent à partir de la prochaine séance&#xa0;; une nouvelle durée de maintien, à partir de la prochaine étape.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Durée de maintien</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Durée de préparation</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>Durée du changement de côté</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>Étirements du programme, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>Revenir à la fiche</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>Les sept étirements, dans l&apos;ordre de la fiche, maintiens de 30&#xa0;s</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Maintenir chaque étirement</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>Préparation avant un étirement</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>Préparation entre les côtés</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Étirements (cochez pour inclure, faites glisser ou déplacez pour réordonner)</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>Ouvrir une prescription…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>Utiliser le programme de la fiche</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>Créer un programme pour un patient…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>Vous suivez le programme de la fiche.</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>Votre praticien a choisi ces étirements et ces durées de maintien&#xa0;; pour choisir les vôtres, utilisez le programme de la fiche.</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Cochez au moins un étirement.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>Vos paramètres, {path}, n&apos;ont pu être ni lus ni mis de côté&#xa0;; les valeurs par défaut sont donc utilisées jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>Vos paramètres n&apos;ont pas pu être lus&#xa0;; ils ont donc été déplacés vers {moved} et les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>Vos paramètres ne peuvent pas être enregistrés dans {path}&#xa0;; les modifications ne dureront donc que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>Le dossier {folder} appartient à quelqu&apos;un d&apos;autre ou est accessible à d&apos;autres&#xa0;; l&apos;application a donc démarré sans lui&#xa0;: la relancer peut ouvrir une deuxième fenêtre.</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>Un autre programme occupe le canal que cette application utilise pour ne fonctionner qu&apos;en un seul exemplaire ({name})&#xa0;; elle a donc démarré quand même&#xa0;: la relancer peut ouvrir une deuxième fenêtre.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>Signaux sonores, guidage vocal, volume et débit de la voix (M coupe le son)</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>Son&#xa0;: aucune lecture possible</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>Son&#xa0;: signaux sonores et voix</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>Son&#xa0;: signaux sonores seuls</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Signaux sonores seuls</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>Son&#xa0;: voix seule</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Voix seule</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Son&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>Chimes</source>
        <translation>Signaux sonores</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Signaux sonores activés</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Guidage vocal</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>Guidage vocal activé</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit de la voix</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>Les signaux sonores n&apos;ont pas pu être chargés et le guidage vocal n&apos;est pas disponible, la séance est donc silencieuse&#xa0;; l&apos;écran affiche toujours chaque étape.</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>répétition {repetition} sur {repetitions}</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Commencez quand vous voulez</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>Préparez-vous · à suivre</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continuez le mouvement</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Maintenez l&apos;étirement</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>Mouvement — bougez lentement sans vous arrêter, sans maintenir</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>Maintien — restez immobile dans l&apos;étirement</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>Maintien ou mouvement</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>Note du praticien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;Objectif&#xa0;:&lt;/b&gt; {objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;De votre praticien&#xa0;:&lt;/b&gt; {note}</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}&#xa0;min {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>s: seconds, abbreviated.</extracomment>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} secondes</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>environ 1 minute</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>environ {count} minutes</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>environ 1 heure</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>environ {count} heures</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>Séances faites aujourd&apos;hui&#xa0;: {done} sur 1</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>Séances faites aujourd&apos;hui&#xa0;: {done} sur {goal}</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Commencer une séance</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Reporter de 10 minutes</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Passer ce rappel</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>Le guidage vocal n&apos;est pas disponible sur cet ordinateur ({reason})&#xa0;; les signaux sonores restent actifs.</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>la bibliothèque vocale {library} n&apos;a pas pu être chargée</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Aucune voix anglaise n&apos;est installée sur cet ordinateur, le guidage vocal est donc désactivé&#xa0;; les signaux sonores restent actifs.</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Aucune voix espagnole n&apos;est installée sur cet ordinateur, le guidage vocal est donc désactivé&#xa0;; les signaux sonores restent actifs.</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Aucune voix allemande n&apos;est installée sur cet ordinateur, le guidage vocal est donc désactivé&#xa0;; les signaux sonores restent actifs.</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Aucune voix pour {language} n&apos;est installée sur cet ordinateur, le guidage vocal est donc désactivé&#xa0;; les signaux sonores restent actifs.</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>aucun moteur de synthèse vocale n&apos;a été choisi</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>aucun moteur de synthèse vocale n&apos;est installé</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>le moteur {engine} n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>le moteur {engine} n&apos;a aucune voix installée</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>le moteur de synthèse vocale a cessé de fonctionner</translation>
    </message>
</context>
</TS>
