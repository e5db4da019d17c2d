# Mocks of Windows-only commands, backed by the host model $RdpHost. Each one follows the documented
# behaviour of the real command as far as the catalogue uses it; writes honour ShouldProcess where the real
# cmdlet does (native tools such as icacls and winmgmt do not) and record the change in $RdpHost.Changes.

function global:Get-Service {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Name)
    foreach ($n in $Name) {
        $service = $RdpHost.Services.Values | Where-Object { $_.Name -eq $n -or $_.DisplayName -eq $n } | Select-Object -First 1
        if ($null -eq $service) {
            $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new("Cannot find any service with service name '$n'."), 'NoServiceFoundForGivenName', 'ObjectNotFound', $n))
            continue
        }
        [PsHarness.Engine.Views]::Service($RdpHost, $service)
    }
}

function global:Start-Service {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)][string[]]$Name, [switch]$PassThru)
    foreach ($n in $Name) {
        $s = $RdpHost.Service($n)
        if ($PSCmdlet.ShouldProcess("$($s.DisplayName) ($($s.Name))", 'Start-Service')) { $RdpHost.StartService($s.Name) }
    }
}

function global:Stop-Service {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)][string[]]$Name, [switch]$Force, [switch]$PassThru)
    foreach ($n in $Name) {
        $s = $RdpHost.Service($n)
        if ($PSCmdlet.ShouldProcess("$($s.DisplayName) ($($s.Name))", 'Stop-Service')) { $null = $RdpHost.StopService($s.Name, [bool]$Force) }
    }
}

function global:Restart-Service {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)][string[]]$Name, [switch]$Force, [switch]$PassThru)
    foreach ($n in $Name) {
        $s = $RdpHost.Service($n)
        if ($PSCmdlet.ShouldProcess("$($s.DisplayName) ($($s.Name))", 'Restart-Service')) { $RdpHost.RestartService($s.Name, [bool]$Force) }
    }
}

function global:Set-Service {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)][string]$Name, [ValidateSet('Automatic', 'AutomaticDelayedStart', 'Manual', 'Disabled')][string]$StartupType, [string]$Status)
    $s = $RdpHost.Service($Name)
    if (-not $PSCmdlet.ShouldProcess("$($s.DisplayName) ($($s.Name))", 'Set-Service')) { return }
    if ($StartupType) { $s.StartType = $StartupType; $RdpHost.Change("service $Name start type $StartupType", $Name) }
    if ($Status -eq 'Running') { $RdpHost.StartService($Name) }
    if ($Status -eq 'Stopped') { $null = $RdpHost.StopService($Name, $false) }
}

function global:Get-CimInstance {
    [CmdletBinding()]
    param([string]$Namespace = 'root/cimv2', [Parameter(Position = 0)][string]$ClassName, [string]$Filter, [string]$Query, [string]$ComputerName)
    $found = [PsHarness.Engine.Views]::Cim($RdpHost, $Namespace, $ClassName, $Filter)
    if ($null -eq $found) { throw "Invalid class '$ClassName' in namespace '$Namespace' (not simulated by the harness)." }
    $found
}

function global:Invoke-CimMethod {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(ValueFromPipeline)][object]$InputObject, [string]$Namespace, [string]$ClassName, [Parameter(Mandatory, Position = 0)][string]$MethodName, [System.Collections.IDictionary]$Arguments)
    process {
        if (-not $PSCmdlet.ShouldProcess("$($InputObject.CimClass) $ClassName", $MethodName)) { return }
        [PsHarness.Engine.Views]::InvokeCim($RdpHost, $InputObject, $MethodName, $Arguments)
    }
}

function global:Get-WinEvent {
    [CmdletBinding()]
    param([Parameter(Mandatory)][hashtable]$FilterHashtable, [long]$MaxEvents = [long]::MaxValue)
    $events = @($RdpHost.Events | Where-Object {
            $e = $_
            (-not $FilterHashtable.LogName -or $e.LogName -in @($FilterHashtable.LogName)) -and
            (-not $FilterHashtable.ProviderName -or $e.ProviderName -in @($FilterHashtable.ProviderName)) -and
            (-not $FilterHashtable.Id -or $e.Id -in @($FilterHashtable.Id)) -and
            (-not $FilterHashtable.StartTime -or $e.TimeCreated -ge $FilterHashtable.StartTime)
        } | Sort-Object -Property TimeCreated -Descending | Select-Object -First $MaxEvents)
    if ($events.Count -eq 0) {
        $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new('No events were found that match the specified selection criteria.'), 'NoMatchingEventsFound', 'ObjectNotFound', $null))
        return
    }
    $events
}

function global:Export-Certificate {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, ValueFromPipeline)][object]$Cert, [Parameter(Mandatory)][string]$FilePath, [ValidateSet('SST', 'CERT', 'P7B')][string]$Type = 'CERT', [switch]$Force)
    process {
        if (-not $PSCmdlet.ShouldProcess($FilePath, 'Export certificate')) { return }
        # The simulated .sst keeps what a real one keeps: the certificate, linked to its key by the key's container name.
        $file = $RdpPaths.ToReal($FilePath)
        [System.IO.File]::WriteAllText($file, [PsHarness.Engine.Views]::ExportCertificate($Cert))
        [System.IO.FileInfo]::new($file)
    }
}

function global:Import-Certificate {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)][string]$FilePath, [Parameter(Mandatory)][string]$CertStoreLocation)
    $store = $RdpPaths.Map($CertStoreLocation)
    if ($store.Kind -ne 'Certificate') { throw "CertStoreLocation '$CertStoreLocation' is not a certificate store." }
    if (-not $PSCmdlet.ShouldProcess($CertStoreLocation, 'Import certificate')) { return }
    [PsHarness.Engine.Views]::ImportCertificate($RdpHost, $store.Path, [System.IO.File]::ReadAllText($RdpPaths.ToReal($FilePath)))
}

function global:Invoke-Command {
    [CmdletBinding()]
    param([string[]]$ComputerName, [Parameter(Mandatory)][scriptblock]$ScriptBlock, [object[]]$ArgumentList = @(), [pscredential]$Credential)
    foreach ($computer in $ComputerName) { [PsHarness.Engine.Simulator]::Current.InvokeRemote($computer, $ScriptBlock.ToString(), $ArgumentList) }
}
