# Mocks behind the runtime's safety rules (sessions, service timeouts, elevation, 5.1 on .NET 4.5.2). Loaded
# after 20-windows.ps1, so a function here wraps the one defined there.

# quser (query user): a header, then one line per session, active or disconnected; '>' marks the caller's own
# session. With no session it writes "No User exists for *" and exits 1. Columns and words are localized on
# real Windows: https://learn.microsoft.com/windows-server/administration/windows-commands/query-user
# A German Windows ($RdpHost.DisplayLanguage 'de') prints German words (see Model/WindowsHost.Locale.cs).
function global:quser {
    $german = $RdpHost.DisplayLanguage -eq 'de'
    if ($RdpHost.Sessions.Count -eq 0) {
        $global:LASTEXITCODE = 1
        Write-Error -Message $(if ($german) { 'Kein Benutzer für * vorhanden.' } else { 'No User exists for *' })
        return
    }
    if ($german) { ' BENUTZERNAME          SITZUNGSNAME       ID  STATUS  LEERLAUF   ANMELDEZEIT' }
    else { ' USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME' }
    foreach ($s in $RdpHost.Sessions) { ' {0,-21} {1,-18} {2,2}  {3,-6}  .          1/1/2026 8:00 AM' -f $s.User, $s.WinStation, $s.Id, $s.State }
    $global:LASTEXITCODE = 0
}

# Get-Service returns ServiceController objects: Status is read again by Refresh(); Stop() asks and returns at
# once (it stops running dependents too); Start(); WaitForStatus(status, timeout) throws
# System.ServiceProcess.TimeoutException ("Time out has expired ...") when the status is not reached. Time is
# simulated, so a timeout costs nothing. On .NET 4.5.2 the object has no StartType property.
$global:RdpHarnessBaseGetService = ${function:Get-Service}
function global:Get-Service {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Name)
    foreach ($service in @(& $global:RdpHarnessBaseGetService -Name $Name)) {
        if ($null -eq $service) { continue }
        $name = $service.Name
        if (-not $RdpHost.ServiceControllerHasStartType) { $service.PSObject.Properties.Remove('StartType') }
        $service.PSObject.Properties.Remove('Status')
        $service.PSObject.Properties.Add([psscriptproperty]::new('Status', [scriptblock]::Create("`$RdpHost.Service('$name').Status")))
        $dependents = @($RdpHost.Dependents($name) | ForEach-Object { [pscustomobject]@{ Name = $_.Name; Status = $_.Status } })
        $service.PSObject.Properties.Remove('DependentServices')
        $service.PSObject.Properties.Add([psnoteproperty]::new('DependentServices', $dependents))
        $service.PSObject.Methods.Add([psscriptmethod]::new('Refresh', [scriptblock]::Create('')))
        $service.PSObject.Methods.Add([psscriptmethod]::new('Stop', [scriptblock]::Create("`$RdpHost.RequestStop('$name')")))
        $service.PSObject.Methods.Add([psscriptmethod]::new('Start', [scriptblock]::Create(@"
if (`$RdpHost.Service('$name').Status -eq 'StopPending') { throw [System.InvalidOperationException]::new("Cannot start service $name on computer '.'.") }
`$RdpHost.RequestStart('$name')
"@)))
        $service.PSObject.Methods.Add([psscriptmethod]::new('WaitForStatus', [scriptblock]::Create(@"
param(`$status, `$timeout)
if (`$RdpHost.Service('$name').Status -ne "`$status") { throw [System.TimeoutException]::new('Time out has expired and the operation has not been completed.') }
"@)))
        $service
    }
}

# Start-Sleep moves the simulated clock (Windows creating a certificate seconds after SessionEnv starts).
function global:Start-Sleep {
    [CmdletBinding()]
    param([Parameter(Position = 0)][double]$Seconds, [int]$Milliseconds)
    $RdpHost.AdvanceClock($Seconds + $Milliseconds / 1000)
}

# Not elevated: winmgmt needs Administrator rights (it says "Access denied", exit 0x80041003) and, modelled
# conservatively (unverified, audit section 3.3), so does root\cimv2\TerminalServices.
$global:RdpHarnessBaseWinmgmt = ${function:winmgmt}
function global:winmgmt {
    if (-not $RdpHost.IsElevated) { $global:LASTEXITCODE = -2147217405; 'Access denied'; return }
    & $global:RdpHarnessBaseWinmgmt @args
}
$global:RdpHarnessBaseGetCimInstance = ${function:Get-CimInstance}
function global:Get-CimInstance {
    [CmdletBinding()]
    param([string]$Namespace = 'root/cimv2', [Parameter(Position = 0)][string]$ClassName, [string]$Filter, [string]$Query, [string]$ComputerName)
    if (-not $RdpHost.IsElevated -and $Namespace -match 'TerminalServices') { throw [System.UnauthorizedAccessException]::new('Access denied') }
    & $global:RdpHarnessBaseGetCimInstance @PSBoundParameters
}

# Invoke-Command -ThrottleLimit: the runs are sequential here (the harness cannot interleave threads), which
# is one legal schedule of a parallel run. A computer named OFFLINE-* cannot be reached.
function global:Invoke-Command {
    [CmdletBinding()]
    param([string[]]$ComputerName, [Parameter(Mandatory)][scriptblock]$ScriptBlock, [object[]]$ArgumentList = @(), [pscredential]$Credential, [ValidateRange(0, 2147483647)][int]$ThrottleLimit = 32)
    foreach ($computer in $ComputerName) {
        if ($computer -like 'OFFLINE-*') {
            $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new("Connecting to remote server $computer failed with the following error message : WinRM cannot complete the operation."), 'CannotConnect,PSSessionStateBroken', 'OpenError', $computer))
            continue
        }
        try { [PsHarness.Engine.Simulator]::Current.InvokeRemote($computer, $ScriptBlock.ToString(), $ArgumentList) }
        catch { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($_.Exception, 'RemoteScriptFailed', 'OperationStopped', $computer)) }
    }
}

function global:Export-Csv {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(ValueFromPipeline)][object]$InputObject, [string]$LiteralPath, [switch]$NoTypeInformation, [string]$Encoding)
    begin { $rows = [System.Collections.Generic.List[object]]::new() }
    process { $rows.Add($InputObject) }
    end {
        if (-not $PSCmdlet.ShouldProcess($LiteralPath, 'Export-Csv')) { return }
        $quote = { param($v) '"' + ("$v" -replace '"', '""') + '"' }
        $names = @($rows[0].PSObject.Properties | ForEach-Object { $_.Name })
        $lines = @(($names | ForEach-Object { & $quote $_ }) -join ',')
        foreach ($row in $rows) { $lines += (($names | ForEach-Object { & $quote $row.$_ }) -join ',') }
        [System.IO.File]::WriteAllLines($RdpPaths.ToReal($LiteralPath), [string[]]$lines)
    }
}
