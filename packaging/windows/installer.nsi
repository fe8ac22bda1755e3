; RDP Doctor's Windows installer, built by `cargo xtask dist` with Debian's makensis.
;
; Per user: no administrator rights, installs into %LOCALAPPDATA%\Programs\RDP Doctor, with a
; Start menu entry, "Open with > RDP Doctor" and a right-click "Check with RDP Doctor" for .rdp
; files (Remote Desktop stays their default app), and an uninstaller listed in Settings > Apps.
; An IT config (rdp-doctor.toml) placed beside the installer becomes the user's config.
;
; Defines passed by xtask: VERSION (0.1.0), VERSION4 (0.1.0.0), STAGE (the portable folder),
; OUTFILE, ICON, and FAST for quick compression.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
; FAST (CI's dev build): quick zlib; what users download gets solid LZMA.
!ifdef FAST
    SetCompressor zlib
!else
    SetCompressor /SOLID lzma
!endif

!define APP "RDP Doctor"
!define EXE "RDP Doctor.exe"
!define UNINSTALLER "Uninstall RDP Doctor.exe"
!define PROGID "RDPDoctor.rdp"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\RDPDoctor"
!define APP_KEY "Software\RDP Doctor"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "Integration.nsh"

Name "${APP}"
Caption "${APP} ${VERSION} Setup"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} Setup"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_WELCOMEPAGE_TEXT "RDP Doctor finds out why a Remote Desktop connection fails and tells you, in plain words, what to do.$\r$\n$\r$\nIt installs for you alone: no administrator rights are needed.$\r$\n$\r$\nClick Install to continue."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start RDP Doctor"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "RDP Doctor"
    SetShellVarContext current
    SetOutPath "$INSTDIR"
    File "${STAGE}\${EXE}"
    File "${STAGE}\WebView2Loader.dll"
    File "${STAGE}\rdp-doctor.exe"
    File "${STAGE}\README.txt"
    File "${STAGE}\rdp-doctor.example.toml"
    WriteUninstaller "$INSTDIR\${UNINSTALLER}"
    WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"

    CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "Find out why Remote Desktop won't connect"

    ; IT can hand out the installer with their rdp-doctor.toml beside it.
    IfFileExists "$EXEDIR\rdp-doctor.toml" 0 no_config
        CreateDirectory "$APPDATA\${APP}"
        CopyFiles /SILENT "$EXEDIR\rdp-doctor.toml" "$APPDATA\${APP}\rdp-doctor.toml"
    no_config:

    ; .rdp files: offered, never taken over. The ProgID opens a file with RDP Doctor; .rdp lists
    ; it under "Open with"; Remote Desktop's own RDP.File gets a "Check with RDP Doctor" verb.
    WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Remote Desktop connection"
    WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
    WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
    WriteRegStr HKCU "Software\Classes\.rdp\OpenWithProgids" "${PROGID}" ""
    WriteRegStr HKCU "Software\Classes\Applications\${EXE}\SupportedTypes" ".rdp" ""
    WriteRegStr HKCU "Software\Classes\Applications\${EXE}" "FriendlyAppName" "${APP}"
    WriteRegStr HKCU "Software\Classes\RDP.File\shell\RDPDoctor" "" "Check with RDP Doctor"
    WriteRegStr HKCU "Software\Classes\RDP.File\shell\RDPDoctor" "Icon" "$INSTDIR\${EXE},0"
    WriteRegStr HKCU "Software\Classes\RDP.File\shell\RDPDoctor\command" "" '"$INSTDIR\${EXE}" "%1"'

    WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
    WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "RDP Doctor"
    WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
    WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
    WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
    WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    IntFmt $0 "0x%08X" $0
    WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"

    ${NotifyShell_AssocChanged}
SectionEnd

Section "Uninstall"
    SetShellVarContext current
    Delete "$INSTDIR\${EXE}"
    Delete "$INSTDIR\WebView2Loader.dll"
    Delete "$INSTDIR\rdp-doctor.exe"
    Delete "$INSTDIR\README.txt"
    Delete "$INSTDIR\rdp-doctor.example.toml"
    Delete "$INSTDIR\${UNINSTALLER}"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${APP}.lnk"

    DeleteRegKey HKCU "Software\Classes\${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.rdp\OpenWithProgids" "${PROGID}"
    DeleteRegKey /ifempty HKCU "Software\Classes\.rdp\OpenWithProgids"
    DeleteRegKey /ifempty HKCU "Software\Classes\.rdp"
    DeleteRegKey HKCU "Software\Classes\Applications\${EXE}"
    DeleteRegKey HKCU "Software\Classes\RDP.File\shell\RDPDoctor"
    DeleteRegKey /ifempty HKCU "Software\Classes\RDP.File\shell"
    DeleteRegKey /ifempty HKCU "Software\Classes\RDP.File"
    DeleteRegKey HKCU "${UNINST_KEY}"
    DeleteRegKey HKCU "${APP_KEY}"
    ; The user's rdp-doctor.toml in %APPDATA%\RDP Doctor stays: it is IT's, not ours.

    ${NotifyShell_AssocChanged}
SectionEnd
