namespace PsHarness.Model;

/// <summary>Who owns what an elevated administrator creates. Windows gives a new object the default owner of the
/// creator's token ("Owner of a New Object": https://learn.microsoft.com/windows/win32/secauthz/owner-of-a-new-object).
/// For members of Administrators that default is set by the security option "System objects: Default owner for
/// objects created by members of the Administrators group": "Object creator" (the admin's own account) on Windows
/// clients since XP, "Administrators group" on Windows Server (KB318825, https://mskb.pkisolutions.com/kb/318825;
/// https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/system-objects-default-owner-for-objects-created-by-members-of-the-administrators-group).</summary>
public sealed partial class WindowsHost
{
    /// <summary>The local administrator account a technician runs as on a Windows 10/11 client (a made-up SID).</summary>
    public const string ClientAdminSid = "S-1-5-21-1004336348-1177238915-682003330-1001";

    /// <summary>Owner of files and folders the scripts create: Administrators (a server, the default) or
    /// <see cref="ClientAdminSid"/> (a client, where the option defaults to "Object creator").</summary>
    public string CreatedObjectOwner { get; set; } = "S-1-5-32-544";
}
