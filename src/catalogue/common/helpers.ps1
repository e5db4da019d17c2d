function Write-RdpStatus {
    # One line of progress for the console and the transcript. Level tags keep the log greppable.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Message,
        [ValidateSet('Info', 'Found', 'Ok', 'Warn', 'Change')][string]$Level = 'Info'
    )
    # Every line names its computer: Invoke-Command runs the targets in parallel and returns Write-Host
    # lines without saying where they came from, so a transcript of several servers is readable only so.
    Write-Host ('[{0}] [{1}] {2}' -f $env:COMPUTERNAME, $Level.ToUpperInvariant(), $Message)
}

function Format-RdpTarget {
    # The ShouldProcess target of every change: what, and on which computer. A prompt or "What if:" line
    # from a parallel remote run must say which server it is about before anyone answers "Yes".
    # Fragment authors: $PSCmdlet.ShouldProcess((Format-RdpTarget $path), 'Action').
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Target)
    return "$Target on $env:COMPUTERNAME"
}

function Get-RdpServiceStartMode {
    # A service's start type from Win32_Service.StartMode (Auto, Manual, Disabled), in Set-Service's words
    # ($null when the service does not exist). For every fragment that reads a start type. Not
    # ServiceController.StartType: that property needs .NET Framework 4.6.1, and Windows PowerShell 5.1 on
    # Server 2012 R2 may run on 4.5.2, where reading it under Set-StrictMode throws.
    # https://learn.microsoft.com/dotnet/api/system.serviceprocess.servicecontroller.starttype
    # https://learn.microsoft.com/windows/win32/cimwin32prov/win32-service
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name)
    $service = Get-CimInstance -ClassName 'Win32_Service' -Filter "Name = '$Name'"
    if ($null -eq $service) { return $null }
    if ("$($service.StartMode)" -eq 'Auto') { return 'Automatic' }
    return "$($service.StartMode)"
}

function Get-RdpRegistryValue {
    # Returns the value, or $null when the key or the value does not exist.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string]$Name
    )
    if (-not (Test-Path -LiteralPath $Path)) { return $null }
    $item = Get-ItemProperty -LiteralPath $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) { return $null }
    return $item.$Name
}

function Set-RdpRegistryValue {
    # Writes one value (creating the key if needed) unless it already holds the wanted data.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string]$Name,
        [Parameter(Mandatory)][object]$Value,
        [ValidateSet('DWord', 'QWord', 'String', 'ExpandString', 'MultiString', 'Binary')][string]$Type = 'DWord'
    )
    $current = Get-RdpRegistryValue -Path $Path -Name $Name
    $kind = $null
    if ($null -ne $current) { $kind = (Get-Item -LiteralPath $Path).GetValueKind($Name).ToString() }
    # Same data of another type (REG_SZ "1" for DWORD 1) is not the same value: Windows may ignore it.
    if ($kind -eq $Type -and (@($current) -join ',') -eq (@($Value) -join ',')) {
        Write-RdpStatus -Level Ok -Message "$Path\$Name is already $(@($Value) -join ',')"
        return
    }
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget "$Path\$Name"), "Set registry value to $(@($Value) -join ',')")) {
        if (-not (Test-Path -LiteralPath $Path)) { $null = New-Item -Path $Path -Force -Confirm:$false }
        $null = New-ItemProperty -LiteralPath $Path -Name $Name -Value $Value -PropertyType $Type -Force -Confirm:$false
        Write-RdpStatus -Level Change -Message "Set $Path\$Name to $(@($Value) -join ',')"
    }
}

function Save-RdpRegistryValue {
    # Records whether each value exists, its type and data, so Restore-RdpRegistryValue can put back
    # exactly that state (including "did not exist").
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string[]]$Name,
        [Parameter(Mandatory)][string]$File
    )
    $records = foreach ($valueName in $Name) {
        $data = Get-RdpRegistryValue -Path $Path -Name $valueName
        # By name, not by data: an empty REG_BINARY or REG_MULTI_SZ value exists although it reads as nothing.
        $exists = (Test-Path -LiteralPath $Path) -and (@((Get-Item -LiteralPath $Path).GetValueNames()) -contains $valueName)
        $kind = $null
        if ($exists) { $kind = (Get-Item -LiteralPath $Path).GetValueKind($valueName).ToString() }
        [pscustomobject]@{ Path = $Path; Name = $valueName; Exists = $exists; Kind = $kind; Data = @($data) }
    }
    ConvertTo-Json -InputObject @($records) -Depth 4 | Set-Content -LiteralPath $File -Encoding UTF8
}

function Restore-RdpRegistryValue {
    # Puts back the values recorded by Save-RdpRegistryValue; a value that did not exist is removed.
    # Only the keys in -ExpectedPath are touched: a backup file naming any other key was not written
    # by this fix (a tampered or wrong folder), so it is refused rather than trusted.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$File,
        [Parameter(Mandatory)][string[]]$ExpectedPath
    )
    # Assigned first: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object, so
    # @(... | ConvertFrom-Json) would give a one-item array holding the whole list.
    $records = Get-Content -LiteralPath $File -Raw | ConvertFrom-Json
    foreach ($record in $records) {
        if ($ExpectedPath -notcontains $record.Path) {
            throw "Backup file '$File' names registry key '$($record.Path)', which this fix never backs up; refusing to restore from it."
        }
        $target = "$($record.Path)\$($record.Name)"
        if ($record.Exists) {
            $data = $record.Data
            if ($record.Kind -eq 'DWord') { $data = [int]$record.Data[0] }
            elseif ($record.Kind -eq 'QWord') { $data = [long]$record.Data[0] }
            elseif ($record.Kind -eq 'String' -or $record.Kind -eq 'ExpandString') { $data = [string]$record.Data[0] }
            elseif ($record.Kind -eq 'MultiString') { $data = [string[]]@($record.Data) }
            elseif ($record.Kind -eq 'Binary') { $data = [byte[]]@($record.Data) }
            else { throw "Backup file '$File' holds $target as $($record.Kind), a registry type this script does not restore; restore it by hand." }
            Set-RdpRegistryValue -Path $record.Path -Name $record.Name -Value $data -Type $record.Kind
        }
        elseif ((Test-Path -LiteralPath $record.Path) -and (@((Get-Item -LiteralPath $record.Path).GetValueNames()) -contains $record.Name)) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget $target), 'Remove registry value (it did not exist before)')) {
                Remove-ItemProperty -LiteralPath $record.Path -Name $record.Name -Confirm:$false
                Write-RdpStatus -Level Change -Message "Removed $target"
            }
        }
    }
}
