using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Functions.Tests.Packaging;

// In Azure the app creates no table or container (docs/decisions/0005): infra/main.bicep must create exactly the ones
// it uses, or the first request that needs a missing one fails. Both read infra/storage-layout.json; a role in the file
// that the StorageLayout does not use, or a name the template adds by hand, fails here.
public sealed class StorageLayoutTemplateTests
{
    private static readonly StorageLayout Layout = new(new BlobServiceClient("UseDevelopmentStorage=true"), new TableServiceClient("UseDevelopmentStorage=true"));

    [Fact]
    public void Tables_Template_AreTheTablesOfTheStorageLayout()
    {
        var created = InfrastructureTemplate.Main.Tables();

        Assert.Equal(Layout.TableNames.Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Containers_Template_AreTheStorageLayoutsAndTheOnesBlobFunctionsWatch()
    {
        var watched = FunctionMetadata.ReadBuilt().Where(f => f.IsBlobTriggered).Select(f => f.BlobContainer);

        var created = InfrastructureTemplate.Main.Containers();

        Assert.Equal(Layout.ContainerNames.Union(watched).Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
    }
}
