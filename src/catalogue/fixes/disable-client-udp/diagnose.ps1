function Get-RdpClientUdpFinding {
    # Read-only. Reads the "Turn Off UDP On Client" policy value on this (client) computer. Turning UDP off
    # is a workaround for sessions that drop on an unreliable network, not a fix for 0x904 / 0x7 at connect.
    [CmdletBinding()]
    param()
    $key = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services\Client'
    $findings = [System.Collections.Generic.List[string]]::new()
    $current = Get-RdpRegistryValue -Path $key -Name 'fClientDisableUDP'
    $needsFix = ($current -ne 1)
    if ($null -eq $current) {
        $findings.Add('fClientDisableUDP is not set: the Remote Desktop client may use UDP as well as TCP. It will be set to 1 (TCP only).')
    }
    elseif ($needsFix) {
        $findings.Add("fClientDisableUDP is $current in $key; it will be set to 1 (TCP only).")
    }
    else {
        $findings.Add('fClientDisableUDP is already 1: the Remote Desktop client uses TCP only.')
    }
    $findings.Add('This is a workaround, reported by third parties for sessions that drop with 2308 (0x904) on unstable networks; undo it with the rollback once the network is fixed. If a domain GPO sets Turn Off UDP On Client, change it there.')
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'unstable-network-udp'; Findings = $findings.ToArray() }
}
