# Polyfills: cmdlets of Microsoft.PowerShell.Utility/Management that every Windows has, but that NuGet's
# System.Management.Automation package does not ship. Written to the documented behaviour; each one that
# supports -WhatIf on Windows honours ShouldProcess here too, because the runner relies on it.
# Paths go through $RdpPaths: HKLM:\ to the registry model, Cert:\ to the certificate model, C:\ to a temp folder.

function global:Write-Host {
    [CmdletBinding()]
    param([Parameter(Position = 0, ValueFromPipeline, ValueFromRemainingArguments)][object]$Object, [switch]$NoNewline, [object]$Separator = ' ', $ForegroundColor, $BackgroundColor)
    process { $Host.UI.WriteLine((@($Object) -join $Separator)) }
}
function global:Write-Output { param([Parameter(Position = 0, ValueFromPipeline, ValueFromRemainingArguments)][object[]]$InputObject) process { $InputObject } }
function global:Write-Warning { [CmdletBinding()] param([Parameter(Mandatory, Position = 0)][string]$Message) $PSCmdlet.WriteWarning($Message) }
function global:Write-Verbose { [CmdletBinding()] param([Parameter(Mandatory, Position = 0)][string]$Message) $PSCmdlet.WriteVerbose($Message) }
function global:Write-Error {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string]$Message, [System.Exception]$Exception, [string]$Category)
    $e = if ($Exception) { $Exception } else { [System.Exception]::new($Message) }
    $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($e, 'WriteError', 'NotSpecified', $null))
}

function global:Get-Date {
    [CmdletBinding()]
    param([Parameter(Position = 0, ValueFromPipeline)][object]$Date, [string]$Format)
    $value = if ($null -ne $Date) { [datetime]$Date } else { [datetime]::Now }
    if ($Format) { return $value.ToString($Format) }
    $value
}

function global:Join-Path {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][string[]]$Path, [Parameter(Mandatory, Position = 1)][string]$ChildPath, [Parameter(Position = 2, ValueFromRemainingArguments)][string[]]$AdditionalChildPath)
    foreach ($p in $Path) {
        $result = $p.TrimEnd('\', '/') + '\' + $ChildPath.TrimStart('\', '/')
        foreach ($more in @($AdditionalChildPath | Where-Object { $_ })) { $result = $result.TrimEnd('\', '/') + '\' + $more.TrimStart('\', '/') }
        $result
    }
}

function global:Split-Path {
    [CmdletBinding(DefaultParameterSetName = 'Parent')]
    param([Parameter(Mandatory, Position = 0)][string]$Path, [Parameter(ParameterSetName = 'Parent')][switch]$Parent, [Parameter(ParameterSetName = 'Leaf')][switch]$Leaf)
    $trimmed = $Path.TrimEnd('\', '/')
    $cut = [Math]::Max($trimmed.LastIndexOf('\'), $trimmed.LastIndexOf('/'))
    if ($Leaf) { return $trimmed.Substring($cut + 1) }
    if ($cut -lt 0) { return '' }
    $parentPath = $trimmed.Substring(0, $cut)
    if ($parentPath -match '^[A-Za-z]:$') { $parentPath += '\' }
    $parentPath
}

function global:Test-Path {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [ValidateSet('Any', 'Container', 'Leaf')][string]$PathType = 'Any')
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
        $m = $RdpPaths.Map($p)
        switch ($m.Kind) {
            'Registry' { $RdpHost.Registry.KeyExists($m.Path) -and $PathType -ne 'Leaf' }
            'Certificate' { [PsHarness.Engine.Provider]::CertificateExists($RdpHost, $m.Path) }
            default {
                if ($PathType -eq 'Container') { [System.IO.Directory]::Exists($m.Path) }
                elseif ($PathType -eq 'Leaf') { [System.IO.File]::Exists($m.Path) }
                else { [System.IO.Directory]::Exists($m.Path) -or [System.IO.File]::Exists($m.Path) }
            }
        }
    }
}

function global:New-Item {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)][string[]]$Path, [string]$Name, [string]$ItemType, [object]$Value, [switch]$Force)
    foreach ($p in $Path) {
        if ($Name) { $p = Join-Path -Path $p -ChildPath $Name }
        $m = $RdpPaths.Map($p)
        if (-not $PSCmdlet.ShouldProcess("Destination: $p", 'Create Directory')) { continue }
        switch ($m.Kind) {
            'Registry' {
                if ($RdpHost.Registry.KeyExists($m.Path) -and -not $Force) { throw "A key at this path already exists: $p" }
                $RdpHost.Registry.CreateKey($m.Path); $RdpHost.Change("registry key $($m.Path) created", ($m.Path -split '\\')[-1])
                [PsHarness.Model.RegistryKeyView]::new($RdpHost.Registry, $m.Path)
            }
            'Certificate' { throw "New-Item is not supported in the certificate store ($p)." }
            default {
                if ($ItemType -eq 'Directory') {
                    if ([System.IO.Directory]::Exists($m.Path) -and -not $Force) { throw "An item with the specified name $p already exists." }
                    [System.IO.Directory]::CreateDirectory($m.Path)
                }
                else {
                    if ([System.IO.File]::Exists($m.Path) -and -not $Force) { throw "The file '$p' already exists." }
                    $null = [System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($m.Path))
                    [System.IO.File]::WriteAllText($m.Path, "$Value"); [System.IO.FileInfo]::new($m.Path)
                }
            }
        }
    }
}

function global:Get-Item {
    [CmdletBinding()]
    param([Parameter(Position = 0, ValueFromPipelineByPropertyName)][string[]]$Path, [Parameter(ValueFromPipelineByPropertyName)][Alias('PSPath')][string[]]$LiteralPath, [switch]$Force)
    process {
        foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
            $item = [PsHarness.Engine.Provider]::GetItem($RdpHost, $RdpPaths, $p)
            if ($null -eq $item) {
                $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$p' because it does not exist."), 'PathNotFound', 'ObjectNotFound', $p))
            }
            else { $item }
        }
    }
}

