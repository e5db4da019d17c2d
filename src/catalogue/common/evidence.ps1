function New-RdpEvidence {
    # The evidence of one Diagnose run on this computer: every finding a diagnose function reported (its
    # Evidence dictionary, stable ids such as certificate.self-signed.state), plus one decision per step
    # about the cause it owns. Write-RdpEvidence prints it; the selector reads it back (src/lib/evidence).
    [CmdletBinding()]
    param()
    [pscustomobject]@{ Findings = [ordered]@{}; Decisions = [System.Collections.Generic.List[object]]::new() }
}

function ConvertTo-RdpEvidenceValue {
    # Values travel as short single-line text: true/false, numbers in invariant digits, text cut at 120.
    [CmdletBinding()]
    param([AllowNull()][object]$Value)
    if ($null -eq $Value) { return '' }
    if ($Value -is [bool]) { if ($Value) { return 'true' } else { return 'false' } }
    if ($Value -is [datetime]) { return $Value.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', [System.Globalization.CultureInfo]::InvariantCulture) }
    $text = [System.Convert]::ToString($Value, [System.Globalization.CultureInfo]::InvariantCulture) -replace '[\x00-\x1F\x7F]', ' '
    if ($text.Length -gt 120) { $text = $text.Substring(0, 120) }
    return $text.Trim()
}

function Add-RdpEvidence {
    # Records one step. The decision is the one the diagnose function states, if any (Decision = 'proven',
    # 'ruled-out' or 'unknown', DecidedBy = the finding id); otherwise NeedsFix decides for a fix: true proves
    # the cause, false rules it out. A read-only check (Kind diagnostic) never sets NeedsFix, so without its own
    # Decision its cause stays unknown, never "ruled out". A step that could not be diagnosed (Failed) or did
    # not run here (Skipped) decides nothing: its cause stays unknown.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][object]$Evidence,
        [Parameter(Mandatory)][object]$Step,
        [AllowNull()][object]$Finding,
        [ValidateSet('Ran', 'Failed', 'Skipped')][string]$Outcome = 'Ran'
    )
    $own = "fix.$($Step.Id).needs-fix"
    $cause = ''
    $state = 'unknown'
    $decidedBy = $own
    if ($Outcome -ne 'Ran' -or $null -eq $Finding) {
        $Evidence.Findings[$own] = $Outcome.ToLowerInvariant()
    }
    else {
        $names = @($Finding.PSObject.Properties | ForEach-Object { $_.Name })
        if ($names -contains 'Evidence' -and $Finding.Evidence -is [System.Collections.IDictionary]) {
            foreach ($key in @($Finding.Evidence.Keys)) {
                # Only ids in the documented shape (CONTRIBUTING.md, "Evidence"): the selector refuses anything else.
                if ("$key" -cmatch '^[a-z0-9]+(?:[.-][a-z0-9]+)*$') { $Evidence.Findings["$key"] = ConvertTo-RdpEvidenceValue $Finding.Evidence[$key] }
            }
        }
        $Evidence.Findings[$own] = ConvertTo-RdpEvidenceValue ([bool]$Finding.NeedsFix)
        if ($names -contains 'Cause') { $cause = "$($Finding.Cause)" }
        $isCheck = $null -ne $Step.PSObject.Properties['Kind'] -and "$($Step.Kind)" -eq 'diagnostic'
        if ([bool]$Finding.NeedsFix) { $state = 'proven' } elseif (-not $isCheck) { $state = 'ruled-out' }
        if ($names -contains 'Decision' -and @('proven', 'ruled-out', 'unknown') -contains "$($Finding.Decision)") { $state = "$($Finding.Decision)" }
        if ($names -contains 'DecidedBy' -and $Evidence.Findings.Contains("$($Finding.DecidedBy)")) { $decidedBy = "$($Finding.DecidedBy)" }
    }
    if ($cause -cmatch '^[a-z0-9]+(?:-[a-z0-9]+)*$') {
        $Evidence.Decisions.Add([ordered]@{ fix = $Step.Id; cause = $cause; state = $state; finding = $decidedBy })
    }
}

function Get-RdpEvidenceToken {
    # One line: rfe1.<base64url of the JSON>.<first 16 hex digits of the SHA-256 of that base64url text>.
    # The checksum catches a line cut short or changed by copying; it is no signature (anyone can recompute
    # it), so the selector treats the content as untrusted whatever the checksum says.
    [CmdletBinding()]
    param([Parameter(Mandatory)][object]$Evidence, [string]$Site = '', [int]$Generator = 0)
    $body = [ordered]@{ format = 1; site = $Site; generator = $Generator; computer = "$env:COMPUTERNAME"; findings = $Evidence.Findings; decisions = @($Evidence.Decisions) }
    $json = ConvertTo-Json -InputObject $body -Depth 4 -Compress
    $payload = [System.Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($json)).TrimEnd('=').Replace('+', '-').Replace('/', '_')
    $sha = [System.Security.Cryptography.SHA256]::Create()
    try { $hash = $sha.ComputeHash([System.Text.Encoding]::ASCII.GetBytes($payload)) }
    finally { $sha.Dispose() }
    $checksum = (@($hash | Select-Object -First 8 | ForEach-Object { $_.ToString('x2') }) -join '')
    return ('rfe1.{0}.{1}' -f $payload, $checksum)
}

function Write-RdpEvidence {
    # The end of every Diagnose run on this computer: a readable table, the evidence line between markers
    # (to paste into the selector), and a link that opens the selector with it. The link puts the evidence
    # after the hash sign, which browsers never send to the web server or a proxy.
    [CmdletBinding()]
    param([Parameter(Mandatory)][object]$Evidence, [string]$Site = '', [int]$Generator = 0)
    $computer = $env:COMPUTERNAME
    Write-RdpStatus "Evidence from ${computer}: $($Evidence.Findings.Count) finding(s), $($Evidence.Decisions.Count) cause decision(s)."
    foreach ($key in @($Evidence.Findings.Keys)) { Write-RdpStatus "  $key = $($Evidence.Findings[$key])" }
    foreach ($decision in @($Evidence.Decisions)) { Write-RdpStatus "  cause $($decision.cause): $($decision.state) (by $($decision.finding), from $($decision.fix))" }
    $token = Get-RdpEvidenceToken -Evidence $Evidence -Site $Site -Generator $Generator
    Write-RdpStatus '-----BEGIN RDP FIX EVIDENCE-----'
    Write-RdpStatus $token
    Write-RdpStatus '-----END RDP FIX EVIDENCE-----'
    # Concatenated, not inside a double-quoted string, where some PowerShell tooling reads the hash sign as a comment.
    if ($Site) { $link = $Site + '#evidence=' + $token; Write-RdpStatus "Open the selector with this evidence: $link" }
    else { Write-RdpStatus 'Paste the lines from BEGIN to END into the evidence box of the selector.' }
}
