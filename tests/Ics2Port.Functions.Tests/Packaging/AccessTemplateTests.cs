using System.Text.Json.Nodes;
using static Ics2Port.Functions.Tests.Packaging.InfrastructureTemplate;

namespace Ics2Port.Functions.Tests.Packaging;

// Who may do what in the deployed template, role by role (docs/azure.md). A person gets roles only on the containers
// and queues an operator works with and on Key Vault: never on the storage account, which also holds the host's keys
// and the deployment package, nor on the resource group.
public sealed class AccessTemplateTests
{
    private const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";

    private static readonly string[] NarrowScopes =
    [
        "Microsoft.Storage/storageAccounts/blobServices/containers",
        "Microsoft.Storage/storageAccounts/queueServices/queues",
        "Microsoft.KeyVault/vaults",
    ];

    private static InfrastructureTemplate Template => InfrastructureTemplate.Main;

    [Fact]
    public void RoleAssignments_ForAPerson_NoneAtTheStorageAccountOrAbove()
    {
        var forPeople = Template.ResourceNames("Microsoft.Resources/deployments")
            .SelectMany(module => Template.ModuleResources(module, RoleAssignmentType))
            .Where(assignment => Text(assignment["properties"]!["principalType"]) != "ServicePrincipal")
            .ToList();

        var broad = forPeople
            .Select(assignment => Text(assignment["scope"]))
            .Where(scope => !NarrowScopes.Any(type => scope.StartsWith($"[resourceId('{type}'", StringComparison.Ordinal)))
            .Select(scope => scope.Length == 0 ? "(the resource group)" : scope);

        Assert.NotEmpty(forPeople);
        Assert.Empty(broad);
    }

    // docs/azure.md has the operator peek at webjobs-blobtrigger-poison-poison: the role must let them, on a queue the
    // template creates so that the role can name it.
    [Fact]
    public void OperatorQueueRoles_PoisonQueues_LetTheOperatorPeekAtThemAndNoMore()
    {
        var queues = Template.ModuleArgument("roles", "operatorQueues").AsArray().Select(q => Text(q)).ToList();

        var role = Assert.Single(Template.ModuleResources("roles", RoleAssignmentType), r => Text(r["scope"]).Contains("queueServices/queues", StringComparison.Ordinal));

        Assert.Contains("webjobs-blobtrigger-poison-poison", queues);
        Assert.Equal(queues, Template.ModuleArgument("storage", "queueNames").AsArray().Select(q => Text(q)));
        Assert.Contains("variables('roleIds').storageQueueDataReader", Text(role["properties"]!["roleDefinitionId"]), StringComparison.Ordinal);
        Assert.Equal("19e7f393-937e-4f77-808e-94535e297925", Text(Template.ModuleValue("roles", JsonValue.Create("[variables('roleIds').storageQueueDataReader]"))));
    }

    [Fact]
    public void EventTopicRole_DeadLetters_WritesTheDeadLetterContainerOnly()
    {
        var role = Assert.Single(Template.ModuleResources("roles", RoleAssignmentType), r => Text(r["properties"]!["principalId"]) == "[parameters('eventTopicPrincipalId')]");

        var scope = Text(role["scope"]);

        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers'", scope, StringComparison.Ordinal);
        Assert.Contains("parameters('deadLetterContainerName')", scope, StringComparison.Ordinal);
        Assert.Equal(Text(Template.ModuleArgument("storage", "deadLetterContainerName")), Text(Template.ModuleArgument("roles", "deadLetterContainerName")));
    }
}
