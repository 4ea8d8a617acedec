using static Ics2Port.Functions.Tests.Packaging.InfrastructureTemplate;

namespace Ics2Port.Functions.Tests.Packaging;

// With vnetEnabled the app reaches storage and Key Vault through private endpoints in a network it is integrated with,
// and both refuse the internet except the allowed addresses (agencies' SFTP sources, operators).
public sealed class NetworkTemplateTests
{
    private static InfrastructureTemplate Template => InfrastructureTemplate.Main;

    [Fact]
    public void PrivateEndpoints_VnetEnabled_CoverEveryStorageServiceTheAppAndHostUseAndKeyVault()
    {
        var endpoint = Assert.Single(Template.ModuleResources("network", "Microsoft.Network/privateEndpoints"));

        var groups = Template.LoopEntries("network", endpoint).Select(entry => Text(entry!["groupId"]));

        Assert.Equal("[parameters('vnetEnabled')]", Text(Template.Resource("network")["condition"]));
        Assert.Equal(["blob", "queue", "table", "vault"], groups.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FunctionApp_VnetEnabled_SendsItsTrafficThroughTheDelegatedSubnet()
    {
        var network = Assert.Single(Template.ModuleResources("network", "Microsoft.Network/virtualNetworks"));

        var delegated = network["properties"]!["subnets"]!.AsArray()
            .Where(subnet => subnet!["properties"]!["delegations"]?.AsArray().Any(d => Text(d!["properties"]!["serviceName"]) == "Microsoft.App/environments") == true)
            .Select(subnet => Text(subnet!["name"]));

        Assert.Equal(["app"], delegated);
        Assert.Contains("reference('network').outputs.appSubnetId", Text(Template.ModuleArgument("functionApp", "virtualNetworkSubnetId")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("storage", "Microsoft.Storage/storageAccounts")]
    [InlineData("keyVault", "Microsoft.KeyVault/vaults")]
    public void PublicAccess_VnetEnabled_RefusedExceptTheAllowedAddresses(string module, string type)
    {
        var acls = Assert.Single(Template.ModuleResources(module, type))["properties"]!["networkAcls"]!;

        var rules = (Default: Text(acls["defaultAction"]), Addresses: Text(acls["ipRules"]));

        Assert.Equal("[if(parameters('restrictPublicAccess'), 'Deny', 'Allow')]", rules.Default);
        Assert.Contains("parameters('allowedIpAddresses')", rules.Addresses, StringComparison.Ordinal);
        Assert.Equal("[parameters('vnetEnabled')]", Text(Template.ModuleArgument(module, "restrictPublicAccess")));
        Assert.Equal("[parameters('allowedIpAddresses')]", Text(Template.ModuleArgument(module, "allowedIpAddresses")));
    }
}
