function Assert-RdpTrustedItem {
    # One folder or file that an elevated run trusts: owned by SYSTEM or Administrators, writable by no
    # one else, and not a junction or symbolic link (a standard user could point one at a folder of
    # their choosing, so the elevated run would write or read there).
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $trusted = @('S-1-5-18', 'S-1-5-32-544')
    # Write data, append, write attributes (extended too), delete (child), change permissions, take
    # ownership, generic write, generic all.
    $writeRights = 0x2 -bor 0x4 -bor 0x10 -bor 0x40 -bor 0x100 -bor 0x10000 -bor 0x40000 -bor 0x80000 -bor 0x40000000 -bor 0x10000000
    $item = Get-Item -LiteralPath $Path -Force
    if (($item.Attributes -band [System.IO.FileAttributes]::ReparsePoint) -ne 0) {
        throw "'$Path' on $env:COMPUTERNAME is a junction or symbolic link; refusing to use it (it may have been planted). Remove it, or pass a folder only administrators can write to."
    }
    $acl = Get-Acl -LiteralPath $item.FullName
    $owner = $acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value
    if ($trusted -notcontains $owner) {
        throw "'$($item.FullName)' on $env:COMPUTERNAME is owned by $owner, not by SYSTEM or Administrators; refusing to use it (it may have been tampered with). Remove it, or pass a folder only administrators can write to."
    }
    foreach ($rule in $acl.GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) {
        $writes = ([int]$rule.FileSystemRights -band $writeRights) -ne 0
        if ($rule.AccessControlType -eq 'Allow' -and $writes -and $trusted -notcontains $rule.IdentityReference.Value) {
            throw "$($rule.IdentityReference.Value) may write to '$($item.FullName)' on $env:COMPUTERNAME; only SYSTEM and Administrators may. Refusing to use it (it may have been tampered with)."
        }
    }
}

function Assert-RdpTrustedFolder {
    # A rollback runs as Administrator and acts on what the backup folder holds. It refuses a folder, or
    # anything in it, that anyone but SYSTEM or Administrators owns or may write to: such files could
    # have been planted or edited by a standard user.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Assert-RdpTrustedItem -Path $Path
    foreach ($item in @(Get-ChildItem -LiteralPath $Path -Recurse -Force)) { Assert-RdpTrustedItem -Path $item.FullName }
}

function Protect-RdpFolder {
    # A protected ACL of its own (SYSTEM and Administrators, full control), owned by Administrators. A new
    # folder under %ProgramData% would otherwise inherit the grant that lets every user create files and
    # folders in it.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $output = & icacls $Path /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' /q
    if ($LASTEXITCODE -eq 0) { $output = & icacls $Path /setowner '*S-1-5-32-544' /q }
    if ($LASTEXITCODE -ne 0) {
        throw "Could not restrict access to '$Path' on $env:COMPUTERNAME (icacls exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed."
    }
}

function Set-RdpBackupOwner {
    # Gives Administrators ownership of the run folder and everything in it, once the backups and
    # rollback.ps1 are written. On Windows 10/11 what an elevated administrator creates is owned by their
    # own account ("System objects: Default owner for objects created by members of the Administrators
    # group" defaults to "Object creator" on clients, "Administrators group" on servers), and the rollback
    # trusts only SYSTEM or Administrators as owner, so without this it would refuse its own backups.
    # https://learn.microsoft.com/windows/win32/secauthz/owner-of-a-new-object
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $output = & icacls $Path /setowner '*S-1-5-32-544' /t /c /q
    if ($LASTEXITCODE -ne 0) {
        throw "Could not make Administrators the owner of '$Path' and its files on $env:COMPUTERNAME (icacls exit code $LASTEXITCODE): $($output -join ' '). The rollback would refuse them, so nothing was changed."
    }
}

function Protect-RdpBackupFolder {
    # Backups drive an elevated rollback, so only SYSTEM and Administrators may write them: the run folder
    # is protected before anything is written into it, and must then be empty.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Protect-RdpFolder -Path $Path
    Assert-RdpTrustedFolder -Path $Path
    if (@(Get-ChildItem -LiteralPath $Path -Force).Count -gt 0) {
        throw "The new backup folder '$Path' on $env:COMPUTERNAME already holds files that this script did not write; nothing was changed. Remove them, or pass -BackupRoot with a folder only administrators can write to."
    }
}

function Initialize-RdpDataFolder {
    # %ProgramData%\RdpFixGuide and its Logs or Backup folder. %ProgramData% lets every user create
    # folders, so a standard user could create these first (or as a junction) and make the elevated run
    # write its transcript or backups where they choose, or plant a "newer" backup run. Each level that
    # exists must be trusted: not a link, owned by SYSTEM or Administrators. A folder an administrator
    # created (an earlier version of this script did, with the inherited ACL) is protected again; one a
    # standard user created is refused. A missing level is created and protected.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $root = Join-Path -Path $env:ProgramData -ChildPath 'RdpFixGuide'
    foreach ($folder in @($root, $Path) | Select-Object -Unique) {
        if (Test-Path -LiteralPath $folder) {
            $item = Get-Item -LiteralPath $folder -Force
            if (($item.Attributes -band [System.IO.FileAttributes]::ReparsePoint) -ne 0) {
                throw "'$folder' on $env:COMPUTERNAME is a junction or symbolic link; refusing to write there (a standard user may have planted it). Delete it as Administrator and run again."
            }
            $owner = (Get-Acl -LiteralPath $folder).GetOwner([System.Security.Principal.SecurityIdentifier]).Value
            if (@('S-1-5-18', 'S-1-5-32-544') -notcontains $owner) {
                throw "'$folder' on $env:COMPUTERNAME is owned by $owner, not by SYSTEM or Administrators, so a standard user created it; refusing to write there. Delete it as Administrator and run again."
            }
        }
        else { $null = New-Item -ItemType Directory -Path $folder -WhatIf:$false }
        Protect-RdpFolder -Path $folder
        Assert-RdpTrustedItem -Path $folder
    }
}
