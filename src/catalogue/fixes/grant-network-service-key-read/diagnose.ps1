function Get-RdpCertificateKeyAccessFinding {
    # Read-only. For the custom certificate bound to the RDP-Tcp listener (SSLCertificateSHA1HashType 3),
    # checks that NETWORK SERVICE (S-1-5-20), the account Remote Desktop Services runs as, can read the
    # certificate's private key file. -CertificateThumbprint, if given, must name that same certificate.
    [CmdletBinding()]
    param([string]$CertificateThumbprint = '')
    $findings = [System.Collections.Generic.List[string]]::new()
    $thumbprint = ''
    # Thumbprint: the bound certificate this finding is about, so the repair works on exactly that one.
    $result = { param([bool]$NeedsFix) [pscustomobject]@{ NeedsFix = $NeedsFix; Cause = 'private-key-access'; Findings = $findings.ToArray(); Thumbprint = $thumbprint } }
    # Key file location: CryptoAPI keys are in MachineKeys, CNG keys in Crypto\Keys, named after the key's
    # unique container name (Microsoft's key-storage page). Unverified: which .NET key type is returned for
    # a CryptoAPI key differs between Windows PowerShell 5.1 and PowerShell 7, and opening the key needs
    # read access to it. So every name found is tried in both folders, with certutil's unique container
    # name (matched by its format, not by its localized label) as the fallback. Keys in a TPM, HSM or
    # smart card have no file: reported, never changed.
    $findKeyFile = {
        param($Certificate)
        $names = [System.Collections.Generic.List[string]]::new()
        try {
            $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($Certificate)
            if ($key -is [System.Security.Cryptography.RSACng]) { $names.Add($key.Key.UniqueName) }
            elseif ($key -is [System.Security.Cryptography.RSACryptoServiceProvider]) { $names.Add($key.CspKeyContainerInfo.UniqueKeyContainerName) }
        }
        catch { Write-Verbose "Could not open the private key of $($Certificate.Thumbprint) through .NET: $($_.Exception.Message)" }
        if ($names.Count -eq 0) {
            $output = & certutil -store My $Certificate.Thumbprint
            if ($LASTEXITCODE -eq 0) {
                foreach ($match in [regex]::Matches(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase')) { $names.Add($match.Value) }
            }
        }
        foreach ($name in $names) {
            foreach ($store in @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys')) {
                $file = Join-Path -Path (Join-Path -Path $env:ProgramData -ChildPath $store) -ChildPath $name
                if (Test-Path -LiteralPath $file -PathType Leaf) { return $file }
            }
        }
        return $null
    }

    $requested = ($CertificateThumbprint -replace '[^0-9A-Fa-f]', '').ToUpperInvariant()
    # The certificate the listener is bound to: through WMI, or (WMI broken) the custom binding in the registry.
    $bound = ''
    $boundType = 0
    try {
        $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
        if ($null -eq $setting) {
            $findings.Add('Win32_TSGeneralSetting has no RDP-Tcp listener: check the listener first.')
            return & $result $false
        }
        $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
        $boundType = [int]$setting.SSLCertificateSHA1HashType
    }
    catch {
        # REG_BINARY comes back as loose bytes: @() before formatting them.
        $bytes = @(Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SSLCertificateSHA1Hash')
        $bound = (($bytes | Where-Object { $null -ne $_ } | ForEach-Object { ([int]$_).ToString('X2') }) -join '')
        $boundType = 3
        $findings.Add("Win32_TSGeneralSetting could not be read ($($_.Exception.Message)); using the custom binding in the registry instead.")
    }
    # A thumbprint from the selector (or a link) only confirms which certificate to work on. It must be the
    # bound one: granting NETWORK SERVICE read on any other certificate's key would expose that key to
    # every service running as NETWORK SERVICE.
    if ($requested -and $requested -ne $bound) {
        $findings.Add("Certificate $requested is not the certificate the RDP listener is bound to ($(if ($bound) { $bound } else { 'none found' })). This fix only grants NETWORK SERVICE read on the listener's own certificate key; nothing will be changed. Bind the certificate first, or leave the thumbprint empty.")
        return & $result $false
    }
    if ($boundType -ne 3 -or -not $bound) {
        $findings.Add("The listener uses the default self-signed certificate (SSLCertificateSHA1HashType $boundType), not a custom one: this fix does not apply. For the self-signed certificate, repair MachineKeys and regenerate it.")
        return & $result $false
    }
    $thumbprint = $bound
    $certificate = @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.Thumbprint -eq $thumbprint }) | Select-Object -First 1
    if ($null -eq $certificate) {
        $findings.Add("Certificate $thumbprint is not in Cert:\LocalMachine\My. If the listener is bound to it, that is a stale binding: see the stale-binding fix.")
        return & $result $false
    }
    if (-not $certificate.HasPrivateKey) {
        $findings.Add("Certificate $thumbprint has no private key on this computer: import it again with its key (.pfx).")
        return & $result $false
    }
    $keyFile = & $findKeyFile $certificate
    if (-not $keyFile) {
        $findings.Add("The private key file of $thumbprint was not found in MachineKeys or Crypto\Keys (it may be in a TPM, HSM or smart card, or unreadable for Administrators). Use Manage Private Keys in the Certificates console.")
        return & $result $false
    }
    $findings.Add("Private key of $thumbprint ($($certificate.Subject)): $keyFile")
    # NETWORK SERVICE reads through its own SID, Everyone (S-1-1-0) or Authenticated Users (S-1-5-11).
    # Read is 0x120089 (what icacls calls R); GENERIC_ALL and GENERIC_READ also grant it.
    $readers = @('S-1-5-20', 'S-1-1-0', 'S-1-5-11')
    $rules = @((Get-Acl -LiteralPath $keyFile).GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier]) | Where-Object { $readers -contains $_.IdentityReference.Value })
    $canRead = $false
    $blocked = $false
    foreach ($rule in $rules) {
        $rights = [int]$rule.FileSystemRights
        $reads = (($rights -band 0x120089) -eq 0x120089) -or (($rights -band 0x10000000) -ne 0) -or (($rights -band 0x80000000) -ne 0)
        if ($rule.AccessControlType -eq 'Deny' -and ($reads -or ($rights -band 0x1))) {
            $blocked = $true
            $findings.Add("A deny entry for $($rule.IdentityReference.Value) blocks reading the key. This script does not remove deny entries: review it in Manage Private Keys.")
        }
        elseif ($rule.AccessControlType -eq 'Allow' -and $reads) { $canRead = $true }
    }
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36870; StartTime = (Get-Date).AddDays(-7) } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Schannel event 36870 at $($logged.TimeCreated.ToString('u')): the TLS server credential private key could not be read.")
    }
    if ($blocked) { return & $result $false }
    if ($canRead) {
        $findings.Add('NETWORK SERVICE (S-1-5-20) can read the private key.')
        return & $result $false
    }
    $findings.Add('NETWORK SERVICE (S-1-5-20) has no Read access to the private key: it will be granted Read (not Full Control).')
    return & $result $true
}
