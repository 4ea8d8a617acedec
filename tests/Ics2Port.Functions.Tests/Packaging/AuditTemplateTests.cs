using static Ics2Port.Functions.Tests.Packaging.InfrastructureTemplate;

namespace Ics2Port.Functions.Tests.Packaging;

// Audit and recovery in the deployed template: who wrote which file, who read which secret and which blob event was not
// delivered reach the Log Analytics workspace and stay there as long as customs records; a deleted document can be
// restored.
public sealed class AuditTemplateTests
{
    private const string DiagnosticSettingsType = "Microsoft.Insights/diagnosticSettings";

    // Three years from the end of the year a declaration was accepted (Union Customs Code, art. 51): up to four years
    // and a day after the event.
    private const int CustomsRecordDays = 1461;

    private static InfrastructureTemplate Template => InfrastructureTemplate.Main;

    [Theory]
    [InlineData("storage", "Microsoft.Storage/storageAccounts/blobServices", "StorageDelete,StorageWrite")]
    [InlineData("keyVault", "Microsoft.KeyVault/vaults", "AuditEvent")]
    [InlineData("eventTopic", "Microsoft.EventGrid/systemTopics", "DeliveryFailures")]
    public void DiagnosticSettings_AuditedResource_SendItsAuditLogsToTheWorkspace(string module, string resourceType, string categories)
    {
        var setting = Assert.Single(Template.ModuleResources(module, DiagnosticSettingsType));

        var logs = setting["properties"]!["logs"]!.AsArray().Where(log => (bool)log!["enabled"]!).Select(log => Text(log!["category"]));

        Assert.Equal(categories, string.Join(',', logs.Order(StringComparer.Ordinal)));
        Assert.StartsWith($"[resourceId('{resourceType}'", Text(setting["scope"]), StringComparison.Ordinal);
        Assert.Equal("[reference('monitoring').outputs.workspaceId.value]", Text(Template.ModuleValue(module, setting["properties"]!["workspaceId"])));
    }

    [Fact]
    public void AuditTables_Retention_CoversCustomsRecords()
    {
        var retention = Assert.Single(Template.ModuleResources("monitoring", "Microsoft.OperationalInsights/workspaces/tables"));

        var tables = Template.LoopEntries("monitoring", retention).Select(table => Text(table));

        Assert.Superset(new HashSet<string>(["StorageBlobLogs", "AZKVAuditLogs", "AegDeliveryFailureLogs"]), tables.ToHashSet());
        Assert.Equal("[parameters('auditRetentionInDays')]", Text(retention["properties"]!["totalRetentionInDays"]));
        Assert.Equal("[parameters('auditRetentionInDays')]", Text(Template.ModuleArgument("monitoring", "auditRetentionInDays")));
        Assert.InRange((int)Template.Parameter("auditRetentionInDays")["defaultValue"]!, CustomsRecordDays, int.MaxValue);
        Assert.All(Template.Parameter("auditRetentionInDays")["allowedValues"]!.AsArray(), days => Assert.InRange((int)days!, CustomsRecordDays, int.MaxValue));
    }

    [Fact]
    public void BlobService_SoftDelete_IsOnForBlobsAndContainers()
    {
        var blobService = Assert.Single(Template.ModuleResources("storage", "Microsoft.Storage/storageAccounts/blobServices"))["properties"]!;

        var enabled = (Blobs: (bool?)blobService["deleteRetentionPolicy"]?["enabled"], Containers: (bool?)blobService["containerDeleteRetentionPolicy"]?["enabled"]);

        Assert.Equal((true, true), enabled);
        Assert.InRange((int)Template.Parameter("softDeleteRetentionInDays")["defaultValue"]!, 7, 365);
    }
}