function global:Get-ChildItem {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [string]$Filter, [switch]$Recurse, [switch]$Force, [switch]$File, [switch]$Directory)
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
        $items = [PsHarness.Engine.Provider]::GetChildItems($RdpHost, $RdpPaths, $p, [bool]$Recurse)
        if ($null -eq $items) {
            $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$p' because it does not exist."), 'PathNotFound', 'ObjectNotFound', $p))
            continue
        }
        foreach ($item in $items) {
            if ($File -and $item -isnot [System.IO.FileInfo]) { continue }
            if ($Directory -and $item -isnot [System.IO.DirectoryInfo]) { continue }
            if ($Filter -and $item.Name -notlike $Filter) { continue }
            $item
        }
    }
}

function global:Remove-Item {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Position = 0)][string[]]$Path, [Parameter(ValueFromPipelineByPropertyName)][Alias('PSPath')][string[]]$LiteralPath, [switch]$Recurse, [switch]$Force, [switch]$DeleteKey)
    process {
        foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
            $m = $RdpPaths.Map($p)
            if (-not $PSCmdlet.ShouldProcess("Item: $p", 'Remove Item')) { continue }
            [PsHarness.Engine.Provider]::RemoveItem($RdpHost, $m, [bool]$Recurse, [bool]$DeleteKey)
            # A deleted key container (or any modelled file) is gone from the model too, so what Windows does next
            # (SessionEnv minting a new container, say) sees it missing, as on the real disk.
            if ($m.Kind -eq [PsHarness.Model.PathKind]::File -and $RdpHost.Files.Contains($p)) {
                $null = $RdpHost.Files.Remove($p)
                $null = $RdpHost.Acls.Remove($p)
                $RdpHost.Change("file $p removed", $null)
            }
        }
    }
}

function global:Get-ItemProperty {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [Parameter(Position = 1)][string[]]$Name)
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
        $m = $RdpPaths.Map($p)
        if ($m.Kind -ne 'Registry' -or -not $RdpHost.Registry.KeyExists($m.Path)) {
            $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$p' because it does not exist."), 'PathNotFound', 'ObjectNotFound', $p))
            continue
        }
        $values = $RdpHost.Registry.Values($m.Path)
        $wanted = if ($Name) { $Name } else { @($values.Keys) }
        $result = [ordered]@{}
        foreach ($n in $wanted) {
            $v = $RdpHost.Registry.Get($m.Path, $n)
            if ($null -eq $v) {
                $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Management.Automation.PSArgumentException]::new("Property $n does not exist at path $($m.Path.Replace('HKLM', 'HKEY_LOCAL_MACHINE'))."), 'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.GetItemPropertyCommand', 'InvalidArgument', $n))
                continue
            }
            $result[$n] = $v.Data
        }
        if ($result.Count -eq 0) { continue }
        $result['PSPath'] = 'Microsoft.PowerShell.Core\Registry::' + $m.Path.Replace('HKLM', 'HKEY_LOCAL_MACHINE')
        [pscustomobject]$result
    }
}

