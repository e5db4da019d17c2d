# Client-side network mocks over Model/WindowsHost.Network.cs (test-rdp-reachability). Documented behaviour:
# - Resolve-DnsName returns one record object per answer (Type A/AAAA with IPAddress; -Type SRV: DnsRecord_SRV
#   objects with NameTarget); a name that does not exist is
#   a non-terminating error (https://learn.microsoft.com/powershell/module/dnsclient/resolve-dnsname);
# - Find-NetRoute returns the source MSFT_NetIPAddress and then the MSFT_NetRoute it would use (DestinationPrefix,
#   InterfaceAlias, NextHop) (https://learn.microsoft.com/powershell/module/nettcpip/find-netroute);
# - New-Object -TypeName System.Net.Sockets.TcpClient gives Engine/SimulatedTcp.cs; any other type is not simulated.

# The one Resolve-DnsName mock (26-authentication.ps1 had its own for SRV records; this file loads after it and
# replaced it, so the domain check's -DnsOnly call failed): SRV for the domain's DC locator record, A/AAAA otherwise.
function global:Resolve-DnsName {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][string]$Name, [string]$Type, [switch]$DnsOnly)
    if ($Type -eq 'SRV') {
        if ($Name -eq "_ldap._tcp.dc._msdcs.$($RdpHost.DomainName)" -and $RdpHost.DomainControllers.Count -gt 0) {
            foreach ($dc in $RdpHost.DomainControllers) { [pscustomobject]@{ Name = $Name; Type = 'SRV'; NameTarget = $dc; Port = 389; Priority = 0; Weight = 100 } }
            return
        }
        $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.ComponentModel.Win32Exception]::new(9003, "$Name : DNS name does not exist"), 'DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName', 'ResourceUnavailable', $Name))
        return
    }
    $addresses = $null
    if (-not $RdpHost.DnsRecords.TryGetValue($Name, [ref]$addresses)) {
        $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.ComponentModel.Win32Exception]::new(9003, "$Name : DNS name does not exist"), 'DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName', 'ResourceUnavailable', $Name))
        return
    }
    foreach ($address in $addresses) {
        $recordType = 'A'
        if ($address -like '*:*') { $recordType = 'AAAA' }
        [pscustomobject]@{ PSTypeName = 'Microsoft.DnsClient.Commands.DnsRecord_A'; Name = $Name; Type = $recordType; TTL = 1200; Section = 'Answer'; IPAddress = $address }
    }
}

function global:Find-NetRoute {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$RemoteIPAddress)
    $route = $RdpHost.RouteTo($RemoteIPAddress)
    if ($null -eq $route) {
        $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new("No matching MSFT_NetRoute objects found for $RemoteIPAddress."), 'Windows System Error 1231,Find-NetRoute', 'ObjectNotFound', $RemoteIPAddress))
        return
    }
    [pscustomobject]@{ PSTypeName = 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetIPAddress'; IPAddress = '192.0.2.10'; InterfaceAlias = $route.Item2 }
    [pscustomobject]@{ PSTypeName = 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetRoute'; DestinationPrefix = $route.Item1; InterfaceAlias = $route.Item2; NextHop = $route.Item3 }
}

function global:New-Object {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][string]$TypeName)
    if ($TypeName -ne 'System.Net.Sockets.TcpClient') { throw "New-Object -TypeName '$TypeName' is not simulated by the harness." }
    [PsHarness.Engine.SimulatedTcpClient]::new($RdpHost)
}
