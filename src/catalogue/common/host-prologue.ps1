Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$hostScript = {
    # Everything from here to the closing brace runs on the target computer: locally, or through
    # Invoke-Command on each remote computer. Preferences are passed in because they do not cross WinRM.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][hashtable]$Settings)
    Set-StrictMode -Version 3.0
    $ErrorActionPreference = 'Stop'
    $WhatIfPreference = $Settings.WhatIf
    $ConfirmPreference = $Settings.ConfirmPreference