function global:New-ItemProperty {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [Parameter(Mandatory, Position = 1)][string]$Name, [Parameter(Position = 2)][object]$Value,
        [Alias('Type')][ValidateSet('String', 'ExpandString', 'Binary', 'DWord', 'MultiString', 'QWord', 'Unknown')][string]$PropertyType = 'String', [switch]$Force)
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
        $m = $RdpPaths.Map($p)
        if (-not $RdpHost.Registry.KeyExists($m.Path)) { throw "Cannot find path '$p' because it does not exist." }
        if ($null -ne $RdpHost.Registry.Get($m.Path, $Name) -and -not $Force) { throw "The property already exists: $p\$Name" }
        if (-not $PSCmdlet.ShouldProcess("Item: $($m.Path.Replace('HKLM', 'HKEY_LOCAL_MACHINE')) Property: $Name", 'New Property')) { continue }
        $RdpHost.Registry.Set($m.Path, $Name, [Microsoft.Win32.RegistryValueKind]$PropertyType, $Value)
        $RdpHost.Change("registry $($m.Path)\$Name = $PropertyType $Value", $Name)
        [pscustomobject]@{ $Name = $RdpHost.Registry.Get($m.Path, $Name).Data }
    }
}

function global:Set-ItemProperty {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [Parameter(Mandatory, Position = 1)][string]$Name, [Parameter(Position = 2)][object]$Value,
        [Alias('PropertyType')][string]$Type, [switch]$Force)
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
        $m = $RdpPaths.Map($p)
        if (-not $RdpHost.Registry.KeyExists($m.Path)) { throw "Cannot find path '$p' because it does not exist." }
        if (-not $PSCmdlet.ShouldProcess("Item: $($m.Path.Replace('HKLM', 'HKEY_LOCAL_MACHINE')) Property: $Name", 'Set Property')) { continue }
        $existing = $RdpHost.Registry.Get($m.Path, $Name)
        $kind = if ($Type) { $Type } elseif ($existing) { $existing.Kind } else { 'String' }
        $RdpHost.Registry.Set($m.Path, $Name, [Microsoft.Win32.RegistryValueKind]$kind, $Value)
        $RdpHost.Change("registry $($m.Path)\$Name = $kind $Value", $Name)
    }
}

function global:Remove-ItemProperty {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [Parameter(Mandatory, Position = 1)][string[]]$Name, [switch]$Force)
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
        $m = $RdpPaths.Map($p)
        foreach ($n in $Name) {
            if ($null -eq $RdpHost.Registry.Get($m.Path, $n)) { throw "Property $n does not exist at path $p." }
            if (-not $PSCmdlet.ShouldProcess("Item: $($m.Path.Replace('HKLM', 'HKEY_LOCAL_MACHINE')) Property: $n", 'Remove Property')) { continue }
            $null = $RdpHost.Registry.Remove($m.Path, $n)
            $RdpHost.Change("registry $($m.Path)\$n removed", $n)
        }
    }
}

function global:Set-Content {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [Parameter(Position = 1, ValueFromPipeline)][object[]]$Value, [string]$Encoding, [switch]$Force, [switch]$NoNewline)
    begin { $lines = [System.Collections.Generic.List[string]]::new() }
    process { foreach ($v in $Value) { $lines.Add("$v") } }
    end {
        foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
            $m = $RdpPaths.Map($p)
            if (-not $PSCmdlet.ShouldProcess("Path: $p", 'Set Content')) { continue }
            $text = ($lines -join "`r`n") + $(if ($NoNewline) { '' } else { "`r`n" })
            [System.IO.File]::WriteAllText($m.Path, $text, [System.Text.UTF8Encoding]::new($Encoding -eq 'UTF8BOM'))
        }
    }
}

function global:Get-Content {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, [switch]$Raw, [string]$Encoding)
    foreach ($p in @($Path) + @($LiteralPath) | Where-Object { $_ }) {
        $m = $RdpPaths.Map($p)
        if (-not [System.IO.File]::Exists($m.Path)) { throw [System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$p' because it does not exist.") }
        $text = [System.IO.File]::ReadAllText($m.Path)
        if ($Raw) { $text; continue }
        $lines = @($text -split "`r?`n")
        if ($text.EndsWith("`n")) { $lines = @($lines | Select-Object -First ($lines.Count - 1)) }
        $lines
    }
}

function global:ConvertTo-Json {
    [CmdletBinding()]
    param([Parameter(Position = 0, ValueFromPipeline)][AllowNull()][object]$InputObject, [int]$Depth = 2, [switch]$Compress)
    begin { $items = [System.Collections.Generic.List[object]]::new() }
    process { $items.Add($InputObject) }
    end {
        $value = if ($items.Count -eq 1) { $items[0] } else { , $items.ToArray() }
        [PsHarness.Engine.Json]::ToJson($value, $Depth, [bool]$Compress)
    }
}

function global:ConvertFrom-Json {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)][AllowEmptyString()][string]$InputObject, [switch]$NoEnumerate)
    begin { $parts = [System.Collections.Generic.List[string]]::new() }
    process { $parts.Add($InputObject) }
    end {
        $value = [PsHarness.Engine.Json]::FromJson(($parts -join "`n"))
        if ($NoEnumerate) { , $value } else { $value }
    }
}

