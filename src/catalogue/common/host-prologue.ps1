Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Test-RdpInteractive {
    # Can this PowerShell ask the technician? Under an RMM agent, an Intune remediation or a scheduled task
    # a confirmation prompt either fails ("PowerShell is in NonInteractive mode") or waits forever, so the
    # runner stops before any change instead. Three signs, each documented:
    # - Environment.UserInteractive is false in a service or a task with no desktop (how Intune and most
    #   RMM agents run scripts): https://learn.microsoft.com/dotnet/api/system.environment.userinteractive
    # - powershell.exe/pwsh -NonInteractive (or an abbreviation such as -noni):
    #   https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_powershell_exe
    # - the console's input is redirected (a command piped in), so a prompt would read the pipe.
    # A remote run asks on this computer (prompts come back through WinRM), so this is checked here.
    if (-not [System.Environment]::UserInteractive) { return $false }
    foreach ($argument in @([System.Environment]::GetCommandLineArgs() | Select-Object -Skip 1)) {
        if ("$argument" -match '^--?noni') { return $false }
    }
    if ($Host.Name -eq 'ConsoleHost' -and [System.Console]::IsInputRedirected) { return $false }
    return $true
}

$hostScript = {
    # Everything from here to the closing brace runs on the target computer: locally, or through
    # Invoke-Command on each remote computer. Preferences are passed in because they do not cross WinRM.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][hashtable]$Settings, [switch]$DefineOnly)
    Set-StrictMode -Version 3.0
    $ErrorActionPreference = 'Stop'
    $WhatIfPreference = $Settings.WhatIf
    $ConfirmPreference = $Settings.ConfirmPreference
