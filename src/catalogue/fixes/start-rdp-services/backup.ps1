function Backup-RdpServiceState {
    # Saves the status and start type of the three services, the only things Repair- changes.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $saved = foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) { continue }
        [pscustomobject]@{ Name = $name; Status = "$($service.Status)"; StartType = Get-RdpServiceStartMode -Name $name }
    }
    ConvertTo-Json -InputObject @($saved) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'services.json') -Encoding UTF8
}
