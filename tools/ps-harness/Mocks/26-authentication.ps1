# Mocks for the NLA / cipher-suite checks (issue 14), over Model/WindowsHost.Domain.cs. Documented behaviour:
# - Resolve-DnsName -Type SRV returns DnsRecord_SRV objects with NameTarget; a name that does not exist is a
#   non-terminating error "DNS name does not exist" (https://learn.microsoft.com/powershell/module/dnsclient/resolve-dnsname);
# - Test-ComputerSecureChannel returns a Boolean (Windows PowerShell 5.1 only; modelled as present, the case the
#   check is meant to run in);
# - dsregcmd /status prints "Name : VALUE" lines (https://learn.microsoft.com/entra/identity/devices/troubleshoot-device-dsregcmd);
# - Get-TlsCipherSuite lists the enabled suites as objects with Name.

# Resolve-DnsName (its SRV answers included) is mocked once, in 26-network.ps1.

function global:Test-ComputerSecureChannel {
    [CmdletBinding()]
    param([switch]$Repair, [object]$Credential, [string]$Server)
    if ($Repair) { throw 'Test-ComputerSecureChannel -Repair is not simulated: the checks must never run it.' }
    [bool]$RdpHost.SecureChannelHealthy
}

function global:dsregcmd {
    if ($args -notcontains '/status') { throw "dsregcmd $($args -join ' ') is not simulated by the harness." }
    $joined = 'NO'
    if ($RdpHost.EntraJoined) { $joined = 'YES' }
    $domainJoined = 'NO'
    if ($RdpHost.DomainJoined) { $domainJoined = 'YES' }
    '+----------------------------------------------------------------------+'
    '| Device State                                                         |'
    '+----------------------------------------------------------------------+'
    ''
    "             AzureAdJoined : $joined"
    '          EnterpriseJoined : NO'
    "              DomainJoined : $domainJoined"
    $global:LASTEXITCODE = 0
}

function global:Get-TlsCipherSuite {
    [CmdletBinding()]
    param([string]$Name)
    foreach ($suite in $RdpHost.EnabledCipherSuites) { [pscustomobject]@{ Name = $suite } }
}
