# NetSecurity mocks over the firewall model (Model/WindowsHost.Firewall.cs). Documented behaviour modelled here
# (https://learn.microsoft.com/powershell/module/netsecurity/get-netfirewallrule):
# - without -PolicyStore, Get-NetFirewallRule reads the local PersistentStore only, so a GPO's rules are invisible;
# - -PolicyStore ActiveStore returns what applies: the GPO rules plus the local ones unless the GPO turned local
#   rule merge off (AllowLocalFirewallRules False); PolicyStoreSourceType says where each came from, and
#   -TracePolicyStore fills PolicyStoreSource with the GPO's name;
# - Enable-/Disable-NetFirewallRule work on the PersistentStore: a GPO rule cannot be changed on the computer.
# "Not found" is a non-terminating ObjectNotFound error, as for every CIM-based cmdlet.

function global:ConvertTo-RdpHarnessRuleView {
    param([PsHarness.Model.FirewallRule]$Rule, [string]$Store, [bool]$Trace)
    $view = [PsHarness.Engine.Views]::FirewallRule($Rule)
    $sourceType = 'Local'
    $source = 'PersistentStore'
    if ($Store -eq 'ActiveStore') {
        $sourceType = $Rule.PolicyStoreSourceType
        if ($Trace) { $source = $Rule.PolicyStoreSource } else { $source = '' }
    }
    # Add-Member is not in the NuGet engine; the note properties are added directly.
    $view.PSObject.Properties.Add([psnoteproperty]::new('PolicyStoreSourceType', $sourceType))
    $view.PSObject.Properties.Add([psnoteproperty]::new('PolicyStoreSource', $source))
    $view.PSObject.Properties.Add([psnoteproperty]::new('RdpHarnessStore', $Store))
    $view
}

function global:Get-NetFirewallRule {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Name, [string[]]$DisplayName, [string[]]$DisplayGroup, [string]$PolicyStore = 'PersistentStore', [switch]$TracePolicyStore,
        [string[]]$Enabled, [string[]]$Direction, [string[]]$Action)
    if ($PolicyStore -notin @('PersistentStore', 'ActiveStore')) { throw "Get-NetFirewallRule -PolicyStore '$PolicyStore' is not simulated by the harness (only PersistentStore and ActiveStore)." }
    $rules = if ($PolicyStore -eq 'ActiveStore') { @($RdpHost.FirewallActiveStore()) } else { @($RdpHost.FirewallPersistentStore()) }
    $found = @($rules | Where-Object {
            (-not $Name -or $_.Name -in $Name) -and (-not $DisplayName -or $_.DisplayName -in $DisplayName) -and (-not $DisplayGroup -or $_.DisplayGroup -in $DisplayGroup) -and
            (-not $Enabled -or $_.Enabled -in $Enabled) -and (-not $Direction -or $_.Direction -in $Direction) -and (-not $Action -or $_.Action -in $Action)
        })
    foreach ($n in @($Name) | Where-Object { $_ }) {
        if (-not ($found | Where-Object { $_.Name -eq $n })) {
            $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new("No MSFT_NetFirewallRule objects found with property 'Name' equal to '$n'.  Verify the value of the property and retry."), 'CmdletizationQuery_NotFound_Name,Get-NetFirewallRule', 'ObjectNotFound', $n))
        }
    }
    foreach ($rule in $found) { ConvertTo-RdpHarnessRuleView -Rule $rule -Store $PolicyStore -Trace ([bool]$TracePolicyStore) }
}

function global:Get-RdpHarnessRuleOf {
    # The model rule behind a rule object, from the store the object came from (a GPO rule may share its Name).
    param([object]$View)
    $store = 'PersistentStore'
    if ($View.PSObject.Properties['RdpHarnessStore']) { $store = $View.RdpHarnessStore }
    $rules = if ($store -eq 'ActiveStore') { @($RdpHost.FirewallActiveStore()) } else { @($RdpHost.FirewallPersistentStore()) }
    $match = @($rules | Where-Object { $_.Name -eq $View.Name })
    if ($View.PSObject.Properties['PolicyStoreSourceType'] -and $View.PolicyStoreSourceType) { $match = @($match | Where-Object { $_.PolicyStoreSourceType -eq $View.PolicyStoreSourceType }) }
    $match | Select-Object -First 1
}

function global:Get-NetFirewallPortFilter {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][object]$AssociatedNetFirewallRule)
    process { [PsHarness.Engine.Views]::PortFilter((Get-RdpHarnessRuleOf -View $AssociatedNetFirewallRule)) }
}

function global:Get-NetFirewallAddressFilter {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][object]$AssociatedNetFirewallRule)
    process {
        $rule = Get-RdpHarnessRuleOf -View $AssociatedNetFirewallRule
        [pscustomobject]@{ PSTypeName = 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetAddressFilter'; InstanceID = $rule.Name; LocalAddress = @('Any'); RemoteAddress = @($rule.RemoteAddress -split ',' | ForEach-Object { $_.Trim() }) }
    }
}

function global:Get-NetFirewallProfile {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Name = @('Domain', 'Private', 'Public'), [string]$PolicyStore = 'PersistentStore')
    # AllowLocalFirewallRules is a GpoBoolean: NotConfigured unless a GPO sets it (seen in the ActiveStore).
    $merge = 'NotConfigured'
    if ($PolicyStore -eq 'ActiveStore' -and $null -ne $RdpHost.FirewallAllowLocalRules) { $merge = "$($RdpHost.FirewallAllowLocalRules)" }
    foreach ($n in $Name) {
        [pscustomobject]@{ PSTypeName = 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetFirewallProfile'; Name = $n; Enabled = 'True'; AllowLocalFirewallRules = $merge }
    }
}

function global:Set-RdpHarnessFirewallRule {
    # Shared by Enable-/Disable-NetFirewallRule: -Name only, as the catalogue uses them (never -DisplayGroup), on
    # the PersistentStore (a GPO's rules cannot be changed on the computer).
    param([System.Management.Automation.PSCmdlet]$Cmdlet, [string[]]$Name, [string]$Enabled, [string]$Verb)
    foreach ($n in $Name) {
        $rule = @($RdpHost.FirewallPersistentStore()) | Where-Object { $_.Name -eq $n } | Select-Object -First 1
        if ($null -eq $rule) { throw "No MSFT_NetFirewallRule objects found with property 'Name' equal to '$n'." }
        if (-not $Cmdlet.ShouldProcess("Name: $n, DisplayName: $($rule.DisplayName)", $Verb)) { continue }
        if ($rule.Enabled -ne $Enabled) { $rule.Enabled = $Enabled; $RdpHost.Change("firewall rule $n Enabled=$Enabled", $n) }
    }
}
function global:Enable-NetFirewallRule { [CmdletBinding(SupportsShouldProcess)] param([Parameter(Mandatory, Position = 0)][string[]]$Name) Set-RdpHarnessFirewallRule -Cmdlet $PSCmdlet -Name $Name -Enabled 'True' -Verb 'Enable' }
function global:Disable-NetFirewallRule { [CmdletBinding(SupportsShouldProcess)] param([Parameter(Mandatory, Position = 0)][string[]]$Name) Set-RdpHarnessFirewallRule -Cmdlet $PSCmdlet -Name $Name -Enabled 'False' -Verb 'Disable' }
