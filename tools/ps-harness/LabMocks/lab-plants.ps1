# Lab-only mocks: commands the lab suite (tools/lab) uses to PLANT faults that the generated scripts never run, so the
# fixtures' runs do not load them. Loaded after Mocks/*.ps1 in every lab plant or real-state read on the simulated host.

# icacls /reset [/t] and /inheritance:e: the advice "icacls ...\MachineKeys /reset /t" is how MachineKeys gets into the
# state audit defect #1 describes. /reset replaces an ACL with the inherited entries only (explicit entries removed,
# inheritance on); /t does the same for everything below. icacls reference:
# https://learn.microsoft.com/windows-server/administration/windows-commands/icacls
# The parent of MachineKeys (Crypto\RSA) is modelled as passing on SYSTEM and Administrators full control, the entries
# the harness fixture for repair-machinekeys-acl inherits. Every other icacls call goes to the shared mock.
$global:RdpLabSharedIcacls = ${function:global:icacls}
function global:icacls {
    $list = [string[]]$args
    $reset = $list -contains '/reset'
    $enable = $list -contains '/inheritance:e'
    if (-not $reset -and -not $enable) { return & $global:RdpLabSharedIcacls @list }
    $target = $list[0].TrimEnd('\')
    if (-not $RdpHost.Acls.ContainsKey($target)) { $global:LASTEXITCODE = 2; return "${target}: The system cannot find the file specified." }
    $fromParent = '(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)'
    $sd = [PsHarness.Model.SecurityDescriptor]::Parse($RdpHost.Acls[$target])
    $explicit = if ($reset) { '' } else { ($sd.Aces | Where-Object { -not $_.Inherited } | ForEach-Object { '({0};{1};0x{2:x};;;{3})' -f $_.Type, $_.Flags, $_.Rights, $_.Sid }) -join '' }
    $RdpHost.Acls[$target] = "O:$($sd.Owner)G:$($sd.Group)D:AI$explicit$fromParent"
    $RdpHost.Change("icacls: ACL of $target reset to inherited entries", $target)
    $processed = 1
    if ($reset -and $list -contains '/t') {
        foreach ($child in @($RdpHost.Acls.Keys | Where-Object { $_.StartsWith("$target\", [System.StringComparison]::OrdinalIgnoreCase) })) {
            $c = [PsHarness.Model.SecurityDescriptor]::Parse($RdpHost.Acls[$child])
            # A file inherits the folder's object-inheritable entries, as inherited (ID) entries with no flags of their own.
            $RdpHost.Acls[$child] = "O:$($c.Owner)G:$($c.Group)D:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)"
            $RdpHost.Change("icacls: ACL of $child reset to inherited entries", $child)
            $processed++
        }
    }
    $global:LASTEXITCODE = 0
    "processed file: $target"
    "Successfully processed $processed files; Failed processing 0 files"
}

# Faults that cannot be planted on a real Windows host on purpose (the lab skips them there, with the reason).
function global:Set-RdpLabSimulatedFault {
    [CmdletBinding()]
    param([switch]$WmiRepositoryInconsistent)
    if ($WmiRepositoryInconsistent) { $RdpHost.WmiRepositoryConsistent = $false; $RdpHost.Change('WMI repository made inconsistent (lab plant)', $null) }
}

# New-SelfSignedCertificate (PKI module), as far as the lab uses it: a machine certificate in LocalMachine\My whose
# CAPI key file lands in MachineKeys. https://learn.microsoft.com/powershell/module/pki/new-selfsignedcertificate
function global:New-SelfSignedCertificate {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$CertStoreLocation = 'Cert:\LocalMachine\My', [string[]]$DnsName, [string]$Provider, [string]$KeyExportPolicy, [datetime]$NotAfter)
    if ($CertStoreLocation.TrimEnd('\') -ne 'Cert:\LocalMachine\My') { throw "New-SelfSignedCertificate: the simulation only creates certificates in Cert:\LocalMachine\My, not $CertStoreLocation." }
    if (-not $PSCmdlet.ShouldProcess($CertStoreLocation, 'New-SelfSignedCertificate')) { return }
    $expires = if ($PSBoundParameters.ContainsKey('NotAfter')) { $NotAfter } else { $null }
    [PsHarness.Engine.LabPlants]::NewSelfSignedCertificate($RdpHost, $RdpPaths, $DnsName[0], $expires)
}
