function Repair-RdpSecurityLayer {
    # Writes only what the diagnosis found: SecurityLayer where it is the RDP layer (0) or missing, raised to
    # Negotiate (1) or, when TLS was chosen and a usable certificate is bound, TLS (2); Negotiate raised to TLS
    # only when TLS was chosen. TLS (2) is never lowered (Negotiate is the unattend default, TLS is stricter:
    # https://learn.microsoft.com/windows-hardware/customize/desktop/unattend/microsoft-windows-terminalservices-rdp-winstationextensions-securitylayer).
    # NLA is turned on only with -NetworkLevelAuthentication Require, behind a High-impact confirmation: a host
    # may have it off on purpose, and turning it on turns away every client that cannot use NLA.
    # Values that Group Policy sets are never written (the diagnosis reports them).
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][ValidateSet('Negotiate', 'TLS')][string]$SecurityLayer,
        [Parameter(Mandatory)][ValidateSet('Report', 'Require')][string]$NetworkLevelAuthentication
    )
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $finding = Get-RdpSecurityLayerFinding -SecurityLayer $SecurityLayer -NetworkLevelAuthentication $NetworkLevelAuthentication
    if ($null -ne $finding.TargetLayer) {
        if ($SecurityLayer -eq 'TLS' -and $finding.TargetLayer -eq 1) {
            Write-RdpStatus -Level Warn -Message "$env:COMPUTERNAME`: TLS (2) would turn every client away or is not allowed yet (see the diagnosis); SecurityLayer is raised to Negotiate (1) instead."
        }
        Set-RdpRegistryValue -Path $listener -Name 'SecurityLayer' -Value ([int]$finding.TargetLayer) -Type 'DWord'
    }
    if (-not $finding.EnableNla) { return }
    # A script block with its own ConfirmImpact High (the contract allows one function per file): PowerShell
    # asks before it unless -Confirm:$false was given, and the question names the computer.
    $requireNla = {
        [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
        param([Parameter(Mandatory)][string]$Path)
        $target = "$env:COMPUTERNAME`: $Path\UserAuthentication"
        if ($PSCmdlet.ShouldProcess($target, 'Require Network Level Authentication (set to 1); clients that cannot use NLA will be turned away')) {
            Set-RdpRegistryValue -Path $Path -Name 'UserAuthentication' -Value 1 -Type 'DWord' -Confirm:$false
        }
    }
    & $requireNla -Path $listener
}
