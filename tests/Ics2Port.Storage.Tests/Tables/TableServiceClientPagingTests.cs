namespace Ics2Port.Storage.Tests.Tables;

public sealed class TableServiceClientPagingTests
{
    [Fact]
    public async Task QueryAsync_EmptyPageWithContinuation_ReadsNextPage()
    {
        var handler = new StubHandler(
            _ => StubHandler.Json(
                """{"value":[]}""",
                ("x-ms-continuation-NextPartitionKey", "1!8!cA--"),
                ("x-ms-continuation-NextRowKey", "1!4!cg+/")),
            _ => StubHandler.Json("""{"value":[{"PartitionKey":"p","RowKey":"r","odata.etag":"W/\"datetime'2025-01-01T00%3A00%3A00Z'\""}]}"""));
        var tables = StorageAccount.FromConnectionString("UseDevelopmentStorage=true", handler.Options()).Tables;

        var found = new List<TableEntity>();
        await foreach (var entity in tables.QueryAsync("t1", TableFilter.Create($"PartitionKey eq {"p"}"), pageSize: 10))
        {
            found.Add(entity);
        }

        Assert.Equal("r", Assert.Single(found).RowKey);
        Assert.Equal(2, handler.Requests.Count);
        var second = handler.Requests[1].RequestUri!;
        Assert.Equal("/devstoreaccount1/t1()", second.AbsolutePath);
        Assert.Contains("NextPartitionKey=1%218%21cA--", second.Query, StringComparison.Ordinal);
        Assert.Contains("NextRowKey=1%214%21cg%2B%2F", second.Query, StringComparison.Ordinal);
        Assert.Contains("$filter=PartitionKey%20eq%20%27p%27", second.Query, StringComparison.Ordinal);
    }
}
