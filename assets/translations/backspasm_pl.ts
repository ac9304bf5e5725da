<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>nie można odczytać pliku ({reason})</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>każda sekcja wymaga pól &apos;{heading}&apos; i &apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>sekcja {number}</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>brak sekcji</translation>
    </message>
    <message>
        <source>What are back spasms?</source>
        <translation>Czym są skurcze mięśni pleców?</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>Skurcze mięśni pleców często wynikają z mięśniowo-powięziowych punktów spustowych, nazywanych też węzłami mięśniowymi. Węzły te sprawiają, że mięśnie się napinają, twardnieją i stają się bolesne. Do czynników sprzyjających ich powstawaniu należą uraz, nieprawidłowa postawa ciała, powtarzalne ruchy, przewlekłe napięcie, a nawet źle przespana noc.</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>Jak się je leczy?</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>Skuteczne leczenie punktów spustowych wymaga podejścia multimodalnego. Stosowanie ciepła może poprawić przepływ krwi i rozluźnić mięśnie. Codzienne rozciąganie dotkniętych mięśni poprawia ruchomość i zakres ruchu. Ćwiczenia aerobowe, takie jak marsz czy jazda na rowerze stacjonarnym, poprawiają krążenie i zmniejszają ból. Ponadto stosowanie piłki do masażu w terapii akupresurą może pomóc rozbić węzły mięśniowe.</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>Jak zapobiegać skurczom mięśni pleców?</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>Zadbaj o optymalną ergonomię pracy i stanowiska biurowego. Rób regularne przerwy i wykonuj ćwiczenia rozciągające, aby uniknąć sztywności. Szybka reakcja na wczesne, łagodne objawy często może zapobiec ich nasileniu.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Dla twojego bezpieczeństwa</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>Przerwij ćwiczenie, jeśli ból staje się ostrzejszy.</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>Niezwłocznie zgłoś się do specjalisty, jeśli wystąpi drętwienie, osłabienie nóg, utrata kontroli nad oddawaniem moczu lub stolca, gorączka albo ból po upadku.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>O skurczach mięśni pleców</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>Zestaw od specjalisty</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Co się zmieni</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>Nic się nie zmieni, dopóki nie wybierzesz opcji „Użyj tego zestawu”. Zestaw z ulotki pozostaje dostępny jednym kliknięciem w Ustawieniach, a twoja historia zostaje zachowana.</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Użyj tego zestawu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>Następne ćwiczenie: {stretch}. Przygotuj się.</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>Kontynuuj ruch. Pozostała 1 sekunda.</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>Kontynuuj ruch. Pozostało sekund: {seconds}.</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>Utrzymaj pozycję. Pozostała 1 sekunda.</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>Utrzymaj pozycję. Pozostało sekund: {seconds}.</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>Zmień stronę: teraz lewa strona.</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>Zmień stronę: teraz prawa strona.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Zmień stronę.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>Zestaw ukończony. Wykonano {done} z 1 etapu.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>Zestaw ukończony. Wykonano {done} z {planned} etapów.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>Sesja zakończona. Wykonano {done} z 1 etapu.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>Sesja zakończona. Wykonano {done} z {planned} etapów.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>Pauza: komputer był uśpiony lub zajęty ({gap}). Naciśnij „Wznów”, aby kontynuować.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Pozostało dziesięć sekund.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pauza.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Wznowiono.</translation>
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
        <translation>Aplikacja już działa, więc przeniesiono ją na pierwszy plan; najpierw ją zamknij, aby uruchomić ją z {options}.</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>W folderze {folder} nie zapisano jeszcze żadnych sesji.</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>Nie udało się odczytać zestawu od specjalisty zapisanego w folderze {folder}, więc raport dotyczy zestawu z ulotki ({why}).</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation>Zestaw od specjalisty nie pasuje do tego pliku zestawu, więc używany jest zestaw z ulotki.</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>Żadnego z wybranych ćwiczeń nie ma w tym zestawie, więc używane są wszystkie.</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>Nie udało się wczytać ilustracji ćwiczeń, więc zamiast nich wyświetlane są nazwy ({why}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>W aplikacji wystąpił błąd wewnętrzny i musi ona zostać zamknięta; szczegóły znajdziesz w {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>W aplikacji wystąpił nieoczekiwany błąd; działa ona dalej z sesją i historią w dotychczasowym stanie, a szczegóły znajdziesz w {log}.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>Nie udało się sprawdzić uruchamiania przy logowaniu. Nie można odczytać: {place}. Przyczyna: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>Nie udało się włączyć uruchamiania przy logowaniu. Nie można zapisać: {place}. Przyczyna: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>Nie udało się wyłączyć uruchamiania przy logowaniu. Nie można usunąć: {place}. Przyczyna: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>Nie udało się włączyć uruchamiania przy logowaniu. Nie można zmienić: {place}. Przyczyna: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>Nie udało się wyłączyć uruchamiania przy logowaniu. Nie można zmienić: {place}. Przyczyna: {reason}.</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>klucz rejestru {key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>Uruchamiaj po cichu w zasobniku systemowym po zalogowaniu</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal} lub więcej: cel osiągnięty</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No pain ratings yet</source>
        <translation>Brak ocen bólu</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Przed sesją</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Po sesji</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Brak bólu</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value} Najsilniejszy</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>Nie znaleziono wyjścia dźwięku, więc sygnały dźwiękowe i głos są wyciszone; ekran nadal pokazuje każdy krok.</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>Nie udało się wczytać sygnałów dźwiękowych, więc sesja przebiega bez nich.</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>Sygnały dźwiękowe są wyciszone, ponieważ na tym komputerze nie udało się wczytać biblioteki dźwięku {library}; ekran nadal pokazuje każdy krok.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: błąd: {message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}: prowadzony zestaw siedmiu ćwiczeń rozciągających plecy, 2–3 razy dziennie, który możesz wykonywać, patrząc na ekran lub słuchając.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>wypisz wersję i zakończ</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>zalecenia od specjalisty do przejrzenia i – jeśli je zaakceptujesz – stosowania</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>użyj tego pliku zestawu zamiast zestawu z ulotki</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>sprawdź plik zaleceń i wypisz, co by zmienił albo co jest w nim nie tak, po czym zakończ</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>stały czas przygotowania przed każdym nowym ćwiczeniem, bez wypowiadania kroków (domyślnie: tyle, ile trwa wypowiedzenie kroków, co najmniej tyle, ile w ustawieniach, 5)</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>stały czas przygotowania między dwiema stronami ćwiczenia, bez wypowiadania kroków (domyślnie: tyle, ile trwa wypowiedzenie kroków, co najmniej tyle, ile w ustawieniach, 3)</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>uruchom po cichu w zasobniku systemowym, aby przypominać (tak aplikację uruchamia start przy logowaniu)</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>wypisz każdy etap zestawu i zakończ</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>wypisz każdą wskazówkę całej sesji (sygnały, mowa, tyknięcia) z jej czasem i zakończ</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>z --print-routine lub --timeline: jako JSON</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>zapisywanie okna jako obrazu</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>wyrenderuj okno poza ekranem do pliku PNG i zakończ</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>etap do pokazania, od 1 (domyślnie 1)</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>rozmiar okna (960x640)</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>kolory (domyślnie: systemowe)</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>co dzieje się w sesji (hold)</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>rozmiar tekstu, od 0,75 do 2 (domyślnie 1, jak Ctrl+0)</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>zapisz PNG z pokazem każdego etapu (każdy krok i utrzymanie pozycji, w jasnym i ciemnym motywie) i zakończ</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>zapisz pokaz każdego etapu jako położenia stawów (JSON, metry) i zakończ</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>historia i raporty</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>przechowuj historię w katalogu DIR (domyślnie: BACKSPASM_DATA_DIR, a jeśli nie jest ustawiona – twój folder danych)</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>zapisz wszystkie sesje do pliku CSV i zakończ</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>zapisz jednostronicowy raport postępów dla specjalisty i zakończ</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>z --report: pierwszy dzień, RRRR-MM-DD (domyślnie: cztery tygodnie przed --to)</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>z --report: ostatni dzień, RRRR-MM-DD (domyślnie: dzisiaj)</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>z --report: imię i nazwisko do wydrukowania (domyślnie: linia do wpisania)</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>język do użycia tym razem (domyślnie: jak w ustawieniach, a jeśli go tam nie ma – systemowy)</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>wypisuj dziennik także w terminalu</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>podaj zalecenia albo do otwarcia, albo do --check-prescription</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>--json działa tylko z --print-routine lub --timeline</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>--from, --to i --name działają tylko z --report</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} jest późniejsze niż --to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text} to nie są zalecenia: nazwa pliku zaleceń kończy się na {extension}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>oczekiwano daty w formacie RRRR-MM-DD, np. 2026-11-30, podano {text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>oczekiwano liczby sekund, podano {text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>wartość musi wynosić od 0 do 60 sekund, podano {text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>oczekiwano rozmiaru tekstu od 0,75 do 2, podano {text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>oczekiwano SZEROKOŚĆxWYSOKOŚĆ, np. 960x640, podano {text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text} wykracza poza zakres od 320x240 do 8192x8192</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>--step musi mieć wartość od 1 do {holds}, podano {step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Jeszcze raz</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Przygotuj się</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Utrzymaj</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Kontynuuj ruch</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}, mały panel</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>Wróć o jeden etap</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Rozpocznij lub wstrzymaj (Spacja)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>Przejdź do następnego etapu</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Pełne okno</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>Wróć do pełnego okna (Ctrl+M)</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Zestaw zakończony</translation>
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
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Jeszcze raz</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <extracomment>In a right-to-left language Previous is on the right and the Right arrow goes back: name the Right arrow there.</extracomment>
        <translation>Wróć o jeden etap (strzałka w lewo)</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>Rozpocznij lub wstrzymaj zestaw (Spacja)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>Przejdź do następnego etapu (strzałka w prawo)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Od nowa</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>Zacznij zestaw od nowa od pierwszego ćwiczenia (dwukrotnie R)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>oczekiwanie</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>przygotuj się</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>utrzymaj</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>ruch</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pauza</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Odliczanie</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>Pozostała 1 sekunda, {mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>Pozostało sekund: {seconds}, {mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>Pozostało: {time}, {mode}</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sek.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation>Nie udało się zapisać sesji w {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>Dobra robota – zestaw ukończony.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sesja zakończona.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>Następne ćwiczenie: {stretch}, lewa strona. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>Następne ćwiczenie: {stretch}, prawa strona. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>Następne ćwiczenie: {stretch}. {how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Zmień stronę.</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}…</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>Dziesięć sekund.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pauza.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Kontynuujemy.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>Następne ćwiczenie: {stretch}, lewa strona.</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>Następne ćwiczenie: {stretch}, prawa strona.</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>Następne ćwiczenie: {stretch}.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>Back Spasm Stretches nadal działa w zasobniku systemowym, aby móc wysyłać ci przypomnienia. Zamknij aplikację z menu zasobnika.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>To środowisko pulpitu nie ma zasobnika systemowego, więc przypomnienia pojawiają się tylko wtedy, gdy aplikacja jest otwarta, a zamknięcie okna kończy jej działanie.</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>Dzisiaj wykonano {done} z {goal} sesji.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Dzisiaj wykonano {done} z {goal} sesji.</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Przypomnienia są wyłączone</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Przypomnienia wstrzymane do {time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>Następne przypomnienie: {day} {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Nadal działa</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>Nowy wybór ćwiczeń obowiązuje od następnej sesji.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>Nie znaleziono ekranu (zmienna DISPLAY nie jest ustawiona): uruchom to z sesji pulpitu.</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>Żaden ekran nie odpowiada pod DISPLAY={display}: uruchom to z sesji pulpitu albo najpierw uruchom serwer X.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>A teraz, po ćwiczeniach: jak bardzo bolą cię plecy? (opcjonalnie)</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>Dobra robota – zestaw ukończony</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesja zakończona</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>Tym razem nie wykonano jedynego etapu.</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>Tym razem nie wykonano żadnego z {planned} etapów.</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>Wykonano {done} z 1 etapu: {time} rozciągania.</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>Wykonano {done} z {planned} etapów: {time} rozciągania.</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}: wykonano</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}: pominięto</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}: lewa strona wykonana, prawa strona pominięta</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}: prawa strona wykonana, lewa strona pominięta</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Jeszcze raz</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>Wykonaj zestaw jeszcze raz od pierwszego ćwiczenia (Spacja)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}, wiersz {line}, {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, wiersz {line}: {problem}</translation>
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
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>nie można odczytać pliku ({reason})</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>to nie jest poprawny plik TOML ({detail})</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>ten plik pochodzi ze starszej wersji (schemat {old}); ta wersja odczytuje schemat {new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>ćwiczenie {number} (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>ćwiczenie {number}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>nieznany klucz &apos;{key}&apos; (dozwolone: {allowed})</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>brak wymaganego klucza &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>&apos;{key}&apos; musi być niepustym tekstem, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>&apos;{key}&apos; – liczba znaków: {count}; dozwolone najwyżej: {most}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>&apos;{key}&apos; musi być liczbą całkowitą, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>&apos;{key}&apos; musi mieć wartość od {least} do {most}, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>&apos;{key}&apos; – liczba pozycji: {count}; dozwolone najwyżej: {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>plik nie jest tekstem UTF-8</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>to nie jest poprawny plik TOML ({detail})</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>głębokość zagnieżdżenia wartości przekracza {most}, a żaden z naszych plików tego nie wymaga</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} B</translation>
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
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>to nie jest zwykły plik (to potok, urządzenie lub gniazdo), więc nie zostanie odczytany</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>to jest folder, a nie plik</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>nie można odczytać pliku ({reason})</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>plik ma rozmiar {size}, a taki plik może mieć najwyżej {most}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>Brak bólu</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Najsilniejszy wyobrażalny ból</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>pominięte w zestawie</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>brak w ulotce</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>utrzymanie {used} (ulotka: {handout})</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>wykonano {done} z 1 etapu</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>wykonano {done} z {planned} etapów</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>jak w ulotce</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Zapisz sesje jako CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>Zapisano twoje sesje w {path}.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Zapisz raport dla specjalisty</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>Zapisano raport dla specjalisty w {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>Nie udało się zapisać sesji, ponieważ historia była zamknięta.</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>Nie udało się zapisać sesji w historii ({reason}), więc może jej brakować w postępach.</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>Nie udało się odczytać historii sesji ({reason}).</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>Nie udało się odczytać jednej z sesji w historii, więc została pominięta.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Nie można zapisywać w folderze {folder}, więc historia jest wyłączona: sesje z tego uruchomienia zostaną zapomniane po zamknięciu aplikacji.</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Historia sesji w {path} została zapisana przez nowszą wersję aplikacji, więc pozostawiono ją bez zmian, a historia jest wyłączona: sesje z tego uruchomienia zostaną zapomniane po zamknięciu aplikacji.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Nie udało się otworzyć historii sesji w {path} ({reason}), więc historia jest wyłączona: sesje z tego uruchomienia zostaną zapomniane po zamknięciu aplikacji.</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>Nie udało się odczytać historii sesji, więc przeniesiono ją do {moved} i rozpoczęto nową.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>Nie udało się odczytać ani zastąpić historii sesji w {path}, więc historia jest wyłączona: sesje z tego uruchomienia zostaną zapomniane po zamknięciu aplikacji.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>Nie znaleziono tłumaczenia ({language}), więc aplikacja działa po angielsku.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{time} left</source>
        <translation>Pozostało: {time}</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>Twoje miejsce w zestawie</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Czas do końca sesji</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>O skurczach mięśni pleców</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>Czym są skurcze mięśni pleców, jak się je leczy, jak ćwiczyć bezpiecznie (F1)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Mini</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>Mały panel, który pozostaje na wierzchu (Ctrl+M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>Zestaw, dźwięk, przypomnienia i kolory (Ctrl+,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postępy</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>Sesje, serie, ból w czasie, raporty (Ctrl+P)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>Postępy, mały panel, ustawienia i informacje</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>Zanim zaczniesz: jak bardzo bolą cię teraz plecy? (opcjonalnie)</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>Pauza: komputer był uśpiony lub zajęty ({gap}), więc sesja zatrzymała się w bieżącym miejscu. Naciśnij „Wznów”, aby kontynuować.</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>Dobra robota – {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Zestaw zakończony</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>Sesja zakończona – {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesja zakończona</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} – {app}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>Ćwiczenie {number} z {total} · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>Ćwiczenie {number} z {total}</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>Rozpoczęto od nowa od pierwszego ćwiczenia.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>Naciśnij ponownie R, aby zacząć od nowa od pierwszego ćwiczenia.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>Wykonaj działanie z komunikatu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Zamknij komunikat</translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation>{shown} z {all}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation>Rozpocznij teraz</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Przypomnij za 10 minut</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Brak bólu</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>Najsilniejszy wyobrażalny ból</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}, brak bólu</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}, najsilniejszy wyobrażalny ból</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>Liczba od 0 (brak bólu) do 10 (najsilniejszy wyobrażalny ból). Opcjonalnie.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Pomiń ocenę bólu</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>Kontynuuj bez oceny</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question} &lt;b&gt;{value}&lt;/b&gt; – zapisano, dziękujemy.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>System nie wskazuje folderu na dane aplikacji; uruchom ją z opcją {option}.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>1 etap, {stretching} rozciągania ({total} z przygotowaniem)</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>Etapy: {holds}, {stretching} rozciągania ({total} z przygotowaniem)</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Cel: {objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} – ruch, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} – utrzymanie pozycji, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} – ruch, {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} – utrzymanie pozycji, {seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>w klęku podpartym</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>w leżeniu na brzuchu, klatka piersiowa uniesiona na dłoniach</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>w leżeniu na plecach, jedno kolano przyciągnięte do klatki piersiowej</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>w leżeniu na plecach, widok z góry, zgięte kolano w poprzek ciała</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>w siadzie, jedna noga wyprostowana, sięganie do palców stopy</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>przednie kolano zgięte do przodu, tylna noga wyprostowana, pochylenie do przodu</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>siad na piętach, ręce wyciągnięte do przodu, czoło opuszczone</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Ilustracja ćwiczenia</translation>
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
        <translation>Wykonujesz zestaw od specjalisty: {title}.</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>Otwórz zalecenia od specjalisty</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>Nie udało się otworzyć tych zaleceń, więc nic się nie zmieniło: {why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>Nie udało się zachować zaleceń ({reason}), więc nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>Zestaw od specjalisty jest teraz twoim zestawem.</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>Od specjalisty: {note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>Zestaw z ulotki jest znów twoim zestawem; twoja historia została zachowana.</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation>Zalecenia: {clinician}, {date}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation>Zalecenia: {clinician}</translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation>Zalecony zestaw, {date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>Zalecony zestaw</translation>
    </message>
    <message>
        <source>the prescription</source>
        <translation>zalecenia</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>to nie jest plik zaleceń albo jest on uszkodzony ({detail})</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>zalecenia nie zawierają ćwiczeń; dodaj co najmniej jedną tabelę {table}</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>liczba ćwiczeń w zaleceniach ({count}) przekracza liczbę ćwiczeń w aplikacji ({most}), a każde można zalecić tylko raz</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>każde ćwiczenie musi być tabelą {table}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>&apos;{id}&apos; zalecono dwukrotnie; podaj każde ćwiczenie tylko raz</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>to nie jest plik zaleceń: nie zaczyna się od {line}</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>te zalecenia pochodzą z nowszej wersji {app} (schemat {found}; ta wersja odczytuje schemat {known}); zaktualizuj aplikację, aby je otworzyć</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>&apos;{key}&apos; musi mieć wartość {version}, podano {value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>w tej aplikacji nie ma ćwiczenia {id}; dostępne ćwiczenia: {ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos; dotyczy tylko ćwiczeń wykonywanych na każdą stronę, a {stretch} do nich nie należy</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; musi mieć wartość &quot;{both}&quot;, &quot;{left}&quot; lub &quot;{right}&quot;, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>&apos;{key}&apos; musi być tekstem, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>&apos;{key}&apos; musi mieścić się w jednym wierszu</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>&apos;{key}&apos; zawiera znak sterujący ({code}), który w tekście nigdy nie jest potrzebny</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; musi być dniem zapisanym jako {example}, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>&apos;{key}&apos; musi być listą godzin zapisanych jako {example}, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>&apos;{key}&apos; musi podawać godziny w kolejności w ciągu dnia, każdą tylko raz</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Co się zmieni:</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>Uwaga od specjalisty:</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>Uwagi do ćwiczeń:</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>Pacjent: {patient}.</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>Każda sesja trwa {new} (obecnie {now}).</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>Pominięte: {stretch}.</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>Dodane: {stretch} ({how}).</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}: {changes}.</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>Nowa kolejność: {stretches}.</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>Te same ćwiczenia, czasy utrzymania pozycji i kolejność co obecnie.</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>utrzymanie pozycji {seconds}</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>utrzymanie pozycji {before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>tylko lewa strona</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>tylko prawa strona</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>obie strony</translation>
    </message>
    <message>
        <source>once</source>
        <translation>raz</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dwa razy</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} razy</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>Autor zaleceń: {clinician}, data: {date}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>Autor zaleceń: {clinician}.</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>Data zaleceń: {date}.</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>W zaleceniach nie podano, kto je wystawił.</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>1 sesja dziennie</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>Sesje {count} razy dziennie</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}, bez godzin przypomnień.</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}, przypomnienie o {time}.</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}, przypomnienia o {times} i {last}.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>Nie udało się odczytać zestawu od specjalisty, więc używany jest zestaw z ulotki; plik zachowano jako {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>Zalecenia ćwiczeń (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>Utwórz zestaw dla pacjenta</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>Godziny i minuty, oddzielone przecinkami; lub brak</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Obie strony</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Tylko lewa strona</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Tylko prawa strona</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Specjalista:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Pacjent:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>Sesje dzi&amp;ennie:</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>&amp;Godziny przypomnień:</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>&amp;Uwaga przed pierwszą sesją:</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>&amp;Czas utrzymania pozycji:</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>S&amp;trony:</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>Po&amp;wtórzenia z rzędu:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Uw&amp;aga:</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Ćwiczenia (zaznacz, aby uwzględnić; przeciągnij lub przesuń, aby zmienić kolejność)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Sesje dziennie</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Godziny przypomnień</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>Uwaga przed pierwszą sesją</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>Ćwiczenia, po kolei</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>Czas utrzymania pozycji</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>Powtórzenia z rzędu</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>Uwaga do tego ćwiczenia</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Zaznacz co najmniej jedno ćwiczenie.</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>Wpisz godziny przypomnień jako godziny i minuty, np. 08:30, 13:00.</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>Etapy: {holds}; każda sesja trwa około {time}.</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>Otwórz zalecenia</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>Otwarto {file}.</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>Zapisz zalecenia</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>Nie udało się zapisać {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>Zapisano {file}: przekaż plik pacjentowi.</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>Ćwiczenia – {patient}</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Ćwiczenia</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a day is named in the calendar&apos;s tooltips: a QDate format (dddd: the weekday&apos;s name, d: the day, MMMM: the month&apos;s name), as &quot;Monday 26 October&quot;.</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>{date}: still to come</source>
        <translation>{date} – ten dzień dopiero nadejdzie</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date} – 1 sesja, cel osiągnięty</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date} – sesje: {count}, cel osiągnięty</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date} – 1 sesja</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date} – sesje: {count}</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>Jeszcze 1 sesję przerwano przed połową etapów, więc się nie liczy.</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>Kolejne sesje ({short}) przerwano przed połową etapów, więc się nie liczą.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: brak zaliczonych sesji.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: 1 sesja w 1 dniu; dzienny cel ({goal}) osiągnięty w 1 dniu.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: 1 sesja w 1 dniu; dzienny cel ({goal}) nie został jeszcze osiągnięty.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: 1 dzień z sesjami (łącznie: {sessions}); dzienny cel ({goal}) osiągnięty w 1 dniu.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: 1 dzień z sesjami (łącznie: {sessions}); dzienny cel ({goal}) nie został jeszcze osiągnięty.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: {days} dni z sesjami (łącznie: {sessions}); dzienny cel ({goal}) osiągnięty w {met} dniach.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: {days} dni z sesjami (łącznie: {sessions}); dzienny cel ({goal}) osiągnięty w 1 dniu.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>W ciągu ostatnich {weeks} tygodni: {days} dni z sesjami (łącznie: {sessions}); dzienny cel ({goal}) nie został jeszcze osiągnięty.</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>Sesje z ostatnich {weeks} tygodni</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>Ból przed sesjami zmienił się z {first} w pierwszym tygodniu na {last} w ostatnim.</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>Ból po sesjach zmienił się z {first} w pierwszym tygodniu na {last} w ostatnim.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>Ból przed sesjami wynosił średnio {first} w tygodniu od {week}.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>Ból po sesjach wynosił średnio {first} w tygodniu od {week}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>Ból przed sesjami zmienił się z {before_first} w pierwszym tygodniu na {before_last} w ostatnim; po sesjach – z {after_first} na {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>Ból przed sesjami zmienił się z {before_first} w pierwszym tygodniu na {before_last} w ostatnim; po sesjach – {after_first} w tygodniu od {after_week}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>Ból przed sesjami wynosił średnio {before_first} w tygodniu od {before_week}; po sesjach zmienił się z {after_first} w pierwszym tygodniu na {after_last} w ostatnim.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>Ból przed sesjami wynosił średnio {before_first} w tygodniu od {before_week}; po sesjach – {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>Ból przed sesjami wynosił średnio {before_first} w tygodniu od {before_week}; po sesjach – {after_first} w tygodniu od {after_week}.</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>Brak ocen bólu. Oceniaj ból w skali od 0 do 10 przed sesją i po niej.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Ból przed sesjami i po nich</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>Brak sesji. Twoje sesje pojawią się tutaj, gdy wykonasz pierwszą.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postępy</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>Sesje z ostatnich {weeks} tygodni</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>Zapisz sesje jako CSV…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>Zapisz sesje jako CSV</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>Każda sesja w osobnym wierszu, do arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>Raport dla specjalisty (PDF)…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>Raport dla specjalisty (PDF)</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>PDF z sesjami, seriami i bólem do wydrukowania lub wysłania fizjoterapeucie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>Zapisz CSV…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>Raport (PDF)…</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>poniedziałki</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>wtorki</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>środy</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>czwartki</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>piątki</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>soboty</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>niedziele</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>Dzisiaj wykonane sesje: {done} – cel ({goal}) osiągnięty</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>Dzisiaj: 1 z 1 sesji – cel osiągnięty</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>Dzisiaj: 0 z 1 sesji</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>Dzisiaj: {done} z {goal} sesji – cel osiągnięty</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>Dzisiaj: {done} z {goal} sesji</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>Obecna seria: 1 dzień · Najlepsza: 1 dzień</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>Obecna seria: 1 dzień · Najlepsza: {best} dni</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>Obecna seria: {current} dni · Najlepsza: 1 dzień</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>Obecna seria: {current} dni · Najlepsza: {best} dni</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation>{first} i {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation>Dzień bez osiągniętego celu kończy serię.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>Wolne weekendy nie przerywają serii: w dniu odpoczynku nieosiągnięty cel ani nie kończy serii, ani jej nie wydłuża.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>Wolne weekendy nie przerywają serii.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Wolne {days} nie przerywają serii: w dniu odpoczynku nieosiągnięty cel ani nie kończy serii, ani jej nie wydłuża.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>Wolne {days} nie przerywają serii.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>Seria to kolejne dni z co najmniej 1 sesją.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>Seria to kolejne dni z co najmniej {goal} sesjami.</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>Dzisiejszy dzień liczy się, gdy osiągniesz cel; do tego czasu obowiązuje seria do wczoraj.</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>Czas na ćwiczenia rozciągające plecy – 5 minut</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>Dzisiaj wykonano {done} z 1 sesji.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>Dzisiaj wykonano {done} z {goal} sesji.</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>Przegapione przypomnienie</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>Kliknij, aby rozpocząć. {progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Rozpocznij teraz</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Przypomnij za 10 minut</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {date}</source>
        <translation>Wygenerowano {date}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>Imię i nazwisko: {name}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Okres: {period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine} ({count} z 1 sesji)</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine} ({count} z {total} sesji)</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>Zestaw: z ulotki przychodni</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>Zestaw: zalecony; specjalista: {clinician}; data: {date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>Zestaw: zalecony; specjalista: {clinician}</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>Zestaw: zalecony; data: {date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>Zestaw: {routine}</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>Sesja liczy się jako wykonana, gdy wykonano co najmniej połowę jej etapów.</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Z aplikacji {app} {version} – zestaw z ulotki przychodni „{handout}”</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>Z aplikacji {app} {version} – zalecone ćwiczenia z ulotki przychodni „{handout}”</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>po sesji</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>przed sesją</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Ból przed sesją i po niej</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>Nie zapisano ocen bólu.</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value} Najsilniejszy wyobrażalny ból</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value} Brak bólu</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>Średnie natężenie bólu przed sesją wynosiło {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>Średnie natężenie bólu przed sesją wynosiło {first} zarówno w pierwszym, jak i w ostatnim tygodniu</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>Średnie natężenie bólu przed sesją wynosiło {first} zarówno w pierwszym, jak i w ostatnim miesiącu</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>Średnie natężenie bólu przed sesją wynosiło {first} zarówno w tygodniu od {start}, jak i w tygodniu od {end}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>Średnie natężenie bólu przed sesją wynosiło {first} zarówno w okresie {start}, jak i w okresie {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w pierwszym tygodniu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w pierwszym miesiącu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w tygodniu od {start} do {last} w tygodniu od {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w okresie {start} do {last} w okresie {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w pierwszym tygodniu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w pierwszym miesiącu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w tygodniu od {start} do {last} w tygodniu od {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w okresie {start} do {last} w okresie {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>Średnie natężenie bólu po sesji wynosiło {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>Średnie natężenie bólu po sesji wynosiło {first} zarówno w pierwszym, jak i w ostatnim tygodniu</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>Średnie natężenie bólu po sesji wynosiło {first} zarówno w pierwszym, jak i w ostatnim miesiącu</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>Średnie natężenie bólu po sesji wynosiło {first} zarówno w tygodniu od {start}, jak i w tygodniu od {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>Średnie natężenie bólu po sesji wynosiło {first} zarówno w okresie {start}, jak i w okresie {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>Średnie natężenie bólu po sesji spadło z {first} w pierwszym tygodniu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>Średnie natężenie bólu po sesji spadło z {first} w pierwszym miesiącu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Średnie natężenie bólu po sesji spadło z {first} w tygodniu od {start} do {last} w tygodniu od {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>Średnie natężenie bólu po sesji spadło z {first} w okresie {start} do {last} w okresie {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>Średnie natężenie bólu po sesji wzrosło z {first} w pierwszym tygodniu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>Średnie natężenie bólu po sesji wzrosło z {first} w pierwszym miesiącu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>Średnie natężenie bólu po sesji wzrosło z {first} w tygodniu od {start} do {last} w tygodniu od {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>Średnie natężenie bólu po sesji wzrosło z {first} w okresie {start} do {last} w okresie {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>po sesji wynosiło {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>po sesji wynosiło {first} zarówno w pierwszym, jak i w ostatnim tygodniu</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>po sesji wynosiło {first} zarówno w pierwszym, jak i w ostatnim miesiącu</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>po sesji wynosiło {first} zarówno w tygodniu od {start}, jak i w tygodniu od {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>po sesji wynosiło {first} zarówno w okresie {start}, jak i w okresie {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>po sesji spadło z {first} w pierwszym tygodniu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>po sesji spadło z {first} w pierwszym miesiącu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>po sesji spadło z {first} w tygodniu od {start} do {last} w tygodniu od {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>po sesji spadło z {first} w okresie {start} do {last} w okresie {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>po sesji wzrosło z {first} w pierwszym tygodniu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>po sesji wzrosło z {first} w pierwszym miesiącu do {last} w ostatnim</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>po sesji wzrosło z {first} w tygodniu od {start} do {last} w tygodniu od {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>po sesji wzrosło z {first} w okresie {start} do {last} w okresie {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w pierwszym tygodniu do {last} w ostatnim; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w pierwszym miesiącu do {last} w ostatnim; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w tygodniu od {start} do {last} w tygodniu od {end}; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Średnie natężenie bólu przed sesją spadło z {first} w okresie {start} do {last} w okresie {end}; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w pierwszym tygodniu do {last} w ostatnim; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w pierwszym miesiącu do {last} w ostatnim; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w tygodniu od {start} do {last} w tygodniu od {end}; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>Średnie natężenie bólu przed sesją wzrosło z {first} w okresie {start} do {last} w okresie {end}; po sesji – z {after_first} do {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>Średnie natężenie bólu przed sesją wynosiło {first}; po sesji – {after}.</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}; {second}.</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>W trakcie sesji ból zmniejszał się średnio o {points} pkt (1 sesja z oceną przed i po).</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>W trakcie sesji ból zmniejszał się średnio o {points} pkt (sesje z oceną przed i po: {count}).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>W trakcie sesji ból zwiększał się średnio o {points} pkt (1 sesja z oceną przed i po).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>W trakcie sesji ból zwiększał się średnio o {points} pkt (sesje z oceną przed i po: {count}).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>W trakcie sesji ból średnio się nie zmieniał (1 sesja z oceną przed i po).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>W trakcie sesji ból średnio się nie zmieniał (sesje z oceną przed i po: {count}).</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>brak ocen po sesji</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>brak ocen przed sesją</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Brak sesji w tym okresie.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>Nie udało się zapisać raportu w {path}: odmowa dostępu.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>Nie udało się zapisać raportu w {path}: folder nie istnieje.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>Nie udało się zapisać raportu w {path}: dysk jest pełny.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>Nie udało się zapisać raportu w {path}: dysk jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>Nie udało się zapisać raportu w {path}: istnieje folder o tej nazwie.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>Nie udało się zapisać raportu w {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>Nie udało się zapisać raportu w {path}: nie udało się otworzyć pliku do zapisu.</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} – raport postępów: {period}</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Ulotka</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>Czas utrzymania</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Sposób wykonania</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>{seconds} na każdą stronę</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>i inne ćwiczenia ({count})</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>i jeszcze 1 ćwiczenie</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>Wykonany zestaw</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sesje w miesiącu</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesje w tygodniu</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>wykonane sesje</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>ulotka: od {low} do {high} sesji dziennie</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>1 sesja dziennie, zgodnie z zaleceniami</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>sesje {count} razy dziennie, zgodnie z zaleceniami</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>ulotka: {low}–{high} dziennie</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>cel: 1 sesja dziennie</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>cel: sesje {goal} razy dziennie</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>{percent}% zaleconych sesji</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>zalecono: 1 sesja dziennie</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>zalecono: sesje {goal} razy dziennie</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dni</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>rozpoczęte: {count}</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count} z {total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>dni z sesją</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>co najmniej jedna wykonana sesja</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>{count} dziennie</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>średnia liczba sesji</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>dni z osiągniętym celem</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>najlepsza seria</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>kolejne dni z osiągniętym celem</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>sesje przerwane przed końcem</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>przed ostatnim etapem</translation>
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
        <translation>{first} (1 dzień)</translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation>{first} – {last} (1 tydzień)</translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation>{first} – {last} ({weeks} tyg.)</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} dni)</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} – raport postępów</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>Raport dla specjalisty</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>Jednostronicowy PDF z twoimi sesjami i ocenami bólu do wydrukowania lub wysłania osobie, która dała ci ulotkę. Imię i nazwisko są opcjonalne; nie są zapisywane.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Imię i nazwisko (opcjonalnie)</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>Zostaw puste, aby wpisać odręcznie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Zapisz raport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
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
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>Wykonaj to {count} razy.</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>Wykonuj przez 1 sekundę.</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>Wykonuj przez {seconds} s.</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>Utrzymaj pozycję przez 1 sekundę na każdą stronę.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>Utrzymaj pozycję przez {seconds} s na każdą stronę.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Utrzymaj pozycję przez 1 sekundę.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>Utrzymaj pozycję przez {seconds} s.</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}, {repetition} z {repetitions}</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}, lewa strona</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}, prawa strona</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>&apos;{key}&apos; musi mieć wartość {version}, podano {value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>zestaw nie zawiera ćwiczeń; dodaj co najmniej jedną tabelę {table}</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>każde ćwiczenie musi być tabelą {table}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>identyfikator &apos;{id}&apos; występuje dwukrotnie; identyfikatory muszą być niepowtarzalne</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>&apos;{key}&apos; może zawierać tylko małe litery, cyfry i myślniki, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>&apos;{key}&apos; musi być listą co najmniej jednego zdania</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>&apos;{key}&apos; musi mieć wartość &quot;{hold}&quot; lub &quot;{movement}&quot;, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>&apos;{key}&apos; musi składać się ze słów wziętych z instrukcji, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos; dotyczy tylko ćwiczeń rodzaju &quot;{movement}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>&apos;{key}&apos; wymaga również &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>&apos;{key}&apos; musi być liczbą całkowitą od 1 do {most}, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>&apos;{key}&apos; musi być listą co najmniej jednego słowa, podano {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>&apos;{key}&apos; musi być listą wartości &quot;{left}&quot; i &quot;{right}&quot;, każdej najwyżej raz, podano {value}</translation>
    </message>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>Rozciąganie i ćwiczenia przy skurczach mięśni pleców</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>Regularne rozciąganie może przyspieszyć powrót do zdrowia i zapobiegać nawrotom. Poniższy zestaw ćwiczeń rozciągających można wykonać w 5 minut i należy go wykonywać 2–3 razy dziennie.</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>Koci grzbiet</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>mobilizacja kręgosłupa i poprawa elastyczności</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Zacznij w klęku podpartym.</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>Wygnij plecy w łuk ku górze do pozycji „kota”, a następnie opuść brzuch, unosząc głowę i kość ogonową do pozycji „krowy”.</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>Powoli przechodź naprzemiennie z jednej pozycji do drugiej.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Kot</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>Krowa</translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation>Wyprost pleców</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>rozciąganie i wzmacnianie mięśni dolnej części pleców</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>Połóż się na brzuchu, z dłońmi pod barkami.</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>Powoli oderwij klatkę piersiową od podłogi, utrzymując biodra na podłodze.</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>Przyciąganie kolana do klatki piersiowej</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>Rozciąganie dolnej części pleców i bioder.</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>Połóż się na plecach, przyciągnij jedno kolano do klatki piersiowej</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>Połóż się na plecach, przyciągnij jedno kolano do klatki piersiowej, utrzymując drugą nogę wyprostowaną na podłodze.</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>Skręt tułowia w leżeniu</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>Rozciąganie i mobilizacja kręgosłupa oraz dolnej części pleców.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>Delikatnie prowadź zgięte kolano w poprzek ciała w stronę podłogi</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>Połóż się na plecach, z jedną nogą wyprostowaną, a drugą zgiętą w kolanie.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>Delikatnie prowadź zgięte kolano w poprzek ciała w stronę podłogi, utrzymując barki płasko na podłodze.</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>Rozciąganie mięśni kulszowo-goleniowych w siadzie</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>Rozciąganie mięśni kulszowo-goleniowych i zmniejszenie napięcia w dolnej części pleców.</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>Sięgnij do przodu w kierunku palców stopy wyprostowanej nogi, utrzymując proste plecy.</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>Usiądź z jedną nogą wyprostowaną, a drugą zgiętą do wewnątrz.</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>Rozciąganie mięśni pośladkowych (pozycja gołębia)</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>Rozciąganie mięśni pośladkowych i zmniejszenie napięcia w dolnej części pleców.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>Przenieś jedno kolano do przodu i umieść je za przeciwległą dłonią</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>Zacznij w pozycji klęku podpartego.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>Przenieś jedno kolano do przodu i umieść je za przeciwległą dłonią, jednocześnie wyciągając drugą nogę prosto do tyłu.</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>Delikatnie opuść biodra w stronę podłogi i pochyl się do przodu nad zgiętą nogą.</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>Pozycja dziecka</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>Rozciąganie dolnej części pleców i rozluźnienie kręgosłupa.</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>Usiądź na piętach, wyciągając ręce do przodu. Oprzyj czoło o podłogę</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>Zacznij w klęku podpartym, a następnie usiądź na piętach, wyciągając ręce do przodu.</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>Oprzyj czoło o podłogę i rozluźnij się.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>włączenie sygnałów dźwiękowych</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>głośność</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>włączenie komunikatów głosowych</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>tempo mowy</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>czas utrzymania pozycji</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>czas przygotowania</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>czas na zmianę strony</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>wybór ćwiczeń</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>włączenie przypomnień</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>rodzaj przypomnień</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>godziny przypomnień</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>odstęp między przypomnieniami</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>początek dnia pracy</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>koniec dnia pracy</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>dni przypomnień</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>brak przypomnień po osiągnięciu celu</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>cel dzienny</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>motyw kolorów</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>rozmiar tekstu</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>godziny pracy</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>Nie udało się odczytać zapisanego ustawienia ({setting}), więc ponownie używana jest wartość domyślna.</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>Nie udało się odczytać zapisanych ustawień ({settings} i {last}), więc ponownie używane są wartości domyślne.</translation>
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
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Domyślny systemowy ({language})</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu aplikacji.</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>Uruchamiaj po zalogowaniu (po cichu, w zasobniku)</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation> raz</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation> razy</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Przypominaj mi o rozciąganiu</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>O tych godzinach</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>Co kilka godzin, gdy pracuję</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Godziny przypomnień</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>Odstęp między przypomnieniami</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation> godz.</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Początek dnia pracy</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Koniec dnia pracy</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>do</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>Bez przypomnień po osiągnięciu celu</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>Dni</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>Według ulotki: 2–3 razy dziennie.</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>Wpisz godziny w formacie {example}.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Dzień pracy musi kończyć się później, niż się zaczyna.</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>Według ulotki: utrzymuj pozycję w każdym ćwiczeniu przez 30 sekund. Inne ćwiczenia lub inna kolejność obowiązują od następnej sesji, a nowy czas utrzymania pozycji – od następnego etapu.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Czas utrzymania pozycji</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>Czas przygotowania</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>Czas na zmianę strony</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>Ćwiczenia w zestawie, po kolei</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>Przywróć z ulotki</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>Wszystkie siedem ćwiczeń w kolejności z ulotki, utrzymanie pozycji po 30 s</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Utrzymuj pozycję w każdym ćwiczeniu przez</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>Przygotowanie przed ćwiczeniem</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>Przygotowanie między stronami</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>Ćwiczenia (zaznacz, aby uwzględnić; przeciągnij lub przesuń, aby zmienić kolejność)</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>Otwórz zalecenia…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>Użyj zestawu z ulotki</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>Utwórz zestaw dla pacjenta…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>Wykonujesz zestaw z ulotki.</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>Specjalista wybrał te ćwiczenia i czasy utrzymania pozycji; aby wybrać własne, użyj zestawu z ulotki.</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>Zaznacz co najmniej jedno ćwiczenie.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Zestaw</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>Nie udało się odczytać ani przenieść ustawień z {path}, więc w tym uruchomieniu używane są wartości domyślne.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>Nie udało się odczytać ustawień, więc przeniesiono je do {moved} i używane są wartości domyślne.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>Nie można zapisać ustawień w {path}, więc zmiany będą obowiązywać tylko do zamknięcia aplikacji.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>Folder {folder} należy do innej osoby lub jest dostępny dla innych, więc aplikacja uruchomiła się bez niego: ponowne uruchomienie może otworzyć drugie okno.</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>Inny program zajmuje kanał, którego ta aplikacja używa, aby działać w jednej kopii ({name}), więc mimo to ją uruchomiono: ponowne uruchomienie może otworzyć drugie okno.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound and voice</source>
        <translation>Dźwięk i głos</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>Sygnały dźwiękowe, komunikaty głosowe, głośność i tempo mowy (M wycisza)</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>Dźwięk: odtwarzanie niemożliwe</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Bez dźwięku</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>Dźwięk: sygnały i głos</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Dźwięk włączony</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>Dźwięk: tylko sygnały</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Tylko sygnały</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>Dźwięk: tylko głos</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Tylko głos</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Dźwięk: wyłączony</translation>
    </message>
    <message>
        <source>Chimes</source>
        <translation>Sygnały dźwiękowe</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Sygnały dźwiękowe włączone</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Komunikaty głosowe</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>Komunikaty głosowe włączone</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Tempo mowy</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>Nie udało się wczytać sygnałów dźwiękowych, a komunikaty głosowe są niedostępne, więc sesja przebiega w ciszy; ekran nadal pokazuje każdy krok.</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>powtórzenie {repetition} z {repetitions}</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Zacznij, kiedy zechcesz</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Zmień stronę</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>Przygotuj się · następne</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Kontynuuj ruch</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Utrzymaj pozycję</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>Ruch – poruszaj się powoli, bez zatrzymywania</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>Utrzymanie pozycji – pozostań w niej nieruchomo</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Co robić teraz</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>Utrzymanie pozycji czy ruch</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrukcje</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>Uwaga specjalisty</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;Cel:&lt;/b&gt; {objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Od specjalisty:&lt;/b&gt; {note}</translation>
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
        <translation>1 s</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>około 1 minuty</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>około {count} minut</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>około 1 godziny</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>około {count} godzin</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>Dzisiaj wykonano {done} z 1 sesji</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>Dzisiaj wykonano {done} z {goal} sesji</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Rozpocznij sesję</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Pokaż okno</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Przypomnij za 10 minut</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Pomiń to przypomnienie</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Wstrzymaj przypomnienia</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Wznów przypomnienia</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>Komunikaty głosowe nie są dostępne na tym komputerze ({reason}); sygnały dźwiękowe nadal działają.</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>nie udało się wczytać biblioteki mowy {library}</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Na tym komputerze nie zainstalowano angielskiego głosu, więc komunikaty głosowe są wyłączone; sygnały dźwiękowe nadal działają.</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Na tym komputerze nie zainstalowano hiszpańskiego głosu, więc komunikaty głosowe są wyłączone; sygnały dźwiękowe nadal działają.</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Na tym komputerze nie zainstalowano niemieckiego głosu, więc komunikaty głosowe są wyłączone; sygnały dźwiękowe nadal działają.</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>Na tym komputerze nie zainstalowano głosu dla języka {language}, więc komunikaty głosowe są wyłączone; sygnały dźwiękowe nadal działają.</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>nie wybrano syntezatora mowy</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>nie zainstalowano syntezatora mowy</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>syntezator {engine} się nie uruchomił</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>syntezator {engine} nie ma zainstalowanego głosu</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>syntezator mowy przestał działać</translation>
    </message>
</context>
</TS>
