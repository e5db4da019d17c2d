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
        if ($PSCmdlet.ShouldProcess("$($s.DisplayName) ($($s.Name))", 'Start-Service')) { $RdpHost.StartServiceWaiting($s.Name) }
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
            # Indexers, not properties: a key the caller left out must not trip the caller's Set-StrictMode.
            (-not $FilterHashtable['LogName'] -or $e.LogName -in @($FilterHashtable['LogName'])) -and
            (-not $FilterHashtable['ProviderName'] -or $e.ProviderName -in @($FilterHashtable['ProviderName'])) -and
            (-not $FilterHashtable['Id'] -or $e.Id -in @($FilterHashtable['Id'])) -and
            (-not $FilterHashtable['StartTime'] -or $e.TimeCreated -ge $FilterHashtable['StartTime'])
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
        if ($RdpHost.PkiThroughWinPSCompat) { throw "Cannot bind parameter 'Cert'. Cannot convert the `"$Cert`" value of type `"Deserialized.System.Security.Cryptography.X509Certificates.X509Certificate2`" to type `"System.Security.Cryptography.X509Certificates.X509Certificate2`"." }
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
    # As remoting does: a failure on one computer is an error record for that computer, not the end of the others.
    foreach ($computer in $ComputerName) {
        try { [PsHarness.Engine.Simulator]::Current.InvokeRemote($computer, $ScriptBlock.ToString(), $ArgumentList) }
        catch { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($_.Exception, 'RemoteScriptFailed', 'OperationStopped', $computer)) }
    }
}

# ---- NetTCPIP: CIM-based cmdlets; "not found" is a non-terminating ObjectNotFound error. The firewall
# cmdlets (NetSecurity) are in 25-firewall.ps1.
function global:Get-NetTCPConnection {
    [CmdletBinding()]
    param([uint16[]]$LocalPort, [ValidateSet('Listen', 'Established', 'TimeWait', 'CloseWait', 'Bound')][string[]]$State)
    $found = @($RdpHost.Listening() | Where-Object { (-not $LocalPort -or $_.Item1 -in $LocalPort) -and (-not $State -or 'Listen' -in $State) })
    if ($found.Count -eq 0) {
        $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new("No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '$($LocalPort -join ', ')'.  Verify the value of the property and retry."), 'CmdletizationQuery_NotFound_LocalPort,Get-NetTCPConnection', 'ObjectNotFound', $LocalPort))
        return
    }
    foreach ($l in $found) {
        foreach ($address in @('0.0.0.0', '::')) {
            [pscustomobject]@{ PSTypeName = 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetTCPConnection'; LocalAddress = $address; LocalPort = [uint16]$l.Item1; RemoteAddress = $address; RemotePort = [uint16]0; State = 'Listen'; OwningProcess = [uint32]$l.Item2 }
        }
    }
}

function global:Get-Process {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Name, [int[]]$Id)
    $known = @(@($RdpHost.Listening()) | ForEach-Object { [pscustomobject]@{ Id = $_.Item2; ProcessName = $_.Item3 } }) + @([pscustomobject]@{ Id = 4; ProcessName = 'System' })
    foreach ($i in $Id) {
        $p = $known | Where-Object { $_.Id -eq $i } | Select-Object -First 1
        if ($null -eq $p) { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.ArgumentException]::new("Cannot find a process with the process identifier $i."), 'NoProcessFoundForGivenId', 'ObjectNotFound', $i)); continue }
        [pscustomobject]@{ PSTypeName = 'System.Diagnostics.Process'; Id = $p.Id; ProcessName = $p.ProcessName; Name = $p.ProcessName }
    }
}

# ---- ACLs and native tools. Native commands write lines to the pipeline and set $LASTEXITCODE. ----
function global:Get-Acl {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath)
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) { [PsHarness.Engine.NativeTools]::GetAcl($RdpHost, $RdpPaths, $p) }
}

function global:icacls { $r = [PsHarness.Engine.NativeTools]::Icacls($RdpHost, $RdpPaths, [string[]]$args); $global:LASTEXITCODE = $r.ExitCode; $r.Output }
function global:winmgmt { $r = [PsHarness.Engine.NativeTools]::Winmgmt($RdpHost, $RdpPaths, [string[]]$args); $global:LASTEXITCODE = $r.ExitCode; $r.Output }
function global:certutil { $r = [PsHarness.Engine.NativeTools]::Certutil($RdpHost, [string[]]$args); $global:LASTEXITCODE = $r.ExitCode; $r.Output }