function global:Select-Object {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][object]$InputObject, [Parameter(Position = 0)][object[]]$Property, [string]$ExpandProperty,
        [switch]$Unique, [int]$First = -1, [int]$Last = -1, [int]$Skip = 0, [int]$SkipLast = 0)
    begin { $items = [System.Collections.Generic.List[object]]::new() }
    process { if ($null -ne $InputObject -or $MyInvocation.ExpectingInput) { $items.Add($InputObject) } }
    end {
        $out = [object[]]$items.ToArray()
        if ($Skip -or $SkipLast) { $out = [object[]]($out | Select-Object -First ([Math]::Max(0, $out.Count - $SkipLast))); $out = [object[]]([System.Linq.Enumerable]::Skip([object[]]$out, $Skip)) }
        if ($Unique) {
            $seen = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::Ordinal)
            $out = @($out | Where-Object { $seen.Add("$_") })
        }
        if ($First -ge 0) { $out = [object[]]([System.Linq.Enumerable]::Take([object[]]$out, $First)) }
        if ($Last -ge 0) { $out = [object[]]([System.Linq.Enumerable]::Skip([object[]]$out, [Math]::Max(0, $out.Count - $Last))) }
        foreach ($o in $out) {
            if ($ExpandProperty) { $o.$ExpandProperty; continue }
            if (-not $Property) { $o; continue }
            $copy = [ordered]@{}
            foreach ($name in $Property) {
                if ($name -is [hashtable]) { $copy[$name.Name] = & $name.Expression $o; continue }
                $prop = $o.PSObject.Properties[$name]
                $value = $null
                if ($prop) { $value = $prop.Value }
                $copy[$name] = $value
            }
            [pscustomobject]$copy
        }
    }
}

function global:Start-Transcript {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Position = 0)][string]$Path, [string]$LiteralPath, [switch]$Append, [switch]$Force)
    $p = if ($LiteralPath) { $LiteralPath } else { $Path }
    if (-not $PSCmdlet.ShouldProcess($p, 'Start-Transcript')) { return }
    $real = $RdpPaths.ToReal($p)
    [System.IO.File]::AppendAllText($real, "**********************`r`nPowerShell transcript start (simulated)`r`n")
    "Transcript started, output file is $p"
}
function global:Stop-Transcript { [CmdletBinding()] param() 'Transcript stopped (simulated).' }

function global:Get-Credential {
    [CmdletBinding()]
    param([string]$Message, [Parameter(Position = 0)][string]$UserName)
    # The real cmdlet asks through the host (PSHostUserInterface.PromptForCredential), which throws under
    # -NonInteractive and waits for a person otherwise: the harness host records the prompt and does the same.
    $Host.UI.PromptForCredential('Windows PowerShell credential request', $Message, $UserName, '')
}

function global:Sort-Object {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][object]$InputObject, [Parameter(Position = 0)][string[]]$Property, [switch]$Descending, [switch]$Unique)
    begin { $items = [System.Collections.Generic.List[object]]::new() }
    process { $items.Add($InputObject) }
    end {
        $key = if ($Property) { $p = $Property[0]; { param($o) $o.$p } } else { { param($o) $o } }
        $keyed = @($items | ForEach-Object { [pscustomobject]@{ Key = & $key $_; Item = $_ } })
        $sorted = [System.Collections.Generic.List[object]]::new()
        foreach ($k in $keyed) { $sorted.Add($k) }
        $sorted.Sort([System.Comparison[object]] { param($a, $b) [System.Collections.Comparer]::DefaultInvariant.Compare($a.Key, $b.Key) })
        if ($Descending) { $sorted.Reverse() }
        $seen = [System.Collections.Generic.HashSet[string]]::new()
        foreach ($k in $sorted) { if (-not $Unique -or $seen.Add("$($k.Key)")) { $k.Item } }
    }
}

function global:Out-String { [CmdletBinding()] param([Parameter(ValueFromPipeline)][object]$InputObject, [switch]$Stream) begin { $all = @() } process { $all += "$InputObject" } end { ($all -join "`n") + "`n" } }
function global:Measure-Object { [CmdletBinding()] param([Parameter(ValueFromPipeline)][object]$InputObject) begin { $n = 0 } process { $n++ } end { [pscustomobject]@{ Count = $n } } }
