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
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.KeepOrDelete=Also delete your stretch history, pain ratings and settings?%n%nChoose No to keep them, so they are there again if you reinstall the app.
spanish.KeepOrDelete=¿Borrar también su historial de estiramientos, sus valoraciones del dolor y sus ajustes?%n%nElija No para conservarlos; así seguirán ahí si vuelve a instalar la aplicación.
german.KeepOrDelete=Auch Ihren Dehnungsverlauf, Ihre Schmerzbewertungen und Ihre Einstellungen löschen?%n%nWählen Sie Nein, um sie zu behalten; dann sind sie nach einer Neuinstallation wieder da.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "A 5-minute routine of back stretches you can follow by ear"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

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
