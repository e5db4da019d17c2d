function Get-RdpWmiRepositoryFinding {
    # Read-only. No Microsoft source ties WMI to 0x904 / 0x7; WMI matters here only because the RDP
    # listener settings (Win32_TSGeneralSetting) are read and set through it. `winmgmt /verifyrepository`
    # only checks consistency; per Microsoft's winmgmt page it returns ERROR_INTERNAL_DB_CORRUPTION (1358)
    # when the repository is inconsistent. Its printed text is localized, so it is shown, not parsed.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    $output = & winmgmt /verifyrepository
    $exitCode = $LASTEXITCODE
    $text = (@($output) -join ' ').Trim()
    if ($exitCode -eq 0) {
        $findings.Add("winmgmt /verifyrepository: the WMI repository is consistent ($text).")
    }
    elseif ($exitCode -eq 1358) {
        $needsFix = $true
        $findings.Add("winmgmt /verifyrepository returned 1358 (ERROR_INTERNAL_DB_CORRUPTION): the WMI repository is inconsistent ($text). It will be salvaged with /salvagerepository.")
    }
    else {
        $findings.Add("winmgmt /verifyrepository could not check the repository (exit code $exitCode): $text. Run the script from an elevated PowerShell.")
    }
    try {
        $setting = @(Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting')
        $findings.Add("Win32_TSGeneralSetting can be read ($($setting.Count) listener(s)).")
    }
    catch {
        $findings.Add("Win32_TSGeneralSetting cannot be read: $($_.Exception.Message)")
        if (-not $needsFix) {
            $findings.Add('The repository is not reported inconsistent, so salvaging it is not indicated: the Terminal Services WMI provider itself may be the problem.')
        }
    }
    $findings.Add('Note: no Microsoft source ties WMI to 0x904 / 0x7; fix WMI only because the RDP tools need it.')
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'wmi-repository'; Findings = $findings.ToArray() }
}
