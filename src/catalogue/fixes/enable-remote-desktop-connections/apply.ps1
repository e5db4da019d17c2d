function Repair-RdpRemoteConnections {
    # Sets fDenyTSConnections to 0 and fEnableWinStation to 1 only where the diagnosis found them otherwise, each
    # behind a High-impact confirmation that names the computer: allowing RDP opens this computer to remote logons
    # from every address its firewall lets through. A value Group Policy sets is never written (the diagnosis
    # reports it). No service restart: Microsoft's steps change the value and connect again.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $finding = Get-RdpRemoteConnectionsFinding
    # A script block with its own ConfirmImpact High (the contract allows one function per file).
    $allow = {
        [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
        param([Parameter(Mandatory)][object]$Change)
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget "$($Change.Path)\$($Change.Name)"), $Change.Action)) {
            Set-RdpRegistryValue -Path $Change.Path -Name $Change.Name -Value ([int]$Change.Value) -Type 'DWord' -Confirm:$false
        }
    }
    foreach ($change in @($finding.ToChange)) { & $allow -Change $change }
}
