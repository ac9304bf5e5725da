<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>each section needs a &apos;{heading}&apos; and &apos;{paragraphs}&apos;</source>
        <translation>每个部分都需要&apos;{heading}&apos;和&apos;{paragraphs}&apos;</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>第{number}部分</translation>
    </message>
    <message>
        <source>there are no sections</source>
        <translation>没有任何部分</translation>
    </message>
    <message>
        <source>What are back spasms?</source>
        <translation>什么是背部痉挛？</translation>
    </message>
    <message>
        <source>Back spasms often result from myofascial trigger points, also known as muscle knots. These knots cause muscles to tighten, harden, and become painful. Factors contributing to their formation include injury, poor posture, repetitive movements, chronic tension, or even a poor night&apos;s sleep.</source>
        <translation>背部痉挛通常由肌筋膜触发点引起，触发点也称为肌肉结节。这些结节会使肌肉紧绷、变硬并产生疼痛。促使其形成的因素包括损伤、不良姿势、重复性动作、慢性紧张，甚至一晚没睡好。</translation>
    </message>
    <message>
        <source>How is it treated?</source>
        <translation>如何治疗？</translation>
    </message>
    <message>
        <source>Treating trigger points effectively requires a multimodal approach. Applying heat can enhance blood flow and relax muscles. Daily stretching of the affected muscles improves mobility and range of motion. Engaging in aerobic exercises, like walking or stationary bike, enhances circulation and reduces pain. Additionally, using a massage ball for acupressure therapy can help break up the muscle knots.</source>
        <translation>有效治疗触发点需要多模式的方法。热敷可以增加血流并放松肌肉。每天拉伸受累的肌肉可以改善活动能力和活动范围。进行有氧运动，如步行或骑固定自行车，可以促进血液循环并减轻疼痛。此外，使用按摩球进行指压治疗有助于松解肌肉结节。</translation>
    </message>
    <message>
        <source>How to prevent back spasms?</source>
        <translation>如何预防背部痉挛？</translation>
    </message>
    <message>
        <source>Ensure your work and office ergonomics are optimal. Regularly take breaks and engage in stretching exercises to avoid tightness. Addressing early, mild symptoms promptly can often prevent them from worsening.</source>
        <translation>请确保您的工作方式和办公环境符合最佳人体工学。定期休息并做拉伸运动，以免肌肉紧绷。及时处理早期的轻微症状，通常可以防止其加重。</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>注意安全</translation>
    </message>
    <message>
        <source>Stop a stretch that makes the pain sharper.</source>
        <translation>如果某个拉伸动作使疼痛加剧，请停止该动作。</translation>
    </message>
    <message>
        <source>See a clinician promptly for numbness, leg weakness, loss of bladder or bowel control, fever, or pain after a fall.</source>
        <translation>如出现麻木、腿部无力、大小便失禁、发热，或跌倒后出现疼痛，请及时找医生就诊。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About back spasms</source>
        <translation>关于背部痉挛</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>A routine from your clinician</source>
        <translation>医生为您制定的拉伸方案</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>会有哪些变化</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use this routine. The handout&apos;s routine stays one click away in Settings, and your history is kept.</source>
        <translation>在您选择“使用此拉伸方案”之前，一切都不会改变。在“设置”中点击一下即可恢复指导单上的拉伸方案，您的历史记录也会保留。</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>使用此拉伸方案</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不使用</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Next: {stretch}. Get ready.</source>
        <translation>接下来：{stretch}。请准备。</translation>
    </message>
    <message>
        <source>Keep moving. 1 second.</source>
        <translation>持续活动1秒。</translation>
    </message>
    <message>
        <source>Keep moving. {seconds} seconds.</source>
        <translation>持续活动{seconds}秒。</translation>
    </message>
    <message>
        <source>Hold. 1 second.</source>
        <translation>保持1秒。</translation>
    </message>
    <message>
        <source>Hold. {seconds} seconds.</source>
        <translation>保持{seconds}秒。</translation>
    </message>
    <message>
        <source>Switch sides: left side.</source>
        <translation>换边：左侧。</translation>
    </message>
    <message>
        <source>Switch sides: right side.</source>
        <translation>换边：右侧。</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>换边。</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of 1 hold.</source>
        <translation>拉伸方案已完成。您完成了1组中的{done}组。</translation>
    </message>
    <message>
        <source>Routine complete. You did {done} of {planned} holds.</source>
        <translation>拉伸方案已完成。您完成了{planned}组中的{done}组。</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of 1 hold.</source>
        <translation>练习已结束。您完成了1组中的{done}组。</translation>
    </message>
    <message>
        <source>Session ended. You did {done} of {planned} holds.</source>
        <translation>练习已结束。您完成了{planned}组中的{done}组。</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}. Press Resume to go on.</source>
        <translation>已暂停：电脑休眠或繁忙了{gap}。请按“继续”接着练习。</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>还剩十秒。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>继续。</translation>
    </message>
    <message>
        <source>{stretch}.</source>
        <translation>{stretch}。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The app is already running, so it was brought to the front; quit it first to start it with {options}.</source>
        <translation>本应用已在运行，已将其切换到前台；如需以{options}启动，请先退出应用。</translation>
    </message>
    <message>
        <source>No sessions are recorded yet in {folder}.</source>
        <translation>{folder}中尚无练习记录。</translation>
    </message>
    <message>
        <source>The clinician&apos;s routine kept in {folder} could not be read, so the report is about the handout&apos;s routine ({why}).</source>
        <translation>无法读取保存在{folder}中的医生制定的拉伸方案，因此报告针对的是指导单上的拉伸方案（{why}）。</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine does not fit this routine file, so the handout&apos;s routine is used.</source>
        <translation>医生制定的拉伸方案与此拉伸方案文件不符，因此使用指导单上的拉伸方案。</translation>
    </message>
    <message>
        <source>None of the chosen stretches is in this routine, so all of them are used.</source>
        <translation>所选的拉伸动作都不在此拉伸方案中，因此使用全部拉伸动作。</translation>
    </message>
    <message>
        <source>The stretch pictures could not be loaded, so names are shown instead ({why}).</source>
        <translation>无法加载拉伸动作图片，因此改为显示名称（{why}）。</translation>
    </message>
    <message>
        <source>Something went wrong inside the app and it has to close; the details are in {log}.</source>
        <translation>应用内部出错，必须关闭；详细信息见{log}。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside the app; it carries on with your session and history as they were, and the details are in {log}.</source>
        <translation>应用内部发生意外错误；应用将继续运行，您的练习和历史记录保持原样，详细信息见{log}。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not check start on login because {place} could not be read: {reason}.</source>
        <extracomment>{place} is a file, or the registry key; {reason} is the system&apos;s reason.</extracomment>
        <translation>无法检查登录时启动设置，因为无法读取{place}：{reason}。</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be written: {reason}.</source>
        <translation>无法开启登录时启动，因为无法写入{place}：{reason}。</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be removed: {reason}.</source>
        <translation>无法关闭登录时启动，因为无法删除{place}：{reason}。</translation>
    </message>
    <message>
        <source>Could not turn on start on login because {place} could not be changed: {reason}.</source>
        <translation>无法开启登录时启动，因为无法修改{place}：{reason}。</translation>
    </message>
    <message>
        <source>Could not turn off start on login because {place} could not be changed: {reason}.</source>
        <translation>无法关闭登录时启动，因为无法修改{place}：{reason}。</translation>
    </message>
    <message>
        <source>the registry key {key}</source>
        <translation>注册表项{key}</translation>
    </message>
    <message>
        <source>Start quietly in the tray when you log in</source>
        <translation>登录时在系统托盘中静默启动</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>None</source>
        <extracomment>The calendar&apos;s legend: a day without sessions.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>{goal} or more: goal met</source>
        <translation>{goal}次及以上：已达成目标</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The calendar&apos;s legend: the outlined cell is today.</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>How a day is written under the charts and in their sentences: a QDate format (d: day, MMM: short month name, as &quot;26 Oct&quot;); keep it short.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No pain ratings yet</source>
        <translation>尚无疼痛评分</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>练习前</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>练习后</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain chart&apos;s axis at 0, as &quot;0 No pain&quot;.</extracomment>
        <translation>{value}：无痛</translation>
    </message>
    <message>
        <source>{value} Worst</source>
        <extracomment>The pain chart&apos;s axis at 10, as &quot;10 Worst&quot; (keep it short: the worst pain).</extracomment>
        <translation>{value}：最痛</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>No sound output was found, so the chimes and the voice are silent; the screen still shows every step.</source>
        <translation>未找到声音输出设备，因此提示音和语音都不会播放；屏幕上仍会显示每一步。</translation>
    </message>
    <message>
        <source>The chime sounds could not be loaded, so the session runs without them.</source>
        <translation>无法加载提示音，因此本次练习将不播放提示音。</translation>
    </message>
    <message>
        <source>The chimes are silent because the sound library {library} could not be loaded on this computer; the screen still shows every step.</source>
        <translation>由于此电脑无法加载声音库{library}，提示音不会播放；屏幕上仍会显示每一步。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>{app}: a guided routine of seven back stretches, 2-3 times a day, that you can follow by eye or by ear.</source>
        <translation>{app}：一套引导式的七个背部拉伸动作，每天2～3次，您可以看屏幕或听语音跟着做。</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>a prescription from your clinician to look at and, if you accept it, follow</source>
        <translation>医生开具的处方，供您查看，如您接受即按其练习</translation>
    </message>
    <message>
        <source>use this routine file instead of the handout&apos;s</source>
        <translation>使用此拉伸方案文件，而不是指导单上的拉伸方案</translation>
    </message>
    <message>
        <source>check a prescription file and print what it would change, or what is wrong with it, and exit</source>
        <translation>检查处方文件，显示它会带来哪些变化或有什么错误，然后退出</translation>
    </message>
    <message>
        <source>a fixed get-ready time before each new stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 5)</source>
        <translation>每个新拉伸动作前的固定准备时间，不播报步骤（默认：与播报各步骤所需时间相同，且不少于“设置”中的值，5）</translation>
    </message>
    <message>
        <source>a fixed get-ready time between the two sides of a stretch, without the spoken steps (default: as long as the steps take to say, at least as in Settings, 3)</source>
        <translation>同一拉伸动作两侧之间的固定准备时间，不播报步骤（默认：与播报各步骤所需时间相同，且不少于“设置”中的值，3）</translation>
    </message>
    <message>
        <source>start quietly in the tray, to remind (how start on login starts it)</source>
        <translation>在系统托盘中静默启动，用于提醒（登录时启动即以此方式启动）</translation>
    </message>
    <message>
        <source>print every hold of the routine and exit</source>
        <translation>列出拉伸方案中的每一组并退出</translation>
    </message>
    <message>
        <source>print every cue of a whole session (chimes, speech, ticks) with its time, and exit</source>
        <translation>列出整次练习中的每个提示（提示音、语音、滴答声）及其时间，然后退出</translation>
    </message>
    <message>
        <source>with --print-routine or --timeline: as JSON</source>
        <translation>与--print-routine或--timeline一起使用：以JSON格式输出</translation>
    </message>
    <message>
        <source>rendering the window to a picture</source>
        <translation>将窗口渲染为图片</translation>
    </message>
    <message>
        <source>render the window offscreen to PNG and exit</source>
        <translation>在屏幕外将窗口渲染为PNG并退出</translation>
    </message>
    <message>
        <source>the hold to show, from 1 (default 1)</source>
        <translation>要显示的组，从1开始（默认1）</translation>
    </message>
    <message>
        <source>window size (960x640)</source>
        <translation>窗口大小（960x640）</translation>
    </message>
    <message>
        <source>colours to use (default: the system&apos;s)</source>
        <translation>使用的配色（默认：跟随系统）</translation>
    </message>
    <message>
        <source>what the session is doing (hold)</source>
        <translation>练习所处的阶段（hold）</translation>
    </message>
    <message>
        <source>text size, 0.75 to 2 (default 1, as Ctrl+0)</source>
        <translation>文字大小，0.75至2（默认1，同Ctrl+0）</translation>
    </message>
    <message>
        <source>write a PNG of every hold&apos;s demonstration (each step and the hold, light and dark) and exit</source>
        <translation>为每组的演示（每一步及保持姿势，浅色和深色）各保存PNG图片并退出</translation>
    </message>
    <message>
        <source>write every hold&apos;s demonstration as joint positions (JSON, metres) and exit</source>
        <translation>将每组的演示保存为关节位置（JSON，单位：米）并退出</translation>
    </message>
    <message>
        <source>history and reports</source>
        <translation>历史记录和报告</translation>
    </message>
    <message>
        <source>keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)</source>
        <translation>将历史记录保存在DIR中（默认：BACKSPASM_DATA_DIR，否则为您的数据文件夹）</translation>
    </message>
    <message>
        <source>write every session to a CSV file and exit</source>
        <translation>将所有练习写入CSV文件并退出</translation>
    </message>
    <message>
        <source>write the one-page progress report for your clinician and exit</source>
        <translation>生成供医生查看的一页进度报告并退出</translation>
    </message>
    <message>
        <source>with --report: the first day, YYYY-MM-DD (default: four weeks before --to)</source>
        <translation>与--report一起使用：起始日期，YYYY-MM-DD（默认：--to之前四周）</translation>
    </message>
    <message>
        <source>with --report: the last day, YYYY-MM-DD (default: today)</source>
        <translation>与--report一起使用：截止日期，YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
        <source>with --report: the name to print on it (default: a line to write on)</source>
        <translation>与--report一起使用：报告上打印的姓名（默认：留一条横线供手写）</translation>
    </message>
    <message>
        <source>the language to use this time (default: as in Settings, else the system&apos;s)</source>
        <translation>本次使用的语言（默认：“设置”中的语言，否则为系统语言）</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>同时将日志输出到终端</translation>
    </message>
    <message>
        <source>give the prescription either to open or to --check-prescription</source>
        <translation>处方文件只能用于打开或--check-prescription二者之一</translation>
    </message>
    <message>
        <source>--json goes with --print-routine or --timeline</source>
        <translation>--json需与--print-routine或--timeline一起使用</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --report</source>
        <translation>--from、--to和--name需与--report一起使用</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first}晚于--to {last}</translation>
    </message>
    <message>
        <source>{text} is not a prescription: a prescription file&apos;s name ends in {extension}</source>
        <translation>{text}不是处方：处方文件的名称以{extension}结尾</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD such as 2026-11-30, got {text}</source>
        <translation>应为YYYY-MM-DD格式的日期，例如2026-11-30，实际为{text}</translation>
    </message>
    <message>
        <source>expected a number of seconds, got {text}</source>
        <translation>应为秒数，实际为{text}</translation>
    </message>
    <message>
        <source>must be between 0 and 60 seconds, got {text}</source>
        <translation>必须在0到60秒之间，实际为{text}</translation>
    </message>
    <message>
        <source>expected a text size from 0.75 to 2, got {text}</source>
        <translation>文字大小应在0.75到2之间，实际为{text}</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 960x640, got {text}</source>
        <translation>应为“宽x高”格式，例如960x640，实际为{text}</translation>
    </message>
    <message>
        <source>{text} is outside 320x240 to 8192x8192</source>
        <translation>{text}超出了320x240到8192x8192的范围</translation>
    </message>
    <message>
        <source>--step must be between 1 and {holds}, got {step}</source>
        <translation>--step必须在1到{holds}之间，实际为{step}</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再做一次</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>持续活动</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>{side} · {phase}</source>
        <translation>{side} · {phase}</translation>
    </message>
    <message>
        <source>{app}, compact panel</source>
        <translation>{app}，紧凑面板</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一组</translation>
    </message>
    <message>
        <source>Go back one hold</source>
        <translation>返回上一组</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>开始或暂停（空格键）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一组</translation>
    </message>
    <message>
        <source>Go on to the next hold</source>
        <translation>进入下一组</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>完整窗口</translation>
    </message>
    <message>
        <source>Back to the full window (Ctrl+M)</source>
        <translation>返回完整窗口（Ctrl+M）</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>拉伸方案已完成</translation>
    </message>
    <message>
        <source>{stretch}, {phase}</source>
        <translation>{stretch}，{phase}</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再做一次</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一组</translation>
    </message>
    <message>
        <source>Go back one hold (Left arrow)</source>
        <extracomment>In a right-to-left language Previous is on the right and the Right arrow goes back: name the Right arrow there.</extracomment>
        <translation>返回上一组（左方向键）</translation>
    </message>
    <message>
        <source>Start or pause the routine (Space)</source>
        <translation>开始或暂停拉伸方案（空格键）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一组</translation>
    </message>
    <message>
        <source>Go on to the next hold (Right arrow)</source>
        <extracomment>In a right-to-left language Next is on the left and the Left arrow goes on: name the Left arrow there.</extracomment>
        <translation>进入下一组（右方向键）</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start the routine again from the first stretch (R twice)</source>
        <translation>从第一个拉伸动作重新开始拉伸方案（按两次R）</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>持续活动</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>1 second left, {mode}</source>
        <translation>还剩1秒，{mode}</translation>
    </message>
    <message>
        <source>{seconds} seconds left, {mode}</source>
        <translation>还剩{seconds}秒，{mode}</translation>
    </message>
    <message>
        <source>{time} left, {mode}</source>
        <translation>还剩{time}，{mode}</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The sessions could not be saved to {path}: {reason}.</source>
        <translation>无法将练习记录保存到{path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done — routine complete.</source>
        <translation>做得好，拉伸方案已完成。</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>练习已结束。</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side. {how}</source>
        <extracomment>{how} is the stretch&apos;s spoken cue: one line of its instructions.</extracomment>
        <translation>接下来：{stretch}，左侧。{how}</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side. {how}</source>
        <translation>接下来：{stretch}，右侧。{how}</translation>
    </message>
    <message>
        <source>Next: {stretch}. {how}</source>
        <translation>接下来：{stretch}。{how}</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>换边。</translation>
    </message>
    <message>
        <source>{word}…</source>
        <extracomment>A movement&apos;s word (&quot;Cat&quot;, already translated) drawn out as it is said.</extracomment>
        <translation>{word}……</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>还剩十秒。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>继续。</translation>
    </message>
    <message>
        <source>Next: {stretch}, left side.</source>
        <translation>接下来：{stretch}，左侧。</translation>
    </message>
    <message>
        <source>Next: {stretch}, right side.</source>
        <translation>接下来：{stretch}，右侧。</translation>
    </message>
    <message>
        <source>Next: {stretch}.</source>
        <translation>接下来：{stretch}。</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Back Spasm Stretches is still running in the tray so it can remind you. Quit it from the tray menu.</source>
        <translation>Back Spasm Stretches仍在系统托盘中运行，以便提醒您。如需退出，请使用托盘菜单。</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders come only while the app is open, and closing the window quits it.</source>
        <translation>此桌面没有系统托盘，因此只有在应用打开时才会提醒，关闭窗口即退出应用。</translation>
    </message>
    <message>
        <source>{done} of {goal} session done today.</source>
        <translation>今天已完成{done}/{goal}次练习。</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>今天已完成{done}/{goal}次练习。</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>提醒已关闭</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>提醒已暂停至{time}</translation>
    </message>
    <message>
        <source>Next reminder {day} {time}</source>
        <translation>下次提醒：{day} {time}</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>仍在运行</translation>
    </message>
    <message>
        <source>Your new choice of stretches starts with the next session.</source>
        <translation>您新选择的拉伸动作将从下一次练习开始生效。</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>No display found (DISPLAY is not set): run this from a desktop session.</source>
        <translation>未找到显示器（未设置DISPLAY）：请在桌面会话中运行。</translation>
    </message>
    <message>
        <source>No display answers at DISPLAY={display}: run this from a desktop session, or start the X server first.</source>
        <translation>DISPLAY={display}上没有显示器响应：请在桌面会话中运行，或先启动X服务器。</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>And now, after the stretches: how much does your back hurt? (optional)</source>
        <translation>现在，拉伸结束后：您的背部有多痛？（可选）</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>做得好，拉伸方案已完成</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>练习已结束</translation>
    </message>
    <message>
        <source>You did not do the one hold this time.</source>
        <translation>这次您没有完成这唯一的一组。</translation>
    </message>
    <message>
        <source>You did none of the {planned} holds this time.</source>
        <translation>这次{planned}组您一组都没有完成。</translation>
    </message>
    <message>
        <source>You did {done} of 1 hold: {time} of stretching.</source>
        <translation>您完成了1组中的{done}组：拉伸{time}。</translation>
    </message>
    <message>
        <source>You did {done} of {planned} holds: {time} of stretching.</source>
        <translation>您完成了{planned}组中的{done}组：拉伸{time}。</translation>
    </message>
    <message>
        <source>✓ {stretch}: done</source>
        <translation>✓ {stretch}：已完成</translation>
    </message>
    <message>
        <source>– {stretch}: left out</source>
        <translation>– {stretch}：未做</translation>
    </message>
    <message>
        <source>◐ {stretch}: left side done, right side left out</source>
        <translation>◐ {stretch}：左侧已完成，右侧未做</translation>
    </message>
    <message>
        <source>◐ {stretch}: right side done, left side left out</source>
        <translation>◐ {stretch}：右侧已完成，左侧未做</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再做一次</translation>
    </message>
    <message>
        <source>Do the routine again from the first stretch (Space)</source>
        <translation>从第一个拉伸动作开始再做一次拉伸方案（空格键）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file}, line {line}, {place}: {problem}</source>
        <extracomment>{place} is where in the file (&quot;stretch 3 (&apos;cat-cow&apos;)&quot;); {problem} says what is wrong.</extracomment>
        <translation>{file}，第{line}行，{place}：{problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}，第{line}行：{problem}</translation>
    </message>
    <message>
        <source>{file}, {place}: {problem}</source>
        <translation>{file}，{place}：{problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>不是有效的TOML（{detail}）</translation>
    </message>
    <message>
        <source>this file is from an older version (schema {old}); this one reads schema {new}</source>
        <translation>此文件来自较旧的版本（格式版本{old}）；当前版本读取格式版本{new}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>stretch {number} (&apos;{id}&apos;)</source>
        <translation>第{number}个拉伸动作（&apos;{id}&apos;）</translation>
    </message>
    <message>
        <source>stretch {number}</source>
        <translation>第{number}个拉伸动作</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>未知的键&apos;{key}&apos;（允许：{allowed}）</translation>
    </message>
    <message>
        <source>the required key &apos;{key}&apos; is missing</source>
        <translation>缺少必需的键&apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>&apos;{key}&apos;必须是非空文本，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; it may be at most {most}</source>
        <translation>&apos;{key}&apos;长度为{count}个字符，最多只能有{most}个</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, got {value}</source>
        <translation>&apos;{key}&apos;必须是整数，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be between {least} and {most}, got {value}</source>
        <translation>&apos;{key}&apos;必须在{least}到{most}之间，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has {count} entries; it may have at most {most}</source>
        <translation>&apos;{key}&apos;有{count}项，最多只能有{most}项</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是UTF-8文本</translation>
    </message>
    <message>
        <source>this is not valid TOML ({detail})</source>
        <translation>不是有效的TOML（{detail}）</translation>
    </message>
    <message>
        <source>the values are nested more than {most} levels deep, which no file of ours needs</source>
        <translation>值的嵌套超过{most}层，我们的任何文件都不需要这么深</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count}字节</translation>
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
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is not an ordinary file (it is a pipe, a device or a socket), so it is not read</source>
        <translation>这不是普通文件（而是管道、设备或套接字），因此不予读取</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {most} such a file may be</source>
        <translation>文件大小为{size}，超过了此类文件的上限{most}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No pain</source>
        <translation>无痛</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>能想象到的最剧烈疼痛</translation>
    </message>
    <message>
        <source>left out of the routine</source>
        <translation>未纳入拉伸方案</translation>
    </message>
    <message>
        <source>not in the handout</source>
        <translation>指导单中没有</translation>
    </message>
    <message>
        <source>held {used} (handout: {handout})</source>
        <translation>保持{used}（指导单：{handout}）</translation>
    </message>
    <message>
        <source>{done} of 1 hold done</source>
        <translation>1组中完成了{done}组</translation>
    </message>
    <message>
        <source>{done} of {planned} holds done</source>
        <translation>{planned}组中完成了{done}组</translation>
    </message>
    <message>
        <source>as in the handout</source>
        <translation>与指导单相同</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Save sessions as CSV</source>
        <translation>将练习记录保存为CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved your sessions to {path}.</source>
        <translation>已将您的练习记录保存到{path}。</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>保存给医生的报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for your clinician to {path}.</source>
        <translation>已将给医生的报告保存到{path}。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>A session could not be saved because the history was closed.</source>
        <translation>由于历史记录已关闭，无法保存一次练习。</translation>
    </message>
    <message>
        <source>A session could not be saved to your history ({reason}), so it may be missing from your progress.</source>
        <translation>无法将一次练习保存到您的历史记录（{reason}），因此您的进度中可能缺少这次练习。</translation>
    </message>
    <message>
        <source>Your session history could not be read ({reason}).</source>
        <translation>无法读取您的练习历史记录（{reason}）。</translation>
    </message>
    <message>
        <source>A session in your history could not be read and is left out.</source>
        <translation>您的历史记录中有一次练习无法读取，已略去。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>无法写入文件夹{folder}，因此历史记录已关闭：本次运行期间的练习将在应用关闭后丢失。</translation>
    </message>
    <message>
        <source>Your session history at {path} was written by a newer version of the app, so it was left as it is and history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>位于{path}的练习历史记录由较新版本的应用写入，因此保持原样未动，历史记录已关闭：本次运行期间的练习将在应用关闭后丢失。</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be opened ({reason}), so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>无法打开位于{path}的练习历史记录（{reason}），因此历史记录已关闭：本次运行期间的练习将在应用关闭后丢失。</translation>
    </message>
    <message>
        <source>Your session history could not be read, so it was moved to {moved} and a new one was started.</source>
        <translation>无法读取您的练习历史记录，因此已将其移至{moved}，并新建了一份。</translation>
    </message>
    <message>
        <source>Your session history at {path} could not be read or replaced, so history is off: this run&apos;s sessions will be forgotten when the app closes.</source>
        <translation>位于{path}的练习历史记录既无法读取也无法替换，因此历史记录已关闭：本次运行期间的练习将在应用关闭后丢失。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The {language} translation could not be found, so the app is in English.</source>
        <translation>找不到{language}的翻译文件，因此应用以英语显示。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{time} left</source>
        <translation>还剩{time}</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>您在拉伸方案中的进度</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>本次练习剩余时间</translation>
    </message>
    <message>
        <source>About back spasms</source>
        <translation>关于背部痉挛</translation>
    </message>
    <message>
        <source>What back spasms are, how they are treated, staying safe (F1)</source>
        <translation>什么是背部痉挛、如何治疗、注意安全（F1）</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>紧凑模式</translation>
    </message>
    <message>
        <source>A small panel that stays on top (Ctrl+M)</source>
        <translation>始终置顶的小面板（Ctrl+M）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Routine, sound, reminders and colours (Ctrl+,)</source>
        <translation>拉伸方案、声音、提醒和颜色（Ctrl+,）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Sessions, streaks, pain over time, reports (Ctrl+P)</source>
        <translation>练习、连续天数、疼痛变化、报告（Ctrl+P）</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Progress, compact panel, settings and About</source>
        <translation>进度、紧凑面板、设置和关于</translation>
    </message>
    <message>
        <source>About</source>
        <comment>short for About back spasms, in a narrow window</comment>
        <translation>关于</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now? (optional)</source>
        <translation>开始前：您的背部现在有多痛？（可选）</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {gap}, so the session stopped where you were. Press Resume to go on.</source>
        <translation>已暂停：电脑休眠或繁忙了{gap}，因此练习停在了您当时的位置。请按“继续”接着练习。</translation>
    </message>
    <message>
        <source>Well done — {app}</source>
        <translation>做得好 — {app}</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>拉伸方案已完成</translation>
    </message>
    <message>
        <source>Session ended — {app}</source>
        <translation>练习已结束 — {app}</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>练习已结束</translation>
    </message>
    <message>
        <source>{stretch} — {app}</source>
        <translation>{stretch} — {app}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total} · {side}</source>
        <translation>第{number}/{total}个拉伸动作 · {side}</translation>
    </message>
    <message>
        <source>Stretch {number} of {total}</source>
        <translation>第{number}/{total}个拉伸动作</translation>
    </message>
    <message>
        <source>Started again from the first stretch.</source>
        <translation>已从第一个拉伸动作重新开始。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Press R again to start over from the first stretch.</source>
        <translation>再按一次R，从第一个拉伸动作重新开始。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>处理此提示</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>关闭此提示</translation>
    </message>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>How many notices wait, as &quot;1 of 3&quot;: OK shows the next.</extracomment>
        <translation>{shown}/{all}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Start now</source>
        <translation>立即开始</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10分钟后再提醒</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>无痛</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>能想象到的最剧烈疼痛</translation>
    </message>
    <message>
        <source>{value}, no pain</source>
        <translation>{value}，无痛</translation>
    </message>
    <message>
        <source>{value}, worst pain imaginable</source>
        <translation>{value}，能想象到的最剧烈疼痛</translation>
    </message>
    <message>
        <source>A number from 0, no pain, to 10, the worst pain imaginable. Optional.</source>
        <translation>0到10之间的数字，0表示无痛，10表示能想象到的最剧烈疼痛。可选。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>跳过疼痛评分</translation>
    </message>
    <message>
        <source>Carry on without rating</source>
        <translation>不评分，继续</translation>
    </message>
    <message>
        <source>{question} &lt;b&gt;{value}&lt;/b&gt; — noted, thank you.</source>
        <translation>{question}&lt;b&gt;{value}&lt;/b&gt;——已记录，谢谢。</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>The system names no folder for the app&apos;s data; start it with {option}.</source>
        <translation>系统没有为本应用指定数据文件夹；请使用{option}启动。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>1 hold, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>1组，拉伸{stretching}（含准备时间共{total}）</translation>
    </message>
    <message>
        <source>{holds} holds, {stretching} of stretching ({total} with the lead-ins)</source>
        <translation>{holds}组，拉伸{stretching}（含准备时间共{total}）</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>目的：{objective}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — keep moving, {seconds}</source>
        <extracomment>A hold in --print-routine; {side} is &quot;Left side&quot; or &quot;Right side&quot;, {seconds} &quot;30 s&quot;.</extracomment>
        <translation>{stretch} · {side} — 持续活动，{seconds}</translation>
    </message>
    <message>
        <source>{stretch} · {side} — hold, {seconds}</source>
        <translation>{stretch} · {side} — 保持，{seconds}</translation>
    </message>
    <message>
        <source>{stretch} — keep moving, {seconds}</source>
        <translation>{stretch} — 持续活动，{seconds}</translation>
    </message>
    <message>
        <source>{stretch} — hold, {seconds}</source>
        <translation>{stretch} — 保持，{seconds}</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>on hands and knees</source>
        <translation>双手双膝着地</translation>
    </message>
    <message>
        <source>lying face down, chest lifted on the hands</source>
        <translation>俯卧，双手撑起胸部</translation>
    </message>
    <message>
        <source>lying on the back, one knee pulled to the chest</source>
        <translation>仰卧，一侧膝盖拉向胸部</translation>
    </message>
    <message>
        <source>lying on the back seen from above, bent knee across the body</source>
        <translation>仰卧，从上方看，屈曲的膝盖越过身体</translation>
    </message>
    <message>
        <source>sitting, one leg out, reaching to the toes</source>
        <translation>坐姿，一条腿伸直，双手伸向脚趾</translation>
    </message>
    <message>
        <source>front knee bent forward, back leg straight, leaning forward</source>
        <translation>前侧膝盖向前屈曲，后侧腿伸直，身体前倾</translation>
    </message>
    <message>
        <source>sitting back on the heels, arms forward, forehead down</source>
        <translation>坐在脚跟上，双臂前伸，额头向下</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>拉伸动作图示</translation>
    </message>
    <message>
        <source>{stretch}, {side}</source>
        <translation>{stretch}，{side}</translation>
    </message>
    <message>
        <source>{stretch}: {position}</source>
        <translation>{stretch}：{position}</translation>
    </message>
