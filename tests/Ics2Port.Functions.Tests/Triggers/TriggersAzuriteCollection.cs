using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Triggers;

[CollectionDefinition(Name)]
public sealed class TriggersAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "triggers-azurite";
}
