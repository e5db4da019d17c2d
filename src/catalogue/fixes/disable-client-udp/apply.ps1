function Repair-RdpClientUdp {
    # Sets the "Turn Off UDP On Client" policy value, so the Remote Desktop client uses TCP only.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    Set-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services\Client' -Name 'fClientDisableUDP' -Value 1 -Type 'DWord'
}
