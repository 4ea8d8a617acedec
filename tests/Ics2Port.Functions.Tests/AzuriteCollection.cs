using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests;

[CollectionDefinition("azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
