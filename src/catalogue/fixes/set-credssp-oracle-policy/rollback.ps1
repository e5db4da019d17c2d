function Restore-RdpCredSspOracle {
    # Puts AllowEncryptionOracle back as saved; a value that did not exist is removed, so the built-in
    # default applies again. The key itself is left: policy keys are shared with other settings.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath 'credssp.json') -ExpectedPath 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
}
