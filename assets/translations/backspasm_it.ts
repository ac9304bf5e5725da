<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are back spasms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The app is already running, so it was brought to the front; quit it first to start it with {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}, {phase}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, {place}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} MB</source>
        <extracomment>MB: megabytes. The decimal point stays a point.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}: {position}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prescribing</name>
    <message>
        <source>You follow your clinician’s routine: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a day is named in the calendar&apos;s tooltips: a QDate format (dddd: the weekday&apos;s name, d: the day, MMMM: the month&apos;s name), as &quot;Monday 26 October&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the report: a QDate format (d: the day, MMM: the month&apos;s short name), as &quot;26 Oct&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A day on the report with its year: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month in the report&apos;s sentences on pain (&quot;... in Oct 2026&quot;): a QDate format (MMM: the month&apos;s short name, yyyy: the year).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} (1 day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How the report&apos;s first and last days are shown and typed: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>s: seconds, abbreviated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
