<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>تعذرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>يحتاج كل قسم إلى &apos;{heading}&apos; و&apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>القسم {number}</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>لا توجد أقسام</translation>
    </message>
    <message>
        <source>What are back spasms?</source>
        <translation>ما تشنجات الظهر؟</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>غالبًا ما تنتج تشنجات الظهر عن نقاط الزناد اللفافية العضلية، المعروفة أيضًا بالعُقد العضلية. تسبب هذه العُقد انقباض العضلات وتصلبها وشعورك بالألم فيها. ومن العوامل التي تسهم في تكوّنها: الإصابة، وسوء وضعية الجسم، والحركات المتكررة، والتوتر المزمن، أو حتى ليلة نوم سيئة.</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>كيف تُعالَج؟</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>يتطلب علاج نقاط الزناد بفعالية نهجًا متعدد الوسائل. يمكن أن يحسّن استخدام الحرارة تدفق الدم ويرخي العضلات. وتحسّن الإطالة اليومية للعضلات المصابة القدرة على الحركة ومدى الحركة. وممارسة التمارين الهوائية، مثل المشي أو الدراجة الثابتة، تحسّن الدورة الدموية وتخفف الألم. بالإضافة إلى ذلك، يمكن أن يساعد استخدام كرة التدليك للعلاج بالضغط الإبري على تفكيك العُقد العضلية.</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>كيف تقي نفسك من تشنجات الظهر؟</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>احرص على أن تكون بيئة عملك ومكتبك مهيأة على النحو الأمثل من حيث الأرغونوميا (بيئة العمل المريحة). خذ فترات راحة بانتظام ومارس تمارين الإطالة لتجنب الشد. غالبًا ما تمنع معالجة الأعراض المبكرة الخفيفة دون تأخير تفاقمها.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>حافظ على سلامتك</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>أوقف أي تمرين إطالة يجعل الألم أشد حدة.</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>راجع الطبيب أو المعالج فورًا إذا شعرت بخدر، أو ضعف في الساق، أو فقدان السيطرة على المثانة أو الأمعاء، أو حمى، أو ألم بعد سقوط.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>عن تشنجات الظهر</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>برنامج من معالجك</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>ما الذي يتغير</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>لا يتغير شيء حتى تختار «استخدام هذا البرنامج». يبقى برنامج النشرة على بُعد نقرة واحدة في الإعدادات، ويُحتفظ بسجلك.</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>استخدام هذا البرنامج</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>التالي: {stretch}. استعد.</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>واصل الحركة. ثانية واحدة.</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>واصل الحركة. المدة بالثواني: {seconds}.</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>ثبّت الوضعية. ثانية واحدة.</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>ثبّت الوضعية. المدة بالثواني: {seconds}.</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>بدّل الجانب: الجانب الأيسر.</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>بدّل الجانب: الجانب الأيمن.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>بدّل الجانب.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>اكتمل البرنامج. أنجزت {done} من أصل مرحلة واحدة.</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>اكتمل البرنامج. المراحل التي أنجزتها: {done} من {planned}.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>انتهت الجلسة. أنجزت {done} من أصل مرحلة واحدة.</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>انتهت الجلسة. المراحل التي أنجزتها: {done} من {planned}.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>إيقاف مؤقت: كان الحاسوب في وضع السكون أو مشغولًا مدة {gap}. اضغط «متابعة» لتكمل.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>بقيت عشر ثوانٍ.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>إيقاف مؤقت.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>استُؤنفت الجلسة.</translation>
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
        <translation>التطبيق قيد التشغيل بالفعل، لذا نُقل إلى الواجهة؛ أغلقه أولًا لتشغيله باستخدام {options}.</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>لا توجد جلسات مسجلة بعد في {folder}.</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>تعذرت قراءة برنامج المعالج المحفوظ في {folder}، لذا يتناول التقرير برنامج النشرة ({why}).</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation>برنامج معالجك لا يتوافق مع ملف البرنامج هذا، لذا يُستخدم برنامج النشرة.</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>لا يوجد أي من تمارين الإطالة المختارة في هذا البرنامج، لذا تُستخدم جميعها.</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>تعذر تحميل صور تمارين الإطالة، لذا تُعرض أسماؤها بدلًا منها ({why}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>حدث خطأ داخل التطبيق ويجب إغلاقه؛ التفاصيل في {log}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>حدث خطأ غير متوقع داخل التطبيق؛ يواصل التطبيق العمل بجلستك وسجلك كما كانا، والتفاصيل في {log}.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>تعذر التحقق من التشغيل عند تسجيل الدخول لأنه تعذرت قراءة {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>تعذر تفعيل التشغيل عند تسجيل الدخول لأنه تعذرت الكتابة في {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>تعذر إيقاف التشغيل عند تسجيل الدخول لأنه تعذرت إزالة {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>تعذر تفعيل التشغيل عند تسجيل الدخول لأنه تعذر تغيير {place}: {reason}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>تعذر إيقاف التشغيل عند تسجيل الدخول لأنه تعذر تغيير {place}: {reason}.</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>مفتاح السجل {key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>التشغيل بهدوء في علبة النظام عند تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>لا جلسات</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal} أو أكثر: تحقق الهدف</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No pain ratings yet</source>
        <translation>لا توجد تقييمات للألم بعد</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>قبل الجلسة</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>بعد الجلسة</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value} لا ألم</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value} الأسوأ</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>لم يُعثر على مخرج صوت، لذا ستكون النغمات والإرشاد الصوتي صامتة؛ وتواصل الشاشة عرض كل خطوة.</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>تعذر تحميل أصوات النغمات، لذا تسير الجلسة من دونها.</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>النغمات صامتة لأنه تعذر تحميل مكتبة الصوت {library} على هذا الحاسوب؛ وتواصل الشاشة عرض كل خطوة.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: خطأ: {message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}: برنامج موجَّه من سبعة تمارين إطالة للظهر، 2-3 مرات يوميًا، يمكنك اتباعه بالنظر أو بالسمع.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه ثم الخروج</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>طباعة الإصدار ثم الخروج</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>وصفة من معالجك لتطّلع عليها، ثم تتبعها إن قبلتها</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>استخدام ملف البرنامج هذا بدلًا من برنامج النشرة</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>التحقق من ملف وصفة وطباعة ما سيغيّره أو ما فيه من خطأ، ثم الخروج</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>مدة استعداد ثابتة قبل كل تمرين إطالة جديد، دون نطق الخطوات (الافتراضي: المدة التي يستغرقها نطق الخطوات، وعلى الأقل كما في الإعدادات، 5)</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>مدة استعداد ثابتة بين جانبَي تمرين الإطالة، دون نطق الخطوات (الافتراضي: المدة التي يستغرقها نطق الخطوات، وعلى الأقل كما في الإعدادات، 3)</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>التشغيل بهدوء في علبة النظام للتذكير (وهكذا يشغّله التشغيل عند تسجيل الدخول)</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>طباعة كل مراحل البرنامج ثم الخروج</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>طباعة كل إشارة في جلسة كاملة (النغمات والكلام والنقرات) مع توقيتها، ثم الخروج</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>مع --print-routine أو --timeline: بصيغة JSON</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>حفظ النافذة كصورة</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>رسم النافذة خارج الشاشة في ملف PNG ثم الخروج</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>المرحلة المراد عرضها، بدءًا من 1 (الافتراضي 1)</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>حجم النافذة (960x640)</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>الألوان المستخدمة (الافتراضي: ألوان النظام)</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>ما تفعله الجلسة (hold)</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>حجم النص، من 0.75 إلى 2 (الافتراضي 1، مثل Ctrl+0)</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>حفظ صورة PNG لعرض كل مرحلة (كل خطوة والثبات، بالألوان الفاتحة والداكنة) ثم الخروج</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>حفظ عرض كل مرحلة كمواضع للمفاصل (JSON، بالأمتار) ثم الخروج</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>السجل والتقارير</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>حفظ السجل في DIR (الافتراضي: BACKSPASM_DATA_DIR، وإلا فمجلد بياناتك)</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>حفظ كل الجلسات في ملف CSV ثم الخروج</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>حفظ تقرير التقدم المكوّن من صفحة واحدة لمعالجك ثم الخروج</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>مع --report: اليوم الأول، YYYY-MM-DD (الافتراضي: قبل --to بأربعة أسابيع)</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>مع --report: اليوم الأخير، YYYY-MM-DD (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>مع --report: الاسم المطبوع عليه (الافتراضي: سطر فارغ للكتابة عليه)</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>اللغة المستخدمة هذه المرة (الافتراضي: كما في الإعدادات، وإلا فلغة النظام)</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>الكتابة في السجل على الطرفية أيضًا</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>حدّد الوصفة إما لفتحها وإما لـ --check-prescription</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>يُستخدم --json مع --print-routine أو --timeline</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>تُستخدم --from و--to و--name مع --report</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>التاريخ --from {first} يقع بعد --to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text} ليس وصفة: اسم ملف الوصفة ينتهي بـ {extension}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>المتوقع تاريخ بصيغة YYYY-MM-DD مثل 2026-11-30، لكن القيمة {text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>المتوقع عدد من الثواني، لكن القيمة {text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>يجب أن تكون القيمة بين 0 و60 ثانية، لكنها {text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>المتوقع حجم نص من 0.75 إلى 2، لكن القيمة {text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>المتوقع WIDTHxHEIGHT مثل 960x640، لكن القيمة {text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text} خارج النطاق من 320x240 إلى 8192x8192</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>يجب أن تكون قيمة --step بين 1 و{holds}، لكنها {step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>استعد</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>ثبّت</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>واصل الحركة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}، اللوحة المصغرة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>العودة مرحلة واحدة</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>بدء أو إيقاف مؤقت (مسافة)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>الانتقال إلى المرحلة التالية</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>النافذة الكاملة</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>العودة إلى النافذة الكاملة (Ctrl+M)</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>انتهى البرنامج</translation>
    </message>
    <message>
        <source>{stretch}, {phase}</source>
        <translation>{stretch}، {phase}</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <extracomment>In a right-to-left language Previous is on the right and the Right arrow goes back: name the Right arrow there.</extracomment>
        <translation>العودة مرحلة واحدة (السهم الأيمن)</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>بدء البرنامج أو إيقافه مؤقتًا (مسافة)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>الانتقال إلى المرحلة التالية (السهم الأيسر)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>إعادة البدء</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>بدء البرنامج من جديد من أول تمرين إطالة (R مرتين)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>استعد</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>ثبّت</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>واصل الحركة</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>بقيت ثانية واحدة، {mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>الثواني المتبقية: {seconds}، {mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>المتبقي: {time}، {mode}</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>بالثواني</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation>تعذر حفظ الجلسات في {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>أحسنت — اكتمل البرنامج.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>انتهت الجلسة.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>التالي: {stretch}، الجانب الأيسر. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>التالي: {stretch}، الجانب الأيمن. {how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>التالي: {stretch}. {how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>بدّل الجانب.</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}…</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>بقيت عشر ثوانٍ.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>إيقاف مؤقت.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>نتابع.</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>التالي: {stretch}، الجانب الأيسر.</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>التالي: {stretch}، الجانب الأيمن.</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>التالي: {stretch}.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>لا يزال تطبيق Back Spasm Stretches يعمل في علبة النظام ليتمكن من تذكيرك. أغلقه من قائمة علبة النظام.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>لا يحتوي سطح المكتب هذا على علبة نظام، لذا لا تصل التذكيرات إلا والتطبيق مفتوح، وإغلاق النافذة ينهي التطبيق.</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>الجلسات المنجزة اليوم: {done} من {goal}.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>الجلسات المنجزة اليوم: {done} من {goal}.</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>التذكيرات متوقفة</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>التذكيرات متوقفة مؤقتًا حتى {time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>التذكير التالي: {day} {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>لا يزال يعمل</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>يبدأ اختيارك الجديد لتمارين الإطالة من الجلسة التالية.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>لم يُعثر على شاشة (لم يُضبط DISPLAY): شغّل هذا من جلسة سطح مكتب.</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>لا تستجيب أي شاشة على DISPLAY={display}: شغّل هذا من جلسة سطح مكتب، أو شغّل خادم X أولًا.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>والآن، بعد تمارين الإطالة: ما مقدار ألم ظهرك؟ (اختياري)</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>أحسنت — اكتمل البرنامج</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>لم تنجز المرحلة الوحيدة هذه المرة.</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>لم تنجز هذه المرة أي مرحلة من المراحل المقررة ({planned}).</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>أنجزت {done} من أصل مرحلة واحدة، ومدة الإطالة: {time}.</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>المراحل التي أنجزتها: {done} من {planned}، ومدة الإطالة: {time}.</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}: تم</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}: لم يُنفَّذ</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}: تم الجانب الأيسر، ولم يُنفَّذ الجانب الأيمن</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}: تم الجانب الأيمن، ولم يُنفَّذ الجانب الأيسر</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>أداء البرنامج مرة أخرى من أول تمرين إطالة (مسافة)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}، السطر {line}، {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}، السطر {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}, {place}: {problem}</source>
        <translation>{file}، {place}: {problem}</translation>
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
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>تعذرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>هذا ليس ملف TOML صالحًا ({detail})</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>هذا الملف من إصدار أقدم (المخطط {old})؛ وهذا الإصدار يقرأ المخطط {new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>تمرين الإطالة {number} (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>تمرين الإطالة {number}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>مفتاح غير معروف &apos;{key}&apos; (المسموح: {allowed})</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>المفتاح المطلوب &apos;{key}&apos; مفقود</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; نصًا غير فارغ، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>عدد أحرف &apos;{key}&apos; هو {count}، والحد الأقصى {most}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; عددًا صحيحًا، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; بين {least} و{most}، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>عدد عناصر &apos;{key}&apos; هو {count}، والحد الأقصى {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>الملف ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>هذا ليس ملف TOML صالحًا ({detail})</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>القيم متداخلة بعمق يتجاوز الحد الأقصى لعدد المستويات ({most})، وهو ما لا يحتاج إليه أي ملف من ملفاتنا</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} بايت</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} كيلوبايت</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <extracomment>MB: megabytes. The decimal point stays a point.</extracomment>
        <translation>{count} ميغابايت</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>هذا ليس ملفًا عاديًا (بل أنبوب أو جهاز أو مقبس)، لذا لا تتم قراءته</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>تعذرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>حجم الملف {size}، وهو أكبر من الحد الأقصى المسموح لمثل هذا الملف ({most})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>لا ألم</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>أسوأ ألم يمكن تخيله</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>مستبعد من البرنامج</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>ليس في النشرة</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>مدة الثبات {used} (النشرة: {handout})</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>المراحل المنجزة: {done} من 1</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>المراحل المنجزة: {done} من {planned}</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>كما في النشرة</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>حفظ الجلسات بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>حُفظت جلساتك في {path}.</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>حفظ التقرير لمعالجك</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>حُفظ التقرير لمعالجك في {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>تعذر حفظ جلسة لأن السجل كان مغلقًا.</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>تعذر حفظ جلسة في سجلك ({reason})، لذا قد لا تظهر في تقدمك.</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>تعذرت قراءة سجل جلساتك ({reason}).</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>تعذرت قراءة جلسة في سجلك، لذا استُبعدت.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>لا يمكن الكتابة في المجلد {folder}، لذا السجل متوقف: ستُنسى جلسات هذا التشغيل عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>كُتب سجل جلساتك في {path} بإصدار أحدث من التطبيق، لذا تُرك كما هو والسجل متوقف: ستُنسى جلسات هذا التشغيل عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>تعذر فتح سجل جلساتك في {path} ({reason})، لذا السجل متوقف: ستُنسى جلسات هذا التشغيل عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>تعذرت قراءة سجل جلساتك، لذا نُقل إلى {moved} وبُدئ سجل جديد.</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>تعذرت قراءة سجل جلساتك في {path} أو استبداله، لذا السجل متوقف: ستُنسى جلسات هذا التشغيل عند إغلاق التطبيق.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>تعذر العثور على ترجمة اللغة ({language})، لذا يظهر التطبيق باللغة الإنجليزية.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{time} left</source>
        <translation>المتبقي: {time}</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>موضعك في البرنامج</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>الوقت المتبقي في الجلسة</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>عن تشنجات الظهر</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>ما تشنجات الظهر، وكيف تُعالَج، والحفاظ على السلامة (F1)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>مصغّر</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>لوحة صغيرة تبقى فوق النوافذ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>البرنامج والصوت والتذكيرات والألوان (Ctrl+,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>الجلسات، والسلاسل، والألم عبر الزمن، والتقارير (Ctrl+P)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>التقدم، واللوحة المصغرة، والإعدادات، و«عن»</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>عن</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>قبل أن تبدأ: ما مقدار ألم ظهرك الآن؟ (اختياري)</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>إيقاف مؤقت: كان الحاسوب في وضع السكون أو مشغولًا مدة {gap}، لذا توقفت الجلسة حيث كنت. اضغط «متابعة» لتكمل.</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>أحسنت — {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>انتهى البرنامج</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>انتهت الجلسة — {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} — {app}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>تمرين الإطالة {number} من {total} · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>تمرين الإطالة {number} من {total}</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>بدأ البرنامج من جديد من أول تمرين إطالة.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>اضغط R مرة أخرى للبدء من جديد من أول تمرين إطالة.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>تنفيذ ما في الإشعار</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>إغلاق الإشعار</translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation>{shown} من {all}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>تأجيل 10 دقائق</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>لا ألم</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>أسوأ ألم يمكن تخيله</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}، لا ألم</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}، أسوأ ألم يمكن تخيله</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>رقم من 0، لا ألم، إلى 10، أسوأ ألم يمكن تخيله. اختياري.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>تخطي تقييم الألم</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>المتابعة دون تقييم</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question} &lt;b&gt;{value}&lt;/b&gt; — سُجّل، شكرًا لك.</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>لا يحدد النظام أي مجلد لبيانات التطبيق؛ شغّله باستخدام {option}.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>مرحلة واحدة، ومدة الإطالة {stretching} ({total} مع فترات الاستعداد)</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>عدد المراحل: {holds}، ومدة الإطالة {stretching} ({total} مع فترات الاستعداد)</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>الهدف: {objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} — حركة مستمرة، {seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} — ثبات، {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} — حركة مستمرة، {seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} — ثبات، {seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>مرتكزًا على اليدين والركبتين</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>مستلقيًا على البطن، والصدر مرفوع على اليدين</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>مستلقيًا على الظهر، وإحدى الركبتين مسحوبة نحو الصدر</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>مستلقيًا على الظهر، منظر من الأعلى، والركبة المثنية عبر الجسم</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>جالسًا، وإحدى الساقين ممدودة، والامتداد نحو أصابع القدم</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>الركبة الأمامية مثنية إلى الأمام، والساق الخلفية مستقيمة، مع الميل إلى الأمام</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>جالسًا إلى الخلف على الكعبين، والذراعان إلى الأمام، والجبهة إلى الأسفل</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>صورة تمرين الإطالة</translation>
    </message>
    <message>
        <source>{stretch}, {side}</source>
        <translation>{stretch}، {side}</translation>
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
        <translation>تتبع برنامج معالجك: {title}.</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>فتح وصفة من معالجك</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>تعذر فتح هذه الوصفة، لذا لم يتغير شيء: {why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>تعذر حفظ الوصفة ({reason})، لذا لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>أصبح برنامج معالجك الآن برنامجك.</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>من معالجك: {note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>عاد برنامج النشرة برنامجك؛ ويُحتفظ بسجلك.</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation>وصفه {clinician}، {date}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation>وصفه {clinician}</translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation>برنامج موصوف، {date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>برنامج موصوف</translation>
    </message>
    <message>
        <source>the prescription</source>
        <translation>الوصفة</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>هذا ليس ملف وصفة، أو أنه تالف ({detail})</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>لا تحتوي الوصفة على تمارين إطالة؛ أضف جدول {table} واحدًا على الأقل</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>عدد تمارين الإطالة في هذه الوصفة {count}، لكن عددها في التطبيق {most}، ولا يجوز وصف كل تمرين إلا مرة واحدة</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>يجب أن يكون كل تمرين إطالة جدول {table}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>وُصف &apos;{id}&apos; مرتين؛ اذكر كل تمرين إطالة مرة واحدة</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>هذا ليس ملف وصفة: لا يبدأ بـ {line}</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>هذه الوصفة من إصدار أحدث من {app} (المخطط {found}؛ وهذا الإصدار يقرأ المخطط {known})؛ حدّث التطبيق لفتحها</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; هي {version}، لكنها {value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>لا يوجد تمرين إطالة {id} في هذا التطبيق؛ تمارين الإطالة هي: {ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos; مخصص فقط لتمارين الإطالة التي تُؤدّى على كل جانب، و{stretch} ليس منها</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; هي &quot;{both}&quot; أو &quot;{left}&quot; أو &quot;{right}&quot;، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; نصًا، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; سطرًا واحدًا</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>تحتوي &apos;{key}&apos; على محرف تحكم ({code})، ولا يحتاج إليه أي نص</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; يومًا مكتوبًا بصيغة {example}، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; قائمة أوقات مكتوبة بصيغة {example}، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>يجب أن تكون أوقات &apos;{key}&apos; بترتيب اليوم، وكل وقت مرة واحدة</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>ما الذي يتغير:</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>ملاحظة من معالجك:</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>ملاحظات على تمارين الإطالة:</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>إلى {patient}.</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>تستغرق كل جلسة {new} (حاليًا {now}).</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>مستبعد: {stretch}.</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>مضاف: {stretch} ({how}).</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}: {changes}.</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>يصبح الترتيب: {stretches}.</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>تمارين الإطالة ومدد الثبات والترتيب نفسها كما هي الآن.</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>ثبات {seconds}</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>ثبات {before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>الجانب الأيسر فقط</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>الجانب الأيمن فقط</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>كلا الجانبين</translation>
    </message>
    <message>
        <source>once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>مرتين</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>عدد المرات: {count}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>وصفه {clinician} بتاريخ {date}.</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>وصفه {clinician}.</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>وُصف بتاريخ {date}.</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>لا تذكر الوصفة من كتبها.</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>جلسة واحدة يوميًا</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>عدد الجلسات يوميًا: {count}</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}، دون أوقات للتذكير.</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}، مع تذكير في الساعة {time}.</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}، مع تذكيرات في الساعات {times} و{last}.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>تعذرت قراءة برنامج معالجك، لذا يُستخدم برنامج النشرة؛ وحُفظ الملف باسم {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>وصفات تمارين الإطالة (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>إعداد برنامج لمريض</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>الساعات والدقائق، مفصولة بالفاصلة «,»؛ أو لا شيء</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation> ث</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>كلا الجانبين</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>الجانب الأيسر فقط</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>الجانب الأيمن فقط</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>المعالج(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>المريض(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ(&amp;D):</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>الجلسات يوميًا(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>أوقات التذكير(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>ملاحظة قبل الجلسة الأولى(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>الثبات في كل مرة(&amp;H):</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>الجانبان(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>التكرار المتتالي(&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة(&amp;O):</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>تمارين الإطالة (ضع علامة لتضمينها، واسحبها أو حرّكها لإعادة ترتيبها)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>الجلسات يوميًا</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>أوقات التذكير</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>ملاحظة قبل الجلسة الأولى</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>تمارين الإطالة، بالترتيب</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>الثبات في كل مرة</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>الجانبان</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>التكرار المتتالي</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>ملاحظة على تمرين الإطالة هذا</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>ضع علامة على تمرين إطالة واحد على الأقل.</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>اكتب أوقات التذكير بالساعات والدقائق، مثل 08:30, 13:00.</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>عدد المراحل: {holds}؛ تستغرق كل جلسة نحو {time}.</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>فتح وصفة</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>فُتح {file}.</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>حفظ الوصفة</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>تعذر حفظ {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>حُفظ {file}: أعطه لمريضك.</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>تمارين إطالة لـ {patient}</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>تمارين الإطالة</translation>
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
        <translation>{date}: لم يأتِ بعد</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date}: جلسة واحدة، تحقق الهدف</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date}: عدد الجلسات {count}، تحقق الهدف</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date}: جلسة واحدة</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date}: عدد الجلسات {count}</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>وتوقفت جلسة أخرى قبل إنجاز نصف مراحلها، لذا لا تُحتسب.</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>وتوقفت جلسات أخرى (عددها {short}) قبل إنجاز نصف مراحلها، لذا لا تُحتسب.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>الأسابيع الأخيرة ({weeks}): لا توجد جلسات محتسبة.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>الأسابيع الأخيرة ({weeks}): جلسة واحدة في يوم واحد؛ وتحقق الهدف اليومي ({goal}) في يوم واحد.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>الأسابيع الأخيرة ({weeks}): جلسة واحدة في يوم واحد؛ ولم يتحقق الهدف اليومي ({goal}) بعد.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>الأسابيع الأخيرة ({weeks}): عدد الجلسات {sessions} في يوم واحد؛ وتحقق الهدف اليومي ({goal}) في يوم واحد.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>الأسابيع الأخيرة ({weeks}): عدد الجلسات {sessions} في يوم واحد؛ ولم يتحقق الهدف اليومي ({goal}) بعد.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>الأسابيع الأخيرة ({weeks}): عدد الجلسات {sessions}، وعدد الأيام {days}؛ وعدد الأيام التي تحقق فيها الهدف اليومي ({goal}) هو {met}.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>الأسابيع الأخيرة ({weeks}): عدد الجلسات {sessions}، وعدد الأيام {days}؛ وتحقق الهدف اليومي ({goal}) في يوم واحد.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>الأسابيع الأخيرة ({weeks}): عدد الجلسات {sessions}، وعدد الأيام {days}؛ ولم يتحقق الهدف اليومي ({goal}) بعد.</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>الجلسات في الأسابيع الأخيرة ({weeks})</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>انتقل الألم قبل الجلسات من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير.</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>انتقل الألم بعد الجلسات من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>بلغ متوسط الألم قبل الجلسات {first} في أسبوع {week}.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>بلغ متوسط الألم بعد الجلسات {first} في أسبوع {week}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>انتقل الألم قبل الجلسات من {before_first} في الأسبوع الأول إلى {before_last} في الأسبوع الأخير؛ وبعد الجلسات، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>انتقل الألم قبل الجلسات من {before_first} في الأسبوع الأول إلى {before_last} في الأسبوع الأخير؛ وبعد الجلسات، بلغ {after_first} في أسبوع {after_week}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>بلغ متوسط الألم قبل الجلسات {before_first} في أسبوع {before_week}؛ وبعد الجلسات، انتقل من {after_first} في الأسبوع الأول إلى {after_last} في الأسبوع الأخير.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>بلغ متوسط الألم قبل الجلسات {before_first} في أسبوع {before_week}؛ وبعد الجلسات، {after_first}.</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>بلغ متوسط الألم قبل الجلسات {before_first} في أسبوع {before_week}؛ وبعد الجلسات، {after_first} في أسبوع {after_week}.</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>لا توجد تقييمات للألم بعد. قيّم ألمك من 0 إلى 10 قبل الجلسة وبعدها.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>الألم قبل الجلسات وبعدها</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>لا توجد جلسات بعد. ستظهر جلساتك هنا بعد أن تنجز أول جلسة.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>الجلسات، الأسابيع الأخيرة ({weeks})</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>حفظ الجلسات بصيغة CSV…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>حفظ الجلسات بصيغة CSV</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>كل الجلسات، جلسة في كل صف، لجدول بيانات</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>تقرير لمعالجك (PDF)…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>تقرير لمعالجك (PDF)</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>ملف PDF بالجلسات والسلاسل والألم لطباعته أو إرساله إلى أخصائي العلاج الطبيعي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>تقرير المعالج (PDF)…</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>أيام الاثنين</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>أيام الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>أيام الأربعاء</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>أيام الخميس</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>أيام الجمعة</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>أيام السبت</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>أيام الأحد</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>اليوم: عدد الجلسات {done} — تحقق الهدف ({goal})</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>اليوم: الجلسات 1 من 1 — تحقق الهدف</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>اليوم: الجلسات 0 من 1</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>اليوم: الجلسات {done} من {goal} — تحقق الهدف</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>اليوم: الجلسات {done} من {goal}</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>السلسلة الحالية: يوم واحد · الأفضل: يوم واحد</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>السلسلة الحالية: يوم واحد · الأفضل (بالأيام): {best}</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>السلسلة الحالية (بالأيام): {current} · الأفضل: يوم واحد</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>السلسلة الحالية (بالأيام): {current} · الأفضل: {best}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation>اليوم الذي لا يتحقق فيه الهدف ينهي السلسلة.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>الراحة في عطلات نهاية الأسبوع لا تقطع السلسلة: في يوم الراحة، عدم بلوغ الهدف لا ينهي السلسلة ولا يزيدها.</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>الراحة في عطلات نهاية الأسبوع لا تقطع السلسلة.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>الراحة في {days} لا تقطع السلسلة: في يوم الراحة، عدم بلوغ الهدف لا ينهي السلسلة ولا يزيدها.</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>الراحة في {days} لا تقطع السلسلة.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>السلسلة هي الأيام المتتالية التي أنجزت فيها جلسة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>السلسلة هي الأيام المتتالية التي بلغ فيها عدد جلساتك {goal} على الأقل.</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>يُحتسب اليوم بمجرد بلوغك الهدف؛ وحتى ذلك الحين تبقى السلسلة كما كانت حتى الأمس.</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>حان وقت تمارين إطالة الظهر — 5 دقائق</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>الجلسات المنجزة اليوم: {done} من 1.</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>الجلسات المنجزة اليوم: {done} من {goal}.</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>فاتك تذكير</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>انقر للبدء. {progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>تأجيل 10 دقائق</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {date}</source>
        <translation>أُنشئ في {date}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>الاسم: {name}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>الفترة: {period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine} (الجلسات: {count} من 1)</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine} (الجلسات: {count} من {total})</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>البرنامج: من نشرة العيادة</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>البرنامج: وصفه {clinician}، بتاريخ {date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>البرنامج: وصفه {clinician}</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>البرنامج: موصوف، بتاريخ {date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>البرنامج: {routine}</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>تُحتسب الجلسة منجزة إذا أُنجز نصف مراحلها على الأقل.</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>من تطبيق {app} {version} — برنامج نشرة العيادة &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>من تطبيق {app} {version} — تمارين إطالة موصوفة من نشرة العيادة &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>بعد الجلسة</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>قبل الجلسة</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>الألم قبل الجلسة وبعدها</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>لم تُسجَّل تقييمات للألم.</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value} أسوأ ألم يمكن تخيله</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value} لا ألم</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>كان متوسط الألم قبل الجلسة {first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>كان متوسط الألم قبل الجلسة {first} في الأسبوع الأول والأسبوع الأخير كليهما</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>كان متوسط الألم قبل الجلسة {first} في الشهر الأول والشهر الأخير كليهما</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>كان متوسط الألم قبل الجلسة {first} في أسبوع {start} وأسبوع {end} كليهما</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>كان متوسط الألم قبل الجلسة {first} في {start} و{end} كليهما</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في الشهر الأول إلى {last} في الشهر الأخير</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في أسبوع {start} إلى {last} في أسبوع {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في {start} إلى {last} في {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في الشهر الأول إلى {last} في الشهر الأخير</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في أسبوع {start} إلى {last} في أسبوع {end}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في {start} إلى {last} في {end}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>كان متوسط الألم بعد الجلسة {first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>كان متوسط الألم بعد الجلسة {first} في الأسبوع الأول والأسبوع الأخير كليهما</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>كان متوسط الألم بعد الجلسة {first} في الشهر الأول والشهر الأخير كليهما</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>كان متوسط الألم بعد الجلسة {first} في أسبوع {start} وأسبوع {end} كليهما</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>كان متوسط الألم بعد الجلسة {first} في {start} و{end} كليهما</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>انخفض متوسط الألم بعد الجلسة من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>انخفض متوسط الألم بعد الجلسة من {first} في الشهر الأول إلى {last} في الشهر الأخير</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>انخفض متوسط الألم بعد الجلسة من {first} في أسبوع {start} إلى {last} في أسبوع {end}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>انخفض متوسط الألم بعد الجلسة من {first} في {start} إلى {last} في {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>ارتفع متوسط الألم بعد الجلسة من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>ارتفع متوسط الألم بعد الجلسة من {first} في الشهر الأول إلى {last} في الشهر الأخير</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>ارتفع متوسط الألم بعد الجلسة من {first} في أسبوع {start} إلى {last} في أسبوع {end}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>ارتفع متوسط الألم بعد الجلسة من {first} في {start} إلى {last} في {end}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>وبعد الجلسة، كان {first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>وبعد الجلسة، كان {first} في الأسبوع الأول والأسبوع الأخير كليهما</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>وبعد الجلسة، كان {first} في الشهر الأول والشهر الأخير كليهما</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>وبعد الجلسة، كان {first} في أسبوع {start} وأسبوع {end} كليهما</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>وبعد الجلسة، كان {first} في {start} و{end} كليهما</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>وبعد الجلسة، انخفض من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>وبعد الجلسة، انخفض من {first} في الشهر الأول إلى {last} في الشهر الأخير</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>وبعد الجلسة، انخفض من {first} في أسبوع {start} إلى {last} في أسبوع {end}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>وبعد الجلسة، انخفض من {first} في {start} إلى {last} في {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>وبعد الجلسة، ارتفع من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>وبعد الجلسة، ارتفع من {first} في الشهر الأول إلى {last} في الشهر الأخير</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>وبعد الجلسة، ارتفع من {first} في أسبوع {start} إلى {last} في أسبوع {end}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>وبعد الجلسة، ارتفع من {first} في {start} إلى {last} في {end}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في الشهر الأول إلى {last} في الشهر الأخير؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في أسبوع {start} إلى {last} في أسبوع {end}؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>انخفض متوسط الألم قبل الجلسة من {first} في {start} إلى {last} في {end}؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في الأسبوع الأول إلى {last} في الأسبوع الأخير؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في الشهر الأول إلى {last} في الشهر الأخير؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في أسبوع {start} إلى {last} في أسبوع {end}؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>ارتفع متوسط الألم قبل الجلسة من {first} في {start} إلى {last} في {end}؛ وبعد الجلسة، من {after_first} إلى {after_last}.</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>كان متوسط الألم قبل الجلسة {first}؛ وبعد الجلسة، {after}.</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}؛ {second}.</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>خلال الجلسة، انخفض الألم بمتوسط قدره {points} على مقياس الألم (جلسة واحدة قُيّمت قبلها وبعدها).</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>خلال الجلسة، انخفض الألم بمتوسط قدره {points} على مقياس الألم (عدد الجلسات المقيّمة قبلها وبعدها: {count}).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>خلال الجلسة، ارتفع الألم بمتوسط قدره {points} على مقياس الألم (جلسة واحدة قُيّمت قبلها وبعدها).</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>خلال الجلسة، ارتفع الألم بمتوسط قدره {points} على مقياس الألم (عدد الجلسات المقيّمة قبلها وبعدها: {count}).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>خلال الجلسة، لم يتغير الألم في المتوسط (جلسة واحدة قُيّمت قبلها وبعدها).</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>خلال الجلسة، لم يتغير الألم في المتوسط (عدد الجلسات المقيّمة قبلها وبعدها: {count}).</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>لم تُسجَّل تقييمات بعد الجلسة</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>لم تُسجَّل تقييمات قبل الجلسة</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>لا توجد جلسات في هذه الفترة.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>تعذرت كتابة التقرير في {path}: تم رفض الإذن.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>تعذرت كتابة التقرير في {path}: المجلد غير موجود.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>تعذرت كتابة التقرير في {path}: القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>تعذرت كتابة التقرير في {path}: القرص للقراءة فقط.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>تعذرت كتابة التقرير في {path}: يوجد مجلد بهذا الاسم.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>تعذرت كتابة التقرير في {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>تعذرت كتابة التقرير في {path}: تعذر فتح الملف للكتابة.</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} — تقرير التقدم: {period}</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>تمرين الإطالة</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>النشرة</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>مدة الثبات المستخدمة</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>{seconds} لكل جانب</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>وتمارين إطالة أخرى عددها {count}</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>وتمرين إطالة آخر</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>البرنامج كما أُدّي</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>الجلسات شهريًا</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>الجلسات أسبوعيًا</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>جلسات منجزة</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>توصية النشرة من الجلسات يوميًا: {low}–{high}</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>جلسة واحدة يوميًا، حسب الوصفة</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>عدد الجلسات يوميًا: {count}، حسب الوصفة</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>النشرة: {low}–{high} يوميًا</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>الهدف: جلسة واحدة يوميًا</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>الهدف اليومي من الجلسات: {goal}</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>{percent}% من الجلسات الموصوفة</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>الموصوف: جلسة واحدة يوميًا</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>عدد الجلسات اليومية الموصوفة: {goal}</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>الأيام: {count}</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>التي بدأت: {count}</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count} من {total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>أيام فيها جلسة</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>جلسة واحدة منجزة على الأقل</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>{count} يوميًا</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>متوسط الجلسات</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>أيام تحقق فيها الهدف اليومي</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>أفضل سلسلة</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>أيام متتالية بلغت الهدف</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>جلسات توقفت مبكرًا</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>قبل مرحلتها الأخيرة</translation>
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
        <translation>{first} (يوم واحد)</translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation>{first} – {last} (أسبوع واحد)</translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation>{first} – {last} (عدد الأسابيع: {weeks})</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} (عدد الأيام: {days})</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} — تقرير التقدم</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>تقرير لمعالجك</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>ملف PDF من صفحة واحدة بجلساتك وتقييمات ألمك، لطباعته أو إرساله إلى الشخص الذي أعطاك النشرة. اسمك اختياري؛ ولا يُحفظ.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>اسمك (اختياري)</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>اتركه فارغًا لكتابته بخط اليد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>اسمك(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى(&amp;T):</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
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
        <translation>الجانب الأيسر</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>الجانب الأيمن</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>عدد مرات التكرار: {count}.</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>نفّذ التمرين لمدة ثانية واحدة.</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>نفّذ التمرين. المدة بالثواني: {seconds}.</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>ثبّت الوضعية ثانية واحدة على كل جانب.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>ثبّت الوضعية على كل جانب. المدة بالثواني: {seconds}.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>ثبّت الوضعية ثانية واحدة.</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>ثبّت الوضعية. المدة بالثواني: {seconds}.</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}، {repetition} من {repetitions}</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}، الجانب الأيسر</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}، الجانب الأيمن</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; هي {version}، لكنها {value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>لا يحتوي البرنامج على تمارين إطالة؛ أضف جدول {table} واحدًا على الأقل</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>يجب أن يكون كل تمرين إطالة جدول {table}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>المعرّف &apos;{id}&apos; مستخدم مرتين؛ يجب أن تكون المعرّفات فريدة</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>يجب أن تتكون قيمة &apos;{key}&apos; من أحرف لاتينية صغيرة وأرقام وشرطات، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; قائمة من جملة واحدة أو أكثر</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; هي &quot;{hold}&quot; أو &quot;{movement}&quot;، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>يجب أن تتكون قيمة &apos;{key}&apos; من كلمات مأخوذة من التعليمات، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos; مخصص فقط لتمارين الإطالة من نوع &quot;{movement}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>يحتاج &apos;{key}&apos; إلى &apos;{other}&apos; أيضًا</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; عددًا صحيحًا من 1 إلى {most}، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; قائمة من كلمة واحدة أو أكثر، لكنها {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; قائمة من &quot;{left}&quot; و&quot;{right}&quot;، كل منهما مرة واحدة على الأكثر، لكنها {value}</translation>
    </message>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>تمارين الإطالة والتمارين لتشنجات الظهر</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>تساعد المواظبة على الإطالة في تسريع التعافي ومنع الانتكاس. يمكن أداء برنامج الإطالة التالي في 5 دقائق، وينبغي أداؤه 2-3 مرات يوميًا.</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>تمرين القطة والبقرة</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>تحريك العمود الفقري وتحسين المرونة</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>ابدأ بالارتكاز على يديك وركبتيك.</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>قوّس ظهرك إلى الأعلى في وضعية «القطة»، ثم أنزل بطنك مع رفع رأسك وعظم العصعص إلى وضعية «البقرة».</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>بدّل ببطء بين الوضعيتين.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>القطة</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>البقرة</translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation>بسط الظهر</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>إطالة عضلات أسفل الظهر وتقويتها</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>استلقِ على بطنك ويداك تحت كتفيك.</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>ارفع صدرك ببطء عن الأرض، مع إبقاء وركيك على الأرض.</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>الركبة إلى الصدر</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>إطالة أسفل الظهر والوركين.</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>استلقِ على ظهرك، واسحب إحدى ركبتيك نحو صدرك</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>استلقِ على ظهرك، واسحب إحدى ركبتيك نحو صدرك مع إبقاء الساق الأخرى ممدودة على الأرض.</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>تدوير الجذع مستلقيًا</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>إطالة العمود الفقري وأسفل الظهر وتحريكهما.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>وجّه الركبة المثنية برفق عبر جسمك نحو الأرض</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>استلقِ على ظهرك مع فرد إحدى الساقين وثني ركبة الأخرى.</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>وجّه الركبة المثنية برفق عبر جسمك نحو الأرض مع إبقاء كتفيك ملتصقين بالأرض.</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>إطالة عضلات الفخذ الخلفية جلوسًا</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>إطالة عضلات الفخذ الخلفية وتخفيف الشد في أسفل الظهر.</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>امتدّ إلى الأمام نحو أصابع قدم الساق الممدودة، مع إبقاء ظهرك مستقيمًا.</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>اجلس مع فرد إحدى الساقين وثني الساق الأخرى إلى الداخل.</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>إطالة العضلات الألوية (وضعية الحمامة)</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>إطالة العضلات الألوية وتخفيف الشد في أسفل الظهر.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>قدّم إحدى ركبتيك إلى الأمام وضعها خلف يدك المقابلة</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>ابدأ في وضعية الارتكاز على اليدين والركبتين.</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>قدّم إحدى ركبتيك إلى الأمام وضعها خلف يدك المقابلة، مع مدّ الساق الأخرى مستقيمة إلى الخلف.</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>أنزل وركيك برفق نحو الأرض ومِل إلى الأمام فوق الساق المثنية.</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>وضعية الطفل</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>إطالة أسفل الظهر وإرخاء العمود الفقري.</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>اجلس إلى الخلف على كعبيك مع مدّ ذراعيك إلى الأمام. دع جبهتك ترتاح على الأرض</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>ابدأ بالارتكاز على يديك وركبتيك، ثم اجلس إلى الخلف على كعبيك مع مدّ ذراعيك إلى الأمام.</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>دع جبهتك ترتاح على الأرض واسترخِ.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>تشغيل النغمات أو إيقافها</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>تشغيل الإرشاد الصوتي أو إيقافه</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>سرعة الكلام</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>مدة الثبات</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>مدة الاستعداد</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>مدة تبديل الجانب</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>اختيار تمارين الإطالة</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>تشغيل التذكيرات أو إيقافها</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>نوع التذكيرات</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>أوقات التذكير</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>الساعات بين التذكيرات</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>بداية يوم العمل</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>نهاية يوم العمل</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>أيام التذكير</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>الصمت بعد تحقيق الهدف</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>سمة الألوان</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>تعذرت قراءة الإعداد المحفوظ «{setting}»، لذا تُستخدم القيمة الافتراضية مجددًا.</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>تعذرت قراءة الإعدادات المحفوظة «{settings}» و«{last}»، لذا تُستخدم القيم الافتراضية مجددًا.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names in a list</comment>
        <extracomment>Between the names of a list (&quot;hold length, get-ready time&quot;): Chinese 、 Arabic ،</extracomment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>تُستخدم اللغة الجديدة من المرة القادمة التي يبدأ فيها التطبيق.</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>التشغيل عند تسجيل الدخول (بهدوء، في علبة النظام)</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation> (جلسة)</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation> (جلسات)</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>ذكّرني بالإطالة</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>في هذه الأوقات</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>كل بضع ساعات أثناء عملي</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>أوقات التذكير</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>الساعات بين التذكيرات</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation> س</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>بداية يوم العمل</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>نهاية يوم العمل</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>لا مزيد من التذكيرات بعد تحقيق الهدف</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>كل</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>في</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>النشرة: 2–3 مرات يوميًا.</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>اكتب الأوقات هكذا: {example}.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>يجب أن ينتهي يوم العمل بعد بدايته.</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>النشرة: ثبّت كل تمرين إطالة 30 ثانية. تبدأ تمارين الإطالة الأخرى أو الترتيب الآخر من الجلسة التالية؛ ومدة الثبات الجديدة من المرحلة التالية.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> ث</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>مدة الثبات</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>مدة الاستعداد</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>مدة تبديل الجانب</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>تمارين الإطالة في البرنامج، بالترتيب</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>إعادة التعيين حسب النشرة</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>تمارين الإطالة السبعة كلها، بترتيب النشرة، بثبات 30 ث</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>ثبّت كل تمرين إطالة لمدة</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>الاستعداد قبل تمرين الإطالة</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>الاستعداد بين الجانبين</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>تمارين الإطالة (ضع علامة لتضمينها، واسحبها أو حرّكها لإعادة ترتيبها)</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>فتح وصفة…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>استخدام برنامج النشرة</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>إعداد برنامج لمريض…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>تتبع برنامج النشرة.</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>اختار معالجك تمارين الإطالة هذه ومدد ثباتها؛ لتختار بنفسك، استخدم برنامج النشرة.</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>ضع علامة على تمرين إطالة واحد على الأقل.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>تعذرت قراءة إعداداتك في {path} أو نقلها جانبًا، لذا تُستخدم القيم الافتراضية في هذا التشغيل.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>تعذرت قراءة إعداداتك، لذا نُقلت إلى {moved} وتُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>لا يمكن حفظ إعداداتك في {path}، لذا تبقى التغييرات حتى إغلاق التطبيق فقط.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>المجلد {folder} ملك لشخص آخر أو مفتوح للآخرين، لذا بدأ التطبيق دونه: قد يؤدي تشغيله مرة أخرى إلى فتح نافذة ثانية.</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>يستخدم برنامج آخر القناة التي يستخدمها هذا التطبيق ليعمل كنسخة واحدة ({name})، لذا بدأ على أي حال: قد يؤدي تشغيله مرة أخرى إلى فتح نافذة ثانية.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound and voice</source>
        <translation>الصوت والإرشاد الصوتي</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>النغمات، والإرشاد الصوتي، ومستوى الصوت، وسرعة الكلام (M للكتم)</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>الصوت: لا يمكن تشغيل أي صوت</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>بلا صوت</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>الصوت: النغمات والإرشاد الصوتي</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>الصوت مُفعّل</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>الصوت: النغمات فقط</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>النغمات فقط</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>الصوت: الإرشاد الصوتي فقط</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>الإرشاد الصوتي فقط</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>الصوت: متوقف</translation>
    </message>
    <message>
        <source>Chimes</source>
        <translation>النغمات</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>النغمات مُفعّلة</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>الإرشاد الصوتي</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>الإرشاد الصوتي مُفعّل</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>سرعة الكلام</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>تعذر تحميل أصوات النغمات والإرشاد الصوتي غير متاح، لذا الجلسة صامتة؛ وتواصل الشاشة عرض كل خطوة.</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>المرة {repetition} من {repetitions}</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>ابدأ متى كنت مستعدًا</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>بدّل الجانب</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>استعد · التالي</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>واصل الحركة</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>ثبّت الوضعية</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>حركة — تحرّك ببطء باستمرار، دون ثبات</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>ثبات — ابقَ ساكنًا في وضعية الإطالة</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>ما عليك فعله الآن</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>تمرين الإطالة</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>ثبات أو حركة</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>ملاحظة المعالج</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;الهدف:&lt;/b&gt; {objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;من معالجك:&lt;/b&gt; {note}</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>s: seconds, abbreviated.</extracomment>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>ثانية واحدة</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} ث</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>نحو دقيقة واحدة</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>نحو {count} د</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>نحو ساعة واحدة</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>نحو {count} س</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>الجلسات المنجزة اليوم: {done} من 1</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>الجلسات المنجزة اليوم: {done} من {goal}</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>بدء جلسة</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>إظهار النافذة</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>تأجيل 10 دقائق</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>تخطي هذا التذكير</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>إيقاف التذكيرات مؤقتًا</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة واحدة</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>استئناف التذكيرات</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>الإرشاد الصوتي غير متاح على هذا الحاسوب ({reason})؛ ولا تزال النغمات تعمل.</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>تعذر تحميل مكتبة الكلام {library}</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>لا يوجد صوت باللغة الإنجليزية مثبّت على هذا الحاسوب، لذا الإرشاد الصوتي متوقف؛ ولا تزال النغمات تعمل.</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>لا يوجد صوت باللغة الإسبانية مثبّت على هذا الحاسوب، لذا الإرشاد الصوتي متوقف؛ ولا تزال النغمات تعمل.</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>لا يوجد صوت باللغة الألمانية مثبّت على هذا الحاسوب، لذا الإرشاد الصوتي متوقف؛ ولا تزال النغمات تعمل.</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>لا يوجد صوت للغة {language} مثبّت على هذا الحاسوب، لذا الإرشاد الصوتي متوقف؛ ولا تزال النغمات تعمل.</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>لم يُختر أي محرك كلام</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>لا يوجد محرك كلام مثبّت</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>لم يبدأ المحرك {engine}</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>لا يوجد صوت مثبّت في المحرك {engine}</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>توقف محرك الكلام عن العمل</translation>
    </message>
</context>
</TS>
