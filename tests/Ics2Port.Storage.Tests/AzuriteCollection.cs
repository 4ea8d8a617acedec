using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests;

[CollectionDefinition("azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