</context>
<context>
    <name>Prescribing</name>
    <message>
        <source>You follow your clinician’s routine: {title}.</source>
        <translation>您正在按医生制定的拉伸方案练习：{title}。</translation>
    </message>
    <message>
        <source>Open a prescription from your clinician</source>
        <translation>打开医生开具的处方</translation>
    </message>
    <message>
        <source>This prescription could not be opened, so nothing changed: {why}</source>
        <translation>无法打开此处方，因此未作任何更改：{why}</translation>
    </message>
    <message>
        <source>The prescription could not be kept ({reason}), so nothing changed.</source>
        <translation>无法保存处方（{reason}），因此未作任何更改。</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine is now your routine.</source>
        <translation>医生制定的拉伸方案现已成为您的拉伸方案。</translation>
    </message>
    <message>
        <source>From your clinician: {note}</source>
        <translation>医生留言：{note}</translation>
    </message>
    <message>
        <source>The handout&apos;s routine is your routine again; your history is kept.</source>
        <translation>指导单上的拉伸方案重新成为您的拉伸方案；您的历史记录已保留。</translation>
    </message>
</context>
<context>
    <name>Prescription</name>
    <message>
        <source>Prescribed by {clinician}, {date}</source>
        <translation>由{clinician}开具，{date}</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}</source>
        <translation>由{clinician}开具</translation>
    </message>
    <message>
        <source>Prescribed routine, {date}</source>
        <translation>处方拉伸方案，{date}</translation>
    </message>
    <message>
        <source>Prescribed routine</source>
        <translation>处方拉伸方案</translation>
    </message>
    <message>
        <source>the prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>this is not a prescription file, or it is damaged ({detail})</source>
        <translation>这不是处方文件，或文件已损坏（{detail}）</translation>
    </message>
    <message>
        <source>the prescription has no stretches; add at least one {table} table</source>
        <translation>处方中没有拉伸动作；请至少添加一个{table}表</translation>
    </message>
    <message>
        <source>this prescription has {count} stretches, but the app has {most} and each may be prescribed once</source>
        <translation>此处方有{count}个拉伸动作，但本应用只有{most}个，且每个只能开具一次</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>每个拉伸动作都必须是一个{table}表</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is prescribed twice; give each stretch once</source>
        <translation>&apos;{id}&apos;被开具了两次；每个拉伸动作只能写一次</translation>
    </message>
    <message>
        <source>this is not a prescription file: it does not begin with {line}</source>
        <translation>这不是处方文件：它不是以{line}开头</translation>
    </message>
    <message>
        <source>this prescription is from a newer version of {app} (schema {found}; this version reads schema {known}); update the app to open it</source>
        <translation>此处方来自较新版本的{app}（格式版本{found}；当前版本读取格式版本{known}）；请更新应用后再打开</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <translation>&apos;{key}&apos;必须是{version}，实际为{value}</translation>
    </message>
    <message>
        <source>there is no stretch {id} in this app; the stretches are: {ids}</source>
        <translation>本应用中没有拉伸动作{id}；可用的拉伸动作有：{ids}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches done on each side, and {stretch} is not</source>
        <translation>&apos;{key}&apos;仅适用于两侧分别做的拉伸动作，而{stretch}不是</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{both}&quot;, &quot;{left}&quot; or &quot;{right}&quot;, got {value}</source>
        <translation>&apos;{key}&apos;必须是&quot;{both}&quot;、&quot;{left}&quot;或&quot;{right}&quot;，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>&apos;{key}&apos;必须是文本，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one line</source>
        <translation>&apos;{key}&apos;必须只有一行</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds a control character ({code}), which text never needs</source>
        <translation>&apos;{key}&apos;包含控制字符（{code}），文本中从不需要此类字符</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a day written as {example}, got {value}</source>
        <translation>&apos;{key}&apos;必须是写成{example}形式的日期，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of times written as {example}, got {value}</source>
        <translation>&apos;{key}&apos;必须是写成{example}形式的时间列表，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in the order of the day, each time once</source>
        <translation>&apos;{key}&apos;必须按一天中的先后顺序排列，每个时间只出现一次</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>会有哪些变化：</translation>
    </message>
    <message>
        <source>Note from your clinician:</source>
        <translation>医生留言：</translation>
    </message>
    <message>
        <source>Notes on the stretches:</source>
        <translation>关于拉伸动作的说明：</translation>
    </message>
    <message>
        <source>For {patient}.</source>
        <translation>为{patient}制定。</translation>
    </message>
    <message>
        <source>Each session takes {new} (now {now}).</source>
        <translation>每次练习需要{new}（目前为{now}）。</translation>
    </message>
    <message>
        <source>Left out: {stretch}.</source>
        <translation>去掉：{stretch}。</translation>
    </message>
    <message>
        <source>Added: {stretch} ({how}).</source>
        <translation>新增：{stretch}（{how}）。</translation>
    </message>
    <message>
        <source>{stretch}: {changes}.</source>
        <translation>{stretch}：{changes}。</translation>
    </message>
    <message>
        <source>The order changes to: {stretches}.</source>
        <translation>顺序改为：{stretches}。</translation>
    </message>
    <message>
        <source>The same stretches, holds and order as now.</source>
        <translation>拉伸动作、保持时间和顺序与目前相同。</translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation>保持{seconds}</translation>
    </message>
    <message>
        <source>hold {before} → {after}</source>
        <extracomment>A hold&apos;s length changing: &quot;hold 30 s → 20 s&quot;.</extracomment>
        <translation>保持{before} → {after}</translation>
    </message>
    <message>
        <source>only the left side</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>only the right side</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>once</source>
        <translation>1次</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>2次</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count}次</translation>
    </message>
    <message>
        <source>Prescribed by {clinician} on {date}.</source>
        <translation>由{clinician}于{date}开具。</translation>
    </message>
    <message>
        <source>Prescribed by {clinician}.</source>
        <translation>由{clinician}开具。</translation>
    </message>
    <message>
        <source>Prescribed on {date}.</source>
        <translation>于{date}开具。</translation>
    </message>
    <message>
        <source>The prescription does not say who wrote it.</source>
        <translation>处方中未注明开具人。</translation>
    </message>
    <message>
        <source>1 session a day</source>
        <translation>每天1次练习</translation>
    </message>
    <message>
        <source>{count} sessions a day</source>
        <translation>每天{count}次练习</translation>
    </message>
    <message>
        <source>{sessions}, with no reminder times.</source>
        <translation>{sessions}，不设提醒时间。</translation>
    </message>
    <message>
        <source>{sessions}, a reminder at {time}.</source>
        <translation>{sessions}，在{time}提醒。</translation>
    </message>
    <message>
        <source>{sessions}, reminders at {times} and {last}.</source>
        <extracomment>{times} is all the times but the last, separated by commas: &quot;08:30, 13:00&quot;.</extracomment>
        <translation>{sessions}，在{times}和{last}提醒。</translation>
    </message>
    <message>
        <source>Your clinician&apos;s routine could not be read, so the handout&apos;s routine is used; the file was kept as {file} ({why}).</source>
        <translation>无法读取医生制定的拉伸方案，因此使用指导单上的拉伸方案；该文件已另存为{file}（{why}）。</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Stretch prescriptions (*{extension})</source>
        <extracomment>The file dialog&apos;s filter: keep &quot;(*.stretches)&quot; as it is.</extracomment>
        <translation>拉伸处方 (*{extension})</translation>
    </message>
    <message>
        <source>Make a routine for a patient</source>
        <translation>为患者制定拉伸方案</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The prescription&apos;s date as shown and typed: a QDate format, as in the report.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Hours and minutes, separated by commas; or none</source>
        <translation>时:分，多个时间用半角逗号分隔；也可留空</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after seconds</comment>
        <translation>秒</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>医生(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>患者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Sessions a &amp;day:</source>
        <translation>每天练习次数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reminder times:</source>
        <translation>提醒时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note before the first session:</source>
        <translation>首次练习前的留言(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>每次保持(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>侧别(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Times in a row:</source>
        <translation>连续次数(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>留言(&amp;O)：</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>拉伸动作（勾选以纳入，拖动或移动以调整顺序）</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>每天练习次数</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Note before the first session</source>
        <translation>首次练习前的留言</translation>
    </message>
    <message>
        <source>Stretches, in order</source>
        <translation>拉伸动作（按顺序）</translation>
    </message>
    <message>
        <source>Hold each time</source>
        <translation>每次保持</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>Times in a row</source>
        <translation>连续次数</translation>
    </message>
    <message>
        <source>Note on this stretch</source>
        <translation>此拉伸动作的留言</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>请至少勾选一个拉伸动作。</translation>
    </message>
    <message>
        <source>Write the reminder times as hours and minutes, such as 08:30, 13:00.</source>
        <translation>请按“时:分”填写提醒时间，例如08:30, 13:00。</translation>
    </message>
    <message>
        <source>{holds} holds; each session takes about {time}.</source>
        <translation>{holds}组；每次练习约需{time}。</translation>
    </message>
    <message>
        <source>Open a prescription</source>
        <translation>打开处方</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>已打开{file}。</translation>
    </message>
    <message>
        <source>Save the prescription</source>
        <translation>保存处方</translation>
    </message>
    <message>
        <source>Could not save {file} ({reason}).</source>
        <translation>无法保存{file}（{reason}）。</translation>
    </message>
    <message>
        <source>Saved {file}: give it to your patient.</source>
        <translation>已保存{file}：请将其交给您的患者。</translation>
    </message>
    <message>
        <source>Stretches for {patient}</source>
        <extracomment>The file name offered when saving; {patient} may be empty.</extracomment>
        <translation>{patient}的拉伸动作</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>拉伸动作</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a day is named in the calendar&apos;s tooltips: a QDate format (dddd: the weekday&apos;s name, d: the day, MMMM: the month&apos;s name), as &quot;Monday 26 October&quot;.</extracomment>
        <translation>M月d日dddd</translation>
    </message>
    <message>
        <source>{date}: still to come</source>
        <translation>{date}：尚未到来</translation>
    </message>
    <message>
        <source>{date}: 1 session, goal met</source>
        <translation>{date}：1次练习，已达成目标</translation>
    </message>
    <message>
        <source>{date}: {count} sessions, goal met</source>
        <translation>{date}：{count}次练习，已达成目标</translation>
    </message>
    <message>
        <source>{date}: 1 session</source>
        <translation>{date}：1次练习</translation>
    </message>
    <message>
        <source>{date}: {count} sessions</source>
        <translation>{date}：{count}次练习</translation>
    </message>
    <message>
        <source>1 more was stopped before half its holds, so it does not count.</source>
        <translation>另有1次练习在完成一半组数之前就停止了，因此不计入。</translation>
    </message>
    <message>
        <source>{short} more were stopped before half their holds, so they do not count.</source>
        <translation>另有{short}次练习在完成一半组数之前就停止了，因此不计入。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: no sessions that count.</source>
        <translation>最近{weeks}周：没有计入的练习。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>最近{weeks}周：1天共1次练习；每日目标为{goal}次，有1天达成。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>最近{weeks}周：1天共1次练习；每日目标为{goal}次，尚未达成。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was met on 1 day.</source>
        <translation>最近{weeks}周：1天共{sessions}次练习；每日目标为{goal}次，有1天达成。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on 1 day; the daily goal of {goal} was not met yet.</source>
        <translation>最近{weeks}周：1天共{sessions}次练习；每日目标为{goal}次，尚未达成。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on {met} days.</source>
        <translation>最近{weeks}周：{days}天共{sessions}次练习；每日目标为{goal}次，有{met}天达成。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was met on 1 day.</source>
        <translation>最近{weeks}周：{days}天共{sessions}次练习；每日目标为{goal}次，有1天达成。</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {sessions} sessions on {days} days; the daily goal of {goal} was not met yet.</source>
        <translation>最近{weeks}周：{days}天共{sessions}次练习；每日目标为{goal}次，尚未达成。</translation>
    </message>
    <message>
        <source>Sessions in the last {weeks} weeks</source>
        <translation>最近{weeks}周的练习</translation>
    </message>
    <message>
        <source>Pain before sessions went from {first} in the first week to {last} in the last.</source>
        <translation>练习前的疼痛评分从第一周的{first}变为最后一周的{last}。</translation>
    </message>
    <message>
        <source>Pain after sessions went from {first} in the first week to {last} in the last.</source>
        <translation>练习后的疼痛评分从第一周的{first}变为最后一周的{last}。</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {first} in the week of {week}.</source>
        <translation>练习前的疼痛评分在{week}当周平均为{first}。</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {first} in the week of {week}.</source>
        <translation>练习后的疼痛评分在{week}当周平均为{first}。</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, from {after_first} to {after_last}.</source>
        <translation>练习前的疼痛评分从第一周的{before_first}变为最后一周的{before_last}；练习后的疼痛评分从{after_first}变为{after_last}。</translation>
    </message>
    <message>
        <source>Pain before sessions went from {before_first} in the first week to {before_last} in the last; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>练习前的疼痛评分从第一周的{before_first}变为最后一周的{before_last}；练习后的疼痛评分在{after_week}当周平均为{after_first}。</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, from {after_first} in the first week to {after_last} in the last.</source>
        <translation>练习前的疼痛评分在{before_week}当周平均为{before_first}；练习后的疼痛评分从第一周的{after_first}变为最后一周的{after_last}。</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first}.</source>
        <translation>练习前的疼痛评分在{before_week}当周平均为{before_first}；练习后为{after_first}。</translation>
    </message>
    <message>
        <source>Pain before sessions averaged {before_first} in the week of {before_week}; after sessions, {after_first} in the week of {after_week}.</source>
        <translation>练习前的疼痛评分在{before_week}当周平均为{before_first}；练习后的疼痛评分在{after_week}当周平均为{after_first}。</translation>
    </message>
    <message>
        <source>No pain ratings yet. Rate your pain from 0 to 10 before and after a session.</source>
        <translation>尚无疼痛评分。请在练习前后按0到10为您的疼痛评分。</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>练习前后的疼痛</translation>
    </message>
    <message>
        <source>No sessions yet. Your sessions will appear here once you have done one.</source>
        <translation>尚无练习。完成第一次练习后，您的练习会显示在这里。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Sessions, last {weeks} weeks</source>
        <translation>练习（最近{weeks}周）</translation>
    </message>
    <message>
        <source>Save sessions as CSV…</source>
        <translation>将练习记录保存为CSV…</translation>
    </message>
    <message>
        <source>Save sessions as CSV</source>
        <translation>将练习记录保存为CSV</translation>
    </message>
    <message>
        <source>Every session, one a row, for a spreadsheet</source>
        <translation>所有练习，每次一行，可用于电子表格</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)…</source>
        <translation>给医生的报告（PDF）…</translation>
    </message>
    <message>
        <source>Report for your clinician (PDF)</source>
        <translation>给医生的报告（PDF）</translation>
    </message>
    <message>
        <source>A PDF of sessions, streaks and pain to print or send to your physiotherapist</source>
        <translation>一份包含练习、连续天数和疼痛情况的PDF，可打印或发送给您的物理治疗师</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <extracomment>The button&apos;s shorter words, for when the full ones do not fit across the window.</extracomment>
        <translation>保存为CSV…</translation>
    </message>
    <message>
        <source>Clinician report (PDF)…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Today: {done} sessions — goal of {goal} met</source>
        <translation>今天：{done}次练习——已达成{goal}次的目标</translation>
    </message>
    <message>
        <source>Today: 1 of 1 session — goal met</source>
        <translation>今天：1/1次练习——已达成目标</translation>
    </message>
    <message>
        <source>Today: 0 of 1 session</source>
        <translation>今天：0/1次练习</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions — goal met</source>
        <translation>今天：{done}/{goal}次练习——已达成目标</translation>
    </message>
    <message>
        <source>Today: {done} of {goal} sessions</source>
        <translation>今天：{done}/{goal}次练习</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: 1 day</source>
        <translation>当前连续：1天 · 最长：1天</translation>
    </message>
    <message>
        <source>Current streak: 1 day · Best: {best} days</source>
        <translation>当前连续：1天 · 最长：{best}天</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: 1 day</source>
        <translation>当前连续：{current}天 · 最长：1天</translation>
    </message>
    <message>
        <source>Current streak: {current} days · Best: {best} days</source>
        <translation>当前连续：{current}天 · 最长：{best}天</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The last two days of a list of days, as &quot;Saturdays and Sundays&quot;.</extracomment>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <extracomment>A day and the rest of a list of days, as &quot;Mondays, Wednesdays and Fridays&quot;.</extracomment>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>A day that misses the goal ends a streak.</source>
        <translation>未达成目标的一天会中断连续天数。</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <translation>周末休息不会中断连续天数：休息日未达成目标，连续天数既不中断也不增加。</translation>
    </message>
    <message>
        <source>Weekends off don’t break a streak.</source>
        <translation>周末休息不会中断连续天数。</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak: on a rest day a missed goal neither ends nor adds to it.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>{days}休息不会中断连续天数：休息日未达成目标，连续天数既不中断也不增加。</translation>
    </message>
    <message>
        <source>{days} off don’t break a streak.</source>
        <extracomment>{days} is a list of days, as &quot;Mondays and Fridays&quot;.</extracomment>
        <translation>{days}休息不会中断连续天数。</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least 1 session.</source>
        <translation>连续天数是指您连续每天至少完成1次练习的天数。</translation>
    </message>
    <message>
        <source>A streak is the days in a row you did at least {goal} sessions.</source>
        <translation>连续天数是指您连续每天至少完成{goal}次练习的天数。</translation>
    </message>
    <message>
        <source>Today counts once you reach the goal; until then the streak up to yesterday stands.</source>
        <translation>今天在达成目标后才计入；在此之前，截至昨天的连续天数保持不变。</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <source>Time for your back stretches — 5 minutes</source>
        <translation>该做背部拉伸了——5分钟</translation>
    </message>
    <message>
        <source>{done} of 1 session done today.</source>
        <translation>今天已完成{done}/1次练习。</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today.</source>
        <translation>今天已完成{done}/{goal}次练习。</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}。{body}</translation>
    </message>
    <message>
        <source>You missed one</source>
        <translation>您错过了一次提醒</translation>
    </message>
    <message>
        <source>Click to start. {progress}</source>
        <translation>点击开始。{progress}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>立即开始</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10分钟后再提醒</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {date}</source>
        <translation>生成于{date}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <extracomment>{name} is the patient&apos;s name, or a line to write it on.</extracomment>
        <translation>姓名：{name}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>时间段：{period}</translation>
    </message>
    <message>
        <source>{routine} ({count} of 1 session)</source>
        <translation>{routine}（1次练习中的{count}次）</translation>
    </message>
    <message>
        <source>{routine} ({count} of {total} sessions)</source>
        <extracomment>How many of the period&apos;s sessions followed the routine named before it.</extracomment>
        <translation>{routine}（{total}次练习中的{count}次）</translation>
    </message>
    <message>
        <source>Routine: from the clinic handout</source>
        <translation>拉伸方案：来自诊所指导单</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}, dated {date}</source>
        <translation>拉伸方案：由{clinician}开具，日期为{date}</translation>
    </message>
    <message>
        <source>Routine: prescribed by {clinician}</source>
        <translation>拉伸方案：由{clinician}开具</translation>
    </message>
    <message>
        <source>Routine: prescribed, dated {date}</source>
        <translation>拉伸方案：处方开具，日期为{date}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <extracomment>{routine} is the prescribed routine&apos;s title, as the app shows it.</extracomment>
        <translation>拉伸方案：{routine}</translation>
    </message>
    <message>
        <source>A session counts as done when at least half of its holds were done.</source>
        <translation>一次练习至少完成一半组数，即计为已完成。</translation>
    </message>
    <message>
        <source>From the app {app} {version} — the routine of the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>来自应用{app} {version}——诊所指导单“{handout}”中的拉伸方案</translation>
    </message>
    <message>
        <source>From the app {app} {version} — prescribed stretches from the clinic handout &apos;{handout}&apos;</source>
        <extracomment>{handout} is the clinic handout&apos;s own title, in English as printed.</extracomment>
        <translation>来自应用{app} {version}——诊所指导单“{handout}”中的处方拉伸动作</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>练习后</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>练习前</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>练习前后的疼痛</translation>
    </message>
    <message>
        <source>No pain ratings recorded.</source>
        <translation>未记录疼痛评分。</translation>
    </message>
    <message>
        <source>{value} Worst pain imaginable</source>
        <extracomment>The pain scale&apos;s top, beside the chart: &quot;10 Worst pain imaginable&quot;.</extracomment>
        <translation>{value}：能想象到的最剧烈疼痛</translation>
    </message>
    <message>
        <source>{value} No pain</source>
        <extracomment>The pain scale&apos;s bottom, beside the chart: &quot;0 No pain&quot;.</extracomment>
        <translation>{value}：无痛</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}</source>
        <extracomment>Opens the sentence on pain in the report; {first} is a mean rating, as &quot;6.7&quot;.</extracomment>
        <translation>练习前的平均疼痛评分为{first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first week and in the last</source>
        <extracomment>{first} and {last} are mean ratings, as &quot;6.7&quot;, of the first and the last week.</extracomment>
        <translation>练习前的平均疼痛评分在第一周和最后一周均为{first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the first month and in the last</source>
        <translation>练习前的平均疼痛评分在第一个月和最后一个月均为{first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in the week of {start} and in the week of {end}</source>
        <extracomment>{start} and {end} are the Mondays of the weeks, as &quot;2 Nov&quot;.</extracomment>
        <translation>练习前的平均疼痛评分在{start}当周和{end}当周均为{first}</translation>
    </message>
    <message>
        <source>Average pain before a session was {first} both in {start} and in {end}</source>
        <extracomment>{start} and {end} are months, as &quot;Mar 2026&quot;.</extracomment>
        <translation>练习前的平均疼痛评分在{start}和{end}均为{first}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last</source>
        <translation>练习前的平均疼痛评分从第一周的{first}降至最后一周的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last</source>
        <translation>练习前的平均疼痛评分从第一个月的{first}降至最后一个月的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>练习前的平均疼痛评分从{start}当周的{first}降至{end}当周的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}</source>
        <translation>练习前的平均疼痛评分从{start}的{first}降至{end}的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last</source>
        <translation>练习前的平均疼痛评分从第一周的{first}升至最后一周的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last</source>
        <translation>练习前的平均疼痛评分从第一个月的{first}升至最后一个月的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>练习前的平均疼痛评分从{start}当周的{first}升至{end}当周的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}</source>
        <translation>练习前的平均疼痛评分从{start}的{first}升至{end}的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first}</source>
        <translation>练习后的平均疼痛评分为{first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first week and in the last</source>
        <translation>练习后的平均疼痛评分在第一周和最后一周均为{first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the first month and in the last</source>
        <translation>练习后的平均疼痛评分在第一个月和最后一个月均为{first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in the week of {start} and in the week of {end}</source>
        <translation>练习后的平均疼痛评分在{start}当周和{end}当周均为{first}</translation>
    </message>
    <message>
        <source>Average pain after a session was {first} both in {start} and in {end}</source>
        <translation>练习后的平均疼痛评分在{start}和{end}均为{first}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first week to {last} in the last</source>
        <translation>练习后的平均疼痛评分从第一周的{first}降至最后一周的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the first month to {last} in the last</source>
        <translation>练习后的平均疼痛评分从第一个月的{first}降至最后一个月的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>练习后的平均疼痛评分从{start}当周的{first}降至{end}当周的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session fell from {first} in {start} to {last} in {end}</source>
        <translation>练习后的平均疼痛评分从{start}的{first}降至{end}的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first week to {last} in the last</source>
        <translation>练习后的平均疼痛评分从第一周的{first}升至最后一周的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the first month to {last} in the last</source>
        <translation>练习后的平均疼痛评分从第一个月的{first}升至最后一个月的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>练习后的平均疼痛评分从{start}当周的{first}升至{end}当周的{last}</translation>
    </message>
    <message>
        <source>Average pain after a session rose from {first} in {start} to {last} in {end}</source>
        <translation>练习后的平均疼痛评分从{start}的{first}升至{end}的{last}</translation>
    </message>
    <message>
        <source>after a session, it was {first}</source>
        <extracomment>Follows &quot;Average pain before a session ...; &quot; in the same sentence: &quot;it&quot; is the average pain after a session.</extracomment>
        <translation>练习后为{first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first week and in the last</source>
        <translation>练习后在第一周和最后一周均为{first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the first month and in the last</source>
        <translation>练习后在第一个月和最后一个月均为{first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in the week of {start} and in the week of {end}</source>
        <translation>练习后在{start}当周和{end}当周均为{first}</translation>
    </message>
    <message>
        <source>after a session, it was {first} both in {start} and in {end}</source>
        <translation>练习后在{start}和{end}均为{first}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first week to {last} in the last</source>
        <translation>练习后从第一周的{first}降至最后一周的{last}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the first month to {last} in the last</source>
        <translation>练习后从第一个月的{first}降至最后一个月的{last}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>练习后从{start}当周的{first}降至{end}当周的{last}</translation>
    </message>
    <message>
        <source>after a session, it fell from {first} in {start} to {last} in {end}</source>
        <translation>练习后从{start}的{first}降至{end}的{last}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first week to {last} in the last</source>
        <translation>练习后从第一周的{first}升至最后一周的{last}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the first month to {last} in the last</source>
        <translation>练习后从第一个月的{first}升至最后一个月的{last}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in the week of {start} to {last} in the week of {end}</source>
        <translation>练习后从{start}当周的{first}升至{end}当周的{last}</translation>
    </message>
    <message>
        <source>after a session, it rose from {first} in {start} to {last} in {end}</source>
        <translation>练习后从{start}的{first}升至{end}的{last}</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <extracomment>{first}, {last}: means before a session; {after_first}, {after_last}: after one.</extracomment>
        <translation>练习前的平均疼痛评分从第一周的{first}降至最后一周的{last}；练习后从{after_first}降至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>练习前的平均疼痛评分从第一个月的{first}降至最后一个月的{last}；练习后从{after_first}降至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>练习前的平均疼痛评分从{start}当周的{first}降至{end}当周的{last}；练习后从{after_first}降至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session fell from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>练习前的平均疼痛评分从{start}的{first}降至{end}的{last}；练习后从{after_first}降至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first week to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>练习前的平均疼痛评分从第一周的{first}升至最后一周的{last}；练习后从{after_first}升至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the first month to {last} in the last; after a session, from {after_first} to {after_last}.</source>
        <translation>练习前的平均疼痛评分从第一个月的{first}升至最后一个月的{last}；练习后从{after_first}升至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in the week of {start} to {last} in the week of {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>练习前的平均疼痛评分从{start}当周的{first}升至{end}当周的{last}；练习后从{after_first}升至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session rose from {first} in {start} to {last} in {end}; after a session, from {after_first} to {after_last}.</source>
        <translation>练习前的平均疼痛评分从{start}的{first}升至{end}的{last}；练习后从{after_first}升至{after_last}。</translation>
    </message>
    <message>
        <source>Average pain before a session was {first}; after a session, {after}.</source>
        <translation>练习前的平均疼痛评分为{first}；练习后为{after}。</translation>
    </message>
    <message>
        <source>{first}; {second}.</source>
        <extracomment>Two statements on pain made one sentence, as &quot;Average pain before a session fell from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2 in the first week to 5.6 in the last.&quot; Each is translated on its own.</extracomment>
        <translation>{first}；{second}。</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average (1 session rated before and after).</source>
        <translation>练习前后相比，疼痛平均下降{points}分（共1次练习有前后评分）。</translation>
    </message>
    <message>
        <source>Within a session, pain fell by {points} points on average ({count} sessions rated before and after).</source>
        <translation>练习前后相比，疼痛平均下降{points}分（共{count}次练习有前后评分）。</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average (1 session rated before and after).</source>
        <translation>练习前后相比，疼痛平均上升{points}分（共1次练习有前后评分）。</translation>
    </message>
    <message>
        <source>Within a session, pain rose by {points} points on average ({count} sessions rated before and after).</source>
        <translation>练习前后相比，疼痛平均上升{points}分（共{count}次练习有前后评分）。</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average (1 session rated before and after).</source>
        <translation>练习前后相比，疼痛平均没有变化（共1次练习有前后评分）。</translation>
    </message>
    <message>
        <source>Within a session, pain did not change on average ({count} sessions rated before and after).</source>
        <translation>练习前后相比，疼痛平均没有变化（共{count}次练习有前后评分）。</translation>
    </message>
    <message>
        <source>none rated after a session</source>
        <translation>练习后无评分</translation>
    </message>
    <message>
        <source>none rated before a session</source>
        <translation>练习前无评分</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>此时间段内没有练习。</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: permission denied.</source>
        <translation>无法将报告写入{path}：权限被拒绝。</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the folder does not exist.</source>
        <translation>无法将报告写入{path}：文件夹不存在。</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is full.</source>
        <translation>无法将报告写入{path}：磁盘已满。</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the disk is read-only.</source>
        <translation>无法将报告写入{path}：磁盘为只读。</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: a folder has that name.</source>
        <translation>无法将报告写入{path}：已有同名文件夹。</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <extracomment>{reason} is the system&apos;s own words for what went wrong.</extracomment>
        <translation>无法将报告写入{path}：{reason}。</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: the file could not be opened for writing.</source>
        <translation>无法将报告写入{path}：无法打开文件进行写入。</translation>
    </message>
    <message>
        <source>{app} — progress report: {period}</source>
        <extracomment>The PDF&apos;s title, in its properties: {period} as &quot;26 Oct 2026 – 22 Nov 2026 (4 weeks)&quot;.</extracomment>
        <translation>{app} — 进度报告：{period}</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸动作</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>指导单</translation>
    </message>
    <message>
        <source>Hold used</source>
        <translation>实际保持时间</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>完成方式</translation>
    </message>
    <message>
        <source>{seconds} each side</source>
        <extracomment>The handout&apos;s hold for a stretch done on both sides: {seconds} as &quot;30 s&quot;.</extracomment>
        <translation>每侧{seconds}</translation>
    </message>
    <message>
        <source>and {count} more stretches</source>
        <extracomment>The routine table&apos;s last row when the page has no room for the others.</extracomment>
        <translation>以及另外{count}个拉伸动作</translation>
    </message>
    <message>
        <source>and 1 more stretch</source>
        <translation>以及另外1个拉伸动作</translation>
    </message>
    <message>
        <source>The routine as done</source>
        <translation>实际完成的拉伸方案</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>每月练习次数</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>每周练习次数</translation>
    </message>
    <message>
        <source>sessions done</source>
        <translation>已完成的练习</translation>
    </message>
    <message>
        <source>the handout&apos;s {low}–{high} sessions a day</source>
        <translation>指导单：每天{low}～{high}次练习</translation>
    </message>
    <message>
        <source>1 session a day, as prescribed</source>
        <translation>按处方每天1次练习</translation>
    </message>
    <message>
        <source>{count} sessions a day, as prescribed</source>
        <translation>按处方每天{count}次练习</translation>
    </message>
    <message>
        <source>the handout: {low}–{high} a day</source>
        <translation>指导单：每天{low}～{high}次</translation>
    </message>
    <message>
        <source>goal: 1 session a day</source>
        <translation>目标：每天1次练习</translation>
    </message>
    <message>
        <source>goal: {goal} sessions a day</source>
        <translation>目标：每天{goal}次练习</translation>
    </message>
    <message>
        <source>{percent}% of the prescribed sessions</source>
        <extracomment>Under the sessions a day on average: the share of the prescribed sessions done.</extracomment>
        <translation>处方练习次数的{percent}%</translation>
    </message>
    <message>
        <source>prescribed: 1 session a day</source>
        <translation>处方：每天1次练习</translation>
    </message>
    <message>
        <source>prescribed: {goal} sessions a day</source>
        <translation>处方：每天{goal}次练习</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>The best streak, in a box of its own: days in a row.</extracomment>
        <translation>1天</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count}天</translation>
    </message>
    <message>
        <source>{count} started</source>
        <translation>已开始{count}次</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <extracomment>Days of the report&apos;s range, as &quot;21 of 28&quot;.</extracomment>
        <translation>{count}/{total}</translation>
    </message>
    <message>
        <source>days with a session</source>
        <translation>有练习的天数</translation>
    </message>
    <message>
        <source>at least one session done</source>
        <translation>至少完成一次练习</translation>
    </message>
    <message>
        <source>{count} a day</source>
        <extracomment>Sessions a day on average, as &quot;1.8 a day&quot;.</extracomment>
        <translation>每天{count}次</translation>
    </message>
    <message>
        <source>sessions on average</source>
        <translation>平均练习次数</translation>
    </message>
    <message>
        <source>days that met the daily goal</source>
        <translation>达成每日目标的天数</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>最长连续天数</translation>
    </message>
    <message>
        <source>days in a row at the goal</source>
        <translation>连续达成目标的天数</translation>
    </message>
    <message>
        <source>sessions stopped early</source>
        <translation>提前停止的练习</translation>
    </message>
    <message>
        <source>before their last hold</source>
        <translation>在最后一组之前</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the report: a QDate format (d: the day, MMM: the month&apos;s short name), as &quot;26 Oct&quot;.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A day on the report with its year: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month in the report&apos;s sentences on pain (&quot;... in Oct 2026&quot;): a QDate format (MMM: the month&apos;s short name, yyyy: the year).</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>{first} (1 day)</source>
        <translation>{first}（1天）</translation>
    </message>
    <message>
        <source>{first} – {last} (1 week)</source>
        <translation>{first}至{last}（1周）</translation>
    </message>
    <message>
        <source>{first} – {last} ({weeks} weeks)</source>
        <translation>{first}至{last}（{weeks}周）</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first}至{last}（{days}天）</translation>
    </message>
    <message>
        <source>{app} — progress report</source>
        <translation>{app} — 进度报告</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>给医生的报告</translation>
    </message>
    <message>
        <source>A one-page PDF of your sessions and pain ratings to print or send to the person who gave you the handout. Your name is optional; it is not stored.</source>
        <translation>一份一页的PDF，包含您的练习和疼痛评分，可打印出来或发送给向您提供指导单的人。姓名为可选项，不会被保存。</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>您的姓名（可选）</translation>
    </message>
    <message>
        <source>Leave empty to write it by hand</source>
        <translation>留空则可手写</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How the report&apos;s first and last days are shown and typed: a QDate format (d: the day, MMM: the month&apos;s short name, yyyy: the year), as &quot;26 Oct 2026&quot;.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Do this {count} times.</source>
        <translation>做{count}次。</translation>
    </message>
    <message>
        <source>Perform for 1 second.</source>
        <translation>持续1秒。</translation>
    </message>
    <message>
        <source>Perform for {seconds} seconds.</source>
        <translation>持续{seconds}秒。</translation>
    </message>
    <message>
        <source>Hold for 1 second on each side.</source>
        <translation>每侧保持1秒。</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds on each side.</source>
        <translation>每侧保持{seconds}秒。</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>保持1秒。</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds.</source>
        <translation>保持{seconds}秒。</translation>
    </message>
    <message>
        <source>{stretch}, {repetition} of {repetitions}</source>
        <extracomment>A stretch done more than once: &quot;Cat Cow, 2 of 3&quot;.</extracomment>
        <translation>{stretch}，第{repetition}/{repetitions}次</translation>
    </message>
    <message>
        <source>{stretch}, left side</source>
        <translation>{stretch}，左侧</translation>
    </message>
    <message>
        <source>{stretch}, right side</source>
        <translation>{stretch}，右侧</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {version}, got {value}</source>
        <extracomment>Keep quoted words and braces (&apos;{key}&apos;, &quot;{hold}&quot;, {table}) as they are: they are the routine file&apos;s syntax.</extracomment>
        <translation>&apos;{key}&apos;必须是{version}，实际为{value}</translation>
    </message>
    <message>
        <source>the routine has no stretches; add at least one {table} table</source>
        <translation>拉伸方案中没有拉伸动作；请至少添加一个{table}表</translation>
    </message>
    <message>
        <source>each stretch must be a {table} table</source>
        <translation>每个拉伸动作都必须是一个{table}表</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice; ids must be unique</source>
        <translation>id&apos;{id}&apos;被使用了两次；每个id必须唯一</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be lowercase letters, digits and dashes, got {value}</source>
        <translation>&apos;{key}&apos;只能包含小写字母、数字和连字符，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more sentences</source>
        <translation>&apos;{key}&apos;必须是由一个或多个句子组成的列表</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be &quot;{hold}&quot; or &quot;{movement}&quot;, got {value}</source>
        <translation>&apos;{key}&apos;必须是&quot;{hold}&quot;或&quot;{movement}&quot;，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be words taken from the instructions, got {value}</source>
        <translation>&apos;{key}&apos;必须是取自说明中的文字，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is only for stretches of kind &quot;{movement}&quot;</source>
        <translation>&apos;{key}&apos;仅用于&quot;{movement}&quot;类型的拉伸动作</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs &apos;{other}&apos; as well</source>
        <translation>&apos;{key}&apos;还需要&apos;{other}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 1 to {most}, got {value}</source>
        <translation>&apos;{key}&apos;必须是1到{most}之间的整数，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of one or more words, got {value}</source>
        <translation>&apos;{key}&apos;必须是由一个或多个词组成的列表，实际为{value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of &quot;{left}&quot; and &quot;{right}&quot;, each at most once, got {value}</source>
        <translation>&apos;{key}&apos;必须是由&quot;{left}&quot;和&quot;{right}&quot;组成的列表，每个最多出现一次，实际为{value}</translation>
    </message>
    <message>
        <source>Back Spasm Stretches &amp; Exercises</source>
        <translation>背部痉挛拉伸与锻炼</translation>
    </message>
    <message>
        <source>Consistent stretching can accelerate recovery and prevent recurrence. The following stretching regimen can be done in 5 minutes and should be done 2-3 times daily.</source>
        <translation>坚持拉伸可以加快康复并预防复发。以下拉伸方案可在5分钟内完成，应每天进行2～3次。</translation>
    </message>
    <message>
        <source>Cat Cow</source>
        <translation>猫牛式</translation>
    </message>
    <message>
        <source>mobilize the spine and improve flexibility</source>
        <translation>活动脊柱，提高柔韧性</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>从双手双膝着地的姿势开始。</translation>
    </message>
    <message>
        <source>Arch your back upwards into a &quot;cat&quot; position, then lower your belly, lifting your head and tailbone into the &quot;cow&quot; position.</source>
        <translation>背部向上拱起，呈“猫式”；然后腹部下沉，抬起头部和尾骨，呈“牛式”。</translation>
    </message>
    <message>
        <source>Alternate slowly between the two.</source>
        <translation>在两个姿势之间缓慢交替。</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>猫式</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>牛式</translation>
    </message>
    <message>
        <source>Back Extension</source>
        <translation>背部伸展</translation>
    </message>
    <message>
        <source>stretch and strengthen the lower back muscles</source>
        <translation>拉伸并强化腰部肌肉</translation>
    </message>
    <message>
        <source>Lie face down with your hands under your shoulders.</source>
        <translation>俯卧，双手放在肩膀下方。</translation>
    </message>
    <message>
        <source>Slowly lift your chest off the floor, keeping your hips on the ground.</source>
        <translation>缓慢将胸部抬离地面，同时髋部保持贴地。</translation>
    </message>
    <message>
        <source>Knee to Chest</source>
        <translation>抱膝至胸</translation>
    </message>
    <message>
        <source>Stretch the lower back and hips.</source>
        <translation>拉伸腰部和髋部。</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest</source>
        <translation>仰卧，将一侧膝盖拉向胸部</translation>
    </message>
    <message>
        <source>Lie on your back, pull one knee toward your chest while keeping the other leg extended on the floor.</source>
        <translation>仰卧，将一侧膝盖拉向胸部，同时另一条腿伸直平放在地面上。</translation>
    </message>
    <message>
        <source>Lying Trunk Rotation</source>
        <translation>仰卧躯干旋转</translation>
    </message>
    <message>
        <source>Stretch and mobilize the spine and lower back.</source>
        <translation>拉伸并活动脊柱和腰部。</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor</source>
        <translation>轻轻将屈曲的膝盖越过身体引向地面</translation>
    </message>
    <message>
        <source>Lie on your back with one leg straight and the other knee bent.</source>
        <translation>仰卧，一条腿伸直，另一侧膝盖屈曲。</translation>
    </message>
    <message>
        <source>Gently guide the bent knee across your body toward the floor while keeping your shoulders flat on the ground.</source>
        <translation>轻轻将屈曲的膝盖越过身体引向地面，同时两侧肩膀平贴地面。</translation>
    </message>
    <message>
        <source>Seated Hamstring Stretch</source>
        <translation>坐姿腘绳肌拉伸</translation>
    </message>
    <message>
        <source>Stretch the hamstrings and relieve tension in the lower back.</source>
        <translation>拉伸腘绳肌，缓解腰部紧张。</translation>
    </message>
    <message>
        <source>Reach forward toward your toes on the extended leg, keeping your back straight.</source>
        <translation>向前伸手，够向伸直那条腿的脚趾，同时保持背部挺直。</translation>
    </message>
    <message>
        <source>Sit with one leg extended and the other leg bent inward.</source>
        <translation>坐姿，一条腿伸直，另一条腿向内屈曲。</translation>
    </message>
    <message>
        <source>Gluteal Stretch (Pigeon Pose)</source>
        <translation>臀肌拉伸（鸽子式）</translation>
    </message>
    <message>
        <source>Stretch the glutes and relieve lower back tension.</source>
        <translation>拉伸臀肌，缓解腰部紧张。</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand</source>
        <translation>将一侧膝盖向前移，放在对侧手的后方</translation>
    </message>
    <message>
        <source>Start in a hands-and-knees position.</source>
        <translation>从双手双膝着地的姿势开始。</translation>
    </message>
    <message>
        <source>Bring one knee forward and place it behind your opposite hand, while extending the other leg straight back.</source>
        <translation>将一侧膝盖向前移，放在对侧手的后方，同时另一条腿向后伸直。</translation>
    </message>
    <message>
        <source>Gently lower your hips toward the floor and lean forward over the bent leg.</source>
        <translation>轻轻将髋部向地面下沉，身体在屈曲的腿上方前倾。</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>婴儿式</translation>
    </message>
    <message>
        <source>Stretch the lower back and relax the spine.</source>
        <translation>拉伸腰部，放松脊柱。</translation>
    </message>
    <message>
        <source>Sit back on your heels while reaching your arms forward. Let your forehead rest on the ground</source>
        <translation>臀部向后坐到脚跟上，同时双臂向前伸。让额头贴在地面上休息</translation>
    </message>
    <message>
        <source>Start on your hands and knees, then sit back on your heels while reaching your arms forward.</source>
        <translation>从双手双膝着地的姿势开始，然后臀部向后坐到脚跟上，同时双臂向前伸。</translation>
    </message>
    <message>
        <source>Let your forehead rest on the ground and relax.</source>
        <translation>让额头贴在地面上休息，全身放松。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>chimes on or off</source>
        <translation>提示音开关</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>spoken guidance on or off</source>
        <translation>语音指导开关</translation>
    </message>
    <message>
        <source>speaking rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>保持时长</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <source>switch-sides time</source>
        <translation>换边时间</translation>
    </message>
    <message>
        <source>choice of stretches</source>
        <translation>拉伸动作的选择</translation>
    </message>
    <message>
        <source>reminders on or off</source>
        <translation>提醒开关</translation>
    </message>
    <message>
        <source>kind of reminders</source>
        <translation>提醒方式</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>hours between reminders</source>
        <translation>提醒间隔</translation>
    </message>
    <message>
        <source>start of the working day</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>end of the working day</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>reminder days</source>
        <translation>提醒日</translation>
    </message>
    <message>
        <source>quiet once the goal is met</source>
        <translation>达成目标后不再提醒</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <source>colour theme</source>
        <translation>颜色主题</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>The saved {setting} could not be read, so the default is used again.</source>
        <translation>无法读取已保存的{setting}设置，因此重新使用默认值。</translation>
    </message>
    <message>
        <source>The saved {settings} and {last} could not be read, so the default is used again.</source>
        <extracomment>{settings} is a list of settings&apos; names joined by commas; {last} the last name.</extracomment>
        <translation>无法读取已保存的{settings}和{last}设置，因此重新使用默认值。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names in a list</comment>
        <extracomment>Between the names of a list (&quot;hold length, get-ready time&quot;): Chinese 、 Arabic ،</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>系统默认（{language}）</translation>
    </message>
    <message>
        <source>The new language is used from the next time the app starts.</source>
        <translation>新语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation>登录时启动（在系统托盘中静默运行）</translation>
    </message>
    <message>
        <source> session</source>
        <comment>after a daily goal of one</comment>
        <translation>次</translation>
    </message>
    <message>
        <source> sessions</source>
        <comment>after a daily goal of two or more</comment>
        <translation>次</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>提醒我拉伸</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>在以下时间</translation>
    </message>
    <message>
        <source>Every few hours while I work</source>
        <translation>工作时每隔几小时</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>提醒间隔</translation>
    </message>
    <message>
        <source> h</source>
        <comment>after a number of hours</comment>
        <translation>小时</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <source>No more reminders once the goal is met</source>
        <translation>达成目标后不再提醒</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working hours, from a time</comment>
        <translation>从</translation>
    </message>
    <message>
        <source>On</source>
        <comment>on these weekdays</comment>
        <translation>星期</translation>
    </message>
    <message>
        <source>The handout: 2–3 times daily.</source>
        <translation>指导单：每天2～3次。</translation>
    </message>
    <message>
        <source>Write times like {example}.</source>
        <translation>请按{example}的格式填写时间。</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>下班时间必须晚于上班时间。</translation>
    </message>
    <message>
        <source>The handout: hold each stretch 30 seconds. Other stretches or another order start with the next session; a new hold length with the next hold.</source>
        <translation>指导单：每个拉伸动作保持30秒。更换拉伸动作或调整顺序从下一次练习开始生效；新的保持时长从下一组开始生效。</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation>秒</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>保持时长</translation>
    </message>
    <message>
        <source>Get ready time</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <source>Switch sides time</source>
        <translation>换边时间</translation>
    </message>
    <message>
        <source>Stretches in the routine, in order</source>
        <translation>拉伸方案中的拉伸动作（按顺序）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Reset to the handout’s</source>
        <translation>恢复为指导单的设置</translation>
    </message>
    <message>
        <source>All seven stretches, in the handout’s order, 30 s holds</source>
        <translation>全部七个拉伸动作，按指导单顺序，每组保持30秒</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>每个拉伸动作保持</translation>
    </message>
    <message>
        <source>Get ready before a stretch</source>
        <translation>拉伸动作前的准备时间</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>两侧之间的准备时间</translation>
    </message>
    <message>
        <source>Stretches (tick to include, drag or move to reorder)</source>
        <translation>拉伸动作（勾选以纳入，拖动或移动以调整顺序）</translation>
    </message>
    <message>
        <source>Open a prescription…</source>
        <translation>打开处方…</translation>
    </message>
    <message>
        <source>Use the handout’s routine</source>
        <translation>使用指导单上的拉伸方案</translation>
    </message>
    <message>
        <source>Make a routine for a patient…</source>
        <translation>为患者制定拉伸方案…</translation>
    </message>
    <message>
        <source>You follow the handout’s routine.</source>
        <translation>您正在按指导单上的拉伸方案练习。</translation>
    </message>
    <message>
        <source>Your clinician chose these stretches and holds; to choose your own, use the handout’s routine.</source>
        <translation>这些拉伸动作和保持时间由您的医生选定；如需自行选择，请使用指导单上的拉伸方案。</translation>
    </message>
    <message>
        <source>Tick at least one stretch.</source>
        <translation>请至少勾选一个拉伸动作。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>拉伸方案</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings at {path} could not be read or moved aside, so the defaults are used for this run.</source>
        <translation>位于{path}的设置既无法读取也无法移开，因此本次运行使用默认设置。</translation>
    </message>
    <message>
        <source>Your settings could not be read, so they were moved to {moved} and the defaults are used.</source>
        <translation>无法读取您的设置，因此已将其移至{moved}，并使用默认设置。</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}, so changes last only until the app closes.</source>
        <translation>您的设置无法保存到{path}，因此所作更改仅在应用关闭前有效。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The folder {folder} belongs to someone else or is open to others, so the app started without it: launching it again may open a second window.</source>
        <translation>文件夹{folder}属于其他用户或对他人开放，因此应用在不使用它的情况下启动：再次启动可能会打开第二个窗口。</translation>
    </message>
    <message>
        <source>Another program is holding the channel this app uses to run as one copy ({name}), so it started anyway: launching it again may open a second window.</source>
        <translation>另一个程序占用了本应用用于单实例运行的通道（{name}），因此应用仍照常启动：再次启动可能会打开第二个窗口。</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound and voice</source>
        <translation>声音和语音</translation>
    </message>
    <message>
        <source>Chimes, spoken guidance, volume and speaking rate (M mutes)</source>
        <translation>提示音、语音指导、音量和语速（按M静音）</translation>
    </message>
    <message>
        <source>Sound: none can play</source>
        <translation>声音：无法播放</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>无声音</translation>
    </message>
    <message>
        <source>Sound: chimes and voice</source>
        <translation>声音：提示音和语音</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>声音已开启</translation>
    </message>
    <message>
        <source>Sound: chimes only</source>
        <translation>声音：仅提示音</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>仅提示音</translation>
    </message>
    <message>
        <source>Sound: voice only</source>
        <translation>声音：仅语音</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>仅语音</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>声音：关闭</translation>
    </message>
    <message>
        <source>Chimes</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>提示音已开启</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>语音指导</translation>
    </message>
    <message>
        <source>Spoken guidance on</source>
        <translation>语音指导已开启</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>语速</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>The chime sounds could not be loaded and spoken guidance is not available, so the session is silent; the screen still shows every step.</source>
        <translation>无法加载提示音，且语音指导不可用，因此本次练习没有声音；屏幕上仍会显示每一步。</translation>
    </message>
</context>
<context>
    <name>StretchView</name>
    <message>
        <source>time {repetition} of {repetitions}</source>
        <extracomment>Which time through a stretch done several times in a row, under its name.</extracomment>
        <translation>第{repetition}/{repetitions}次</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>准备好后即可开始</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>换边</translation>
    </message>
    <message>
        <source>Get ready · next up</source>
        <translation>准备 · 下一个</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>持续活动</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>保持拉伸</translation>
    </message>
    <message>
        <source>Movement — keep moving slowly, no holding</source>
        <translation>动态动作——持续缓慢活动，不要停留</translation>
    </message>
    <message>
        <source>Hold — stay still in the stretch</source>
        <translation>保持——在拉伸姿势中保持不动</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>现在要做什么</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸动作</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>Hold or movement</source>
        <translation>保持或动态</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Clinician&apos;s note</source>
        <translation>医生留言</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective:&lt;/b&gt; {objective}</source>
        <translation>&lt;b&gt;目的：&lt;/b&gt;{objective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;From your clinician:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;医生留言：&lt;/b&gt;{note}</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分{seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>s: seconds, abbreviated.</extracomment>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1秒</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count}秒</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>约1分钟</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>约{count}分钟</translation>
    </message>
    <message>
        <source>about 1 hour</source>
        <translation>约1小时</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>约{count}小时</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of 1 session done today</source>
        <translation>今天已完成{done}/1次练习</translation>
    </message>
    <message>
        <source>{done} of {goal} sessions done today</source>
        <translation>今天已完成{done}/{goal}次练习</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10分钟后再提醒</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>跳过本次提醒</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1小时</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Spoken guidance is not available on this computer ({reason}); the chimes still play.</source>
        <translation>此电脑上无法使用语音指导（{reason}）；提示音仍会播放。</translation>
    </message>
    <message>
        <source>the speech library {library} could not be loaded</source>
        <translation>无法加载语音库{library}</translation>
    </message>
    <message>
        <source>No English voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>此电脑上未安装英语语音，因此语音指导已关闭；提示音仍会播放。</translation>
    </message>
    <message>
        <source>No Spanish voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>此电脑上未安装西班牙语语音，因此语音指导已关闭；提示音仍会播放。</translation>
    </message>
    <message>
        <source>No German voice is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>此电脑上未安装德语语音，因此语音指导已关闭；提示音仍会播放。</translation>
    </message>
    <message>
        <source>No voice for {language} is installed on this computer, so the spoken guidance is off; the chimes still play.</source>
        <translation>此电脑上未安装{language}语音，因此语音指导已关闭；提示音仍会播放。</translation>
    </message>
    <message>
        <source>no speech engine was chosen</source>
        <translation>未选择语音引擎</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>未安装语音引擎</translation>
    </message>
    <message>
        <source>the {engine} engine did not start</source>
        <translation>{engine}引擎未能启动</translation>
    </message>
    <message>
        <source>the {engine} engine has no voice installed</source>
        <translation>{engine}引擎未安装任何语音</translation>
    </message>
    <message>
        <source>the speech engine stopped working</source>
        <translation>语音引擎停止工作</translation>
    </message>
</context>
</TS>
