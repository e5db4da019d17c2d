# One lab step on a real VM: runs a generated script (or a rollback.ps1 a run wrote) in THIS process, which the lab
# starts as `powershell.exe -NonInteractive` (so a confirmation prompt fails instead of waiting, as under RMM tools),
# and writes what happened as JSON: the runner's summary object, the console lines (from a transcript, because
# "What if:" lines go to the host, not to a stream), errors and the exception. Not used in the simulation.
param(
    [Parameter(Mandatory)][string]$Script,
    [Parameter(Mandatory)][string]$ParametersFile,
    [Parameter(Mandatory)][string]$OutFile
)
$parameters = @{}
$json = Get-Content -LiteralPath $ParametersFile -Raw | ConvertFrom-Json
if ($null -ne $json) { foreach ($p in $json.PSObject.Properties) { $parameters[$p.Name] = $p.Value } }
$transcript = [System.IO.Path]::ChangeExtension($OutFile, '.transcript.txt')
$summary = $null
$errors = [System.Collections.Generic.List[string]]::new()
$exception = $null
$null = Start-Transcript -LiteralPath $transcript -Force
try {
    foreach ($item in @(& $Script @parameters 2>&1)) {
        if ($item -is [System.Management.Automation.ErrorRecord]) { $errors.Add("$item") }
        elseif ($null -ne $item -and $null -ne $item.PSObject.Properties['Mode'] -and $null -ne $item.PSObject.Properties['Changed']) { $summary = $item }
    }
}
catch { $exception = "$($_.Exception.Message) $($_.InvocationInfo.PositionMessage)" }
finally { $null = Stop-Transcript }
$lines = @(Get-Content -LiteralPath $transcript | Where-Object { $_ -notmatch '^\*{10,}$' })
[pscustomobject]@{ Summary = $summary; Lines = $lines; Errors = $errors.ToArray(); Exception = $exception; Prompts = @() } |
    ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $OutFile -Encoding UTF8
