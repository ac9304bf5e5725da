; Inno Setup script: the Windows installer of Back Spasm Stretches.
;
; `make dist` on Windows runs, from the checkout:
;   iscc /Qp /DAppVersion=0.1.0 /DBundleDir=<checkout>\build\bundle\backspasm-gui
;        /DIconsDir=<checkout>\build\icons /O<checkout>\dist packaging\windows\backspasm-gui.iss
; and writes dist\backspasm-gui-<version>-setup.exe.
;
; A per-user install that needs no administrator: the app goes to
; %LOCALAPPDATA%\Programs\Back Spasm Stretches, the Start-menu entry to the
; user's own Programs folder, a desktop shortcut only if asked for. Uninstalling
; removes the program, its shortcuts and its start-on-login entry, and keeps
; the user's history and settings unless they say otherwise when asked.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (make dist reads it from pyproject.toml)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\bundle\backspasm-gui"
#endif
#ifndef IconsDir
  #define IconsDir "..\..\build\icons"
#endif

#define AppName "Back Spasm Stretches"
#define AppExe "backspasm-gui.exe"
; The app's id (backspasm_gui.APP_ID): also the name of its start-on-login value.
#define AppId "io.github.backspasm.Stretches"
; QSettings' organisation (the registry key) and the data folders' name.
#define Organisation "backspasm"
; The clinician's prescription file (issue 19): the extension, its ProgID (letters
; and dots, at most 39) and MIME type, the same as the .deb's shared-mime-info XML
; and the macOS Info.plist declare (tests/packaging/test_file_type.py).
#define RxExt ".stretches"
#define RxProgId "BackSpasmStretches.Prescription"
#define RxMime "application/x-backspasm-stretches"
#define RxIcon "backspasm-prescription.ico"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Back Spasm Stretches developers
AppPublisherURL=https://github.com/backspasm/backspasm-gui
AppSupportURL=https://github.com/backspasm/backspasm-gui/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs here.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableReadyPage=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=backspasm-gui-{#AppVersion}-setup
SetupIconFile={#IconsDir}\backspasm-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running copy is asked to close (Restart Manager) instead of failing on locked files.
CloseApplications=yes
RestartApplications=no
; Explorer rereads file associations after install and uninstall (the icon of
; .stretches files shows at once, not after the next sign-in).
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
english.KeepOrDelete=Also delete your stretch history, pain ratings and settings?%n%nChoose No to keep them, so they are there again if you reinstall the app.
spanish.KeepOrDelete=¿Borrar también su historial de estiramientos, sus valoraciones del dolor y sus ajustes?%n%nElija No para conservarlos; así seguirán ahí si vuelve a instalar la aplicación.
german.KeepOrDelete=Auch Ihren Dehnungsverlauf, Ihre Schmerzbewertungen und Ihre Einstellungen löschen?%n%nWählen Sie Nein, um sie zu behalten; dann sind sie nach einer Neuinstallation wieder da.
english.PrescriptionType=Stretch routine prescription
spanish.PrescriptionType=Rutina de estiramientos prescrita
german.PrescriptionType=Verordnetes Dehnprogramm
french.KeepOrDelete=Supprimer aussi votre historique d'étirements, vos évaluations de la douleur et vos réglages ?%n%nChoisissez Non pour les garder : ils seront de nouveau là si vous réinstallez l'application.
french.PrescriptionType=Programme d'étirements prescrit
brazilianportuguese.KeepOrDelete=Excluir também seu histórico de alongamentos, suas avaliações de dor e suas configurações?%n%nEscolha Não para mantê-los; assim eles estarão de volta se você reinstalar o aplicativo.
brazilianportuguese.PrescriptionType=Rotina de alongamento prescrita
italian.KeepOrDelete=Eliminare anche la cronologia degli allungamenti, le valutazioni del dolore e le impostazioni?%n%nScegli No per conservarli: li ritroverai se reinstalli l'app.
italian.PrescriptionType=Routine di allungamento prescritta
polish.KeepOrDelete=Usunąć też historię ćwiczeń, oceny bólu i ustawienia?%n%nWybierz Nie, aby je zachować – będą dostępne po ponownej instalacji aplikacji.
polish.PrescriptionType=Zalecony zestaw ćwiczeń rozciągających

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The prescription file's icon (packaging/icons.py), shown on .stretches files.
Source: "{#IconsDir}\{#RxIcon}"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "A 5-minute routine of back stretches you can follow by ear"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; A double-clicked .stretches file opens in the app: "app.exe" "file" (the app
; hands it to a copy already running). Per user like the install: HKA is
; HKCU\Software\Classes without administrator rights. Uninstalling removes the
; ProgID and the values it added, and the extension's key once it is empty.
Root: HKA; Subkey: "Software\Classes\{#RxExt}"; ValueType: string; ValueName: ""; ValueData: "{#RxProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#RxExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#RxMime}"; Flags: uninsdeletevalue uninsdeletekeyifempty
; TOML inside: Windows Search indexes it, and Notepad is offered, as text.
Root: HKA; Subkey: "Software\Classes\{#RxExt}"; ValueType: string; ValueName: "PerceivedType"; ValueData: "text"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#RxExt}\OpenWithProgids"; ValueType: string; ValueName: "{#RxProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#RxProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PrescriptionType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#RxProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#RxIcon}"
Root: HKA; Subkey: "Software\Classes\{#RxProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    { Start on login would point at a program that is gone. }
    RegDeleteValue(HKCU, 'Software\Microsoft\Windows\CurrentVersion\Run', '{#AppId}');
    { The history stays unless the person says otherwise; No is the default,
      and a silent uninstall (/SILENT, /VERYSILENT) keeps it too. }
    if SuppressibleMsgBox(CustomMessage('KeepOrDelete'), mbConfirmation,
         MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
    begin
      DelTree(ExpandConstant('{userappdata}\{#Organisation}'), True, True, True);
      DelTree(ExpandConstant('{localappdata}\{#Organisation}'), True, True, True);
      RegDeleteKeyIncludingSubkeys(HKCU, 'Software\{#Organisation}');
    end;
  end;
end;
