using System.Text.Json.Nodes;
using static Ics2Port.Functions.Tests.Packaging.InfrastructureTemplate;

namespace Ics2Port.Functions.Tests.Packaging;

// The function app as infra/main.bicep deploys it. Its identity is user-assigned and created first, so that its roles
// are assigned before the host first starts and reads storage, Key Vault and Application Insights with it; a
// system-assigned identity would only exist with the app, which would then start without them.
public sealed class FunctionAppTemplateTests
{
    private const string IdentityType = "Microsoft.ManagedIdentity/userAssignedIdentities";

    private static InfrastructureTemplate Template => InfrastructureTemplate.Main;

    private static JsonNode Site => Assert.Single(Template.ModuleResources("functionApp", "Microsoft.Web/sites"));

    [Fact]
    public void RoleAssignments_AppPrincipal_IsTheUserAssignedIdentityDeployedBeforeThem()
    {
        var identity = Assert.Single(Template.ResourceNames(IdentityType));

        var principal = Template.ModuleArgument("roles", "appPrincipalId").ToString();

        Assert.Equal($"[reference('{identity}').principalId]", principal);
        Assert.Contains(identity, Template.DependsOn("roles"));
    }

    [Fact]
    public void FunctionApp_Deployment_WaitsForTheRoleAssignments()
    {
        var dependsOn = Template.DependsOn("functionApp");

        Assert.Contains("roles", dependsOn);
    }

    [Fact]
    public void FunctionApp_Identity_IsTheUserAssignedOneForKeyVaultReferencesAndThePackage()
    {
        var site = Site;

        var authentication = site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["authentication"]!;
        var uses = (
            Type: Text(site["identity"]!["type"]),
            Identities: string.Join(", ", site["identity"]!["userAssignedIdentities"]!.AsObject().Select(i => i.Key)),
            KeyVaultReferences: Text(site["properties"]!["keyVaultReferenceIdentity"]),
            Package: $"{Text(authentication["type"])} {Text(authentication["userAssignedIdentityResourceId"])}");

        Assert.Equal(
            ("UserAssigned", "[format('{0}', parameters('identityId'))]", "[parameters('identityId')]", "UserAssignedIdentity [parameters('identityId')]"),
            uses);
        Assert.Equal($"[resourceId('{IdentityType}', variables('names').appIdentity)]", Template.ModuleArgument("functionApp", "identityId").ToString());
    }

    // The blob extension queues every Event Grid notification and writes webjobs-blobtrigger-poison, which
    // BlobTriggerPoisoned reads: without the queue service URI the host's storage connection cannot reach either.
    [Fact]
    public void HostStorage_Settings_NameEveryServiceUriAndTheAppsIdentity()
    {
        var settings = InfrastructureTemplate.NamedValues(Text(Site["properties"]!["siteConfig"]!["appSettings"]));

        Assert.All(["blob", "queue", "table"], service =>
            Assert.EndsWith($".primaryEndpoints.{service}", Assert.Contains($"AzureWebJobsStorage__{service}ServiceUri", settings), StringComparison.Ordinal));
        Assert.Equal("'managedidentity'", Assert.Contains("AzureWebJobsStorage__credential", settings));
        Assert.Equal("parameters('identityClientId')", Assert.Contains("AzureWebJobsStorage__clientId", settings));
        Assert.Equal("parameters('identityClientId')", Assert.Contains("AZURE_CLIENT_ID", settings));
    }

    // Deployments sign in with Entra ID; a publishing user name and password would bypass it.
    [Fact]
    public void FunctionApp_BasicPublishingCredentials_AreOffForFtpAndScm()
    {
        var policies = Template.ModuleResources("functionApp", "Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        var allowed = policies.Select(p => (Endpoint: Text(p["name"]).Split('\'')[^2], Allow: (bool)p["properties"]!["allow"]!));

        Assert.Equal([("ftp", false), ("scm", false)], allowed.Order());
    }

    [Fact]
    public void MaximumInstanceCount_Parameter_AcceptsOnlyFlexConsumptionsRange()
    {
        var parameter = Template.Parameter("maximumInstanceCount");

        var range = ((int)parameter["minValue"]!, (int)parameter["maxValue"]!);

        Assert.Equal((40, 1000), range);
    }
}
