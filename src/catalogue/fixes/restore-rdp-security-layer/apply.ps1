function Repair-RdpSecurityLayer {
    # Sets the RDP-Tcp listener's SecurityLayer to Negotiate (1) or TLS (2), never RDP (0), and turns
    # Network Level Authentication back on where it is off. Values that Group Policy sets are left alone:
    # the policy wins, so a local write would be overwritten and would report a false success.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][ValidateSet('Negotiate', 'TLS')][string]$SecurityLayer)
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $wanted = 1
    if ($SecurityLayer -eq 'TLS') { $wanted = 2 }
    # TLS (2) needs a usable certificate bound to the listener; the diagnosis checks it (TlsReady).
    $tlsReady = (Get-RdpSecurityLayerFinding -SecurityLayer $SecurityLayer).TlsReady

    $level = Get-RdpRegistryValue -Path $policy -Name 'MinEncryptionLevel'
    if ($null -eq $level) { $level = Get-RdpRegistryValue -Path $listener -Name 'MinEncryptionLevel' }
    if ($null -ne (Get-RdpRegistryValue -Path $policy -Name 'SecurityLayer')) {
        Write-RdpStatus -Level Warn -Message 'Group Policy sets SecurityLayer; not changed here. Change the GPO.'
    }
    elseif ($wanted -eq 2 -and $level -eq 1) {
        # Microsoft's SetSecurityLayer method refuses TLS while the encryption level is Low.
        Write-RdpStatus -Level Warn -Message 'MinEncryptionLevel is Low (1), which does not allow TLS (2); SecurityLayer not changed. Raise the encryption level or choose Negotiate.'
    }
    elseif (-not $tlsReady) {
        Write-RdpStatus -Level Warn -Message 'No valid certificate with a private key is bound to the listener, so TLS (2) would turn every client away; SecurityLayer not changed. Fix the certificate first, or choose Negotiate.'
    }
    else {
        Set-RdpRegistryValue -Path $listener -Name 'SecurityLayer' -Value $wanted -Type 'DWord'
    }

    if ($null -ne (Get-RdpRegistryValue -Path $policy -Name 'UserAuthentication')) {
        Write-RdpStatus -Level Warn -Message 'Group Policy sets UserAuthentication (NLA); not changed here. Change the GPO.'
    }
    elseif ((Get-RdpRegistryValue -Path $listener -Name 'UserAuthentication') -eq 0) {
        Set-RdpRegistryValue -Path $listener -Name 'UserAuthentication' -Value 1 -Type 'DWord'
    }
}
