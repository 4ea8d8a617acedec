using Azure;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Tables;

[Collection("azurite")]
public sealed class TableServiceClientTests(AzuriteFixture azurite)
{
    private readonly TableServiceClient _tables = azurite.Account.Tables;

    [Fact]
    public async Task CreateTableIfNotExistsAsync_TableExists_Succeeds()
    {
        var table = azurite.UniqueName("tables");
        await _tables.CreateTableIfNotExistsAsync(table);

        await _tables.CreateTableIfNotExistsAsync(table);

        await _tables.InsertAsync(table, new TableEntity("p", "r"));
    }

    [Fact]
    public async Task InsertAsync_NewEntity_ReturnsETagThatGetSees()
    {
        var table = await NewTableAsync();

        var etag = await _tables.InsertAsync(table, new TableEntity("p", "r") { ["Name"] = "first" });

        var read = await _tables.GetAsync(table, "p", "r");
        Assert.Equal(etag, read!.ETag);
        Assert.Equal("first", read.GetString("Name"));
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task InsertAsync_DuplicateKeys_ThrowsConflict()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity("p", "r") { ["Name"] = "first" });

        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _tables.InsertAsync(table, new TableEntity("p", "r") { ["Name"] = "second" }));

        Assert.True(StorageErrors.IsConflict(e));
        Assert.Equal("EntityAlreadyExists", e.ErrorCode);
        Assert.Equal("first", (await _tables.GetAsync(table, "p", "r"))!.GetString("Name"));
    }

    [Fact]
    public async Task InsertAsync_MissingTable_ThrowsNotFound()
    {
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _tables.InsertAsync(azurite.UniqueName("absent"), new TableEntity("p", "r")));

        Assert.True(StorageErrors.IsNotFound(e));
        Assert.Equal("TableNotFound", e.ErrorCode);
    }

    [Fact]
    public async Task GetAsync_MissingEntity_ReturnsNull()
    {
        var table = await NewTableAsync();

        var read = await _tables.GetAsync(table, "p", "absent");

        Assert.Null(read);
    }

    [Fact]
    public async Task GetAsync_EveryPropertyType_RoundTripsTyped()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "typed")
        {
            ["Text"] = "héllo 'world'",
            ["Int"] = -42,
            ["Long"] = 9_007_199_254_740_993L,
            ["Fraction"] = 1.5,
            ["Integral"] = 5.0,
            ["Flag"] = true,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
        };
        await _tables.InsertAsync(table, entity);

        var read = await _tables.GetAsync(table, "p", "typed");

        AssertTyped(read!, when, id);
    }

    [Fact]
    public async Task QueryAsync_EveryPropertyType_RoundTripsTyped()
    {
        var table = await NewTableAsync();
        var when = DateTimeOffset.UnixEpoch.AddYears(50).AddTicks(1);
        var id = Guid.NewGuid();
        await _tables.InsertAsync(table, new TableEntity("p", "typed")
        {
            ["Text"] = "héllo 'world'",
            ["Int"] = -42,
            ["Long"] = 9_007_199_254_740_993L,
            ["Fraction"] = 1.5,
            ["Integral"] = 5.0,
            ["Flag"] = true,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
        });

        var read = Assert.Single(await ToListAsync(_tables.QueryAsync(table)));

        AssertTyped(read, when, id);
    }

    [Fact]
    public async Task UpdateAsync_StaleETag_ThrowsPreconditionFailed()
    {
        var table = await NewTableAsync();
        var stale = await _tables.InsertAsync(table, new TableEntity("p", "r") { ["Count"] = 1 });
        await _tables.UpdateAsync(table, new TableEntity("p", "r") { ["Count"] = 2 }, stale, TableUpdateMode.Replace);

        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _tables.UpdateAsync(table, new TableEntity("p", "r") { ["Count"] = 3 }, stale, TableUpdateMode.Merge));

        Assert.True(StorageErrors.IsPreconditionFailed(e));
        Assert.Equal("UpdateConditionNotSatisfied", e.ErrorCode);
        Assert.Equal(2, (await _tables.GetAsync(table, "p", "r"))!.GetInt32("Count"));
    }

    [Fact]
    public async Task UpdateAsync_CurrentETag_ReturnsETagOfNewVersion()
    {
        var table = await NewTableAsync();
        var first = await _tables.InsertAsync(table, new TableEntity("p", "r") { ["Count"] = 1 });

        var second = await _tables.UpdateAsync(table, new TableEntity("p", "r") { ["Count"] = 2 }, first, TableUpdateMode.Replace);

        var read = await _tables.GetAsync(table, "p", "r");
        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        Assert.Equal(2, read.GetInt32("Count"));
    }

    [Fact]
    public async Task UpdateAsync_ETagFromQuery_IsAccepted()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity("p", "r") { ["Count"] = 1 });
        var queried = Assert.Single(await ToListAsync(_tables.QueryAsync(table)));

        await _tables.UpdateAsync(table, new TableEntity("p", "r") { ["Count"] = 2 }, queried.ETag, TableUpdateMode.Merge);

        Assert.Equal(2, (await _tables.GetAsync(table, "p", "r"))!.GetInt32("Count"));
    }

    [Fact]
    public async Task UpdateAsync_MissingEntity_ThrowsNotFound()
    {
        var table = await NewTableAsync();

        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _tables.UpdateAsync(table, new TableEntity("p", "absent"), ETag.All, TableUpdateMode.Merge));

        Assert.True(StorageErrors.IsNotFound(e));
    }

    [Fact]
    public async Task UpsertAsync_Merge_KeepsPropertiesNotGiven()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity("p", "r") { ["Kept"] = "old", ["Changed"] = "old" });

        await _tables.UpsertAsync(table, new TableEntity("p", "r") { ["Changed"] = "new" }, TableUpdateMode.Merge);

        var read = await _tables.GetAsync(table, "p", "r");
        Assert.Equal("old", read!.GetString("Kept"));
        Assert.Equal("new", read.GetString("Changed"));
    }

    [Fact]
    public async Task UpsertAsync_Replace_DropsPropertiesNotGiven()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity("p", "r") { ["Dropped"] = "old", ["Changed"] = "old" });

        await _tables.UpsertAsync(table, new TableEntity("p", "r") { ["Changed"] = "new" }, TableUpdateMode.Replace);

        var read = await _tables.GetAsync(table, "p", "r");
        Assert.Equal(["Changed"], read!.Keys);
        Assert.Equal("new", read.GetString("Changed"));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task UpsertAsync_MissingEntity_Inserts(TableUpdateMode mode)
    {
        var table = await NewTableAsync();

        var etag = await _tables.UpsertAsync(table, new TableEntity("p", "new") { ["Name"] = "x" }, mode);

        var read = await _tables.GetAsync(table, "p", "new");
        Assert.Equal(etag, read!.ETag);
        Assert.Equal("x", read.GetString("Name"));
    }

    [Theory]
    [InlineData("O'Brien", "it's")]
    [InlineData("with space & ampersand", "ünïcödé ✓ 船")]
    [InlineData("percent%20plus+", "(parens),comma=equals;")]
    [InlineData("''", "")]
    public async Task GetAsync_KeysNeedingEscaping_FindTheEntity(string partitionKey, string rowKey)
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity(partitionKey, rowKey) { ["Name"] = "x" });
        await _tables.UpsertAsync(table, new TableEntity(partitionKey, rowKey) { ["Other"] = "y" }, TableUpdateMode.Merge);

        var read = await _tables.GetAsync(table, partitionKey, rowKey);

        Assert.Equal(partitionKey, read!.PartitionKey);
        Assert.Equal(rowKey, read.RowKey);
        Assert.Equal("x", read.GetString("Name"));
        Assert.True(await _tables.DeleteAsync(table, partitionKey, rowKey, read.ETag));
    }

    [Fact]
    public async Task QueryAsync_FilterWithQuotedValue_ReturnsOnlyMatches()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity("crew", "1") { ["Surname"] = "O'Brien" });
        await _tables.InsertAsync(table, new TableEntity("crew", "2") { ["Surname"] = "OBrien" });
        await _tables.InsertAsync(table, new TableEntity("crew", "3") { ["Surname"] = "O'Brien" });
        await _tables.InsertAsync(table, new TableEntity("other", "4") { ["Surname"] = "O'Brien" });

        var found = await ToListAsync(_tables.QueryAsync(
            table, TableFilter.Create($"PartitionKey eq {"crew"} and Surname eq {"O'Brien"}")));

        Assert.Equal(["1", "3"], found.Select(e => e.RowKey));
    }

    [Fact]
    public async Task QueryAsync_InjectionAttemptInValue_MatchesNothing()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity("tenant-a", "1"));
        await _tables.InsertAsync(table, new TableEntity("tenant-b", "2"));
        var hostile = "tenant-x' or PartitionKey ne '";

        var found = await ToListAsync(_tables.QueryAsync(table, TableFilter.Create($"PartitionKey eq {hostile}")));

        Assert.Empty(found);
    }

    [Fact]
    public async Task QueryAsync_TypedFilterValues_MatchTypedProperties()
    {
        var table = await NewTableAsync();
        var arrival = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        await _tables.InsertAsync(table, new TableEntity("p", "hit")
        {
            ["Arrival"] = arrival, ["Id"] = id, ["Gross"] = 5_000_000_000L, ["Open"] = true, ["Draft"] = 7.0,
        });
        await _tables.InsertAsync(table, new TableEntity("p", "miss")
        {
            ["Arrival"] = arrival.AddDays(-1), ["Id"] = Guid.NewGuid(), ["Gross"] = 1L, ["Open"] = false, ["Draft"] = 6.5,
        });

        var found = await ToListAsync(_tables.QueryAsync(table, TableFilter.Create(
            $"Arrival ge {arrival} and Id eq {id} and Gross gt {4_000_000_000L} and Open eq {true} and Draft eq {7.0}")));

        Assert.Equal(["hit"], found.Select(e => e.RowKey));
    }

    [Fact]
    public async Task QueryAsync_MoreThanOneServicePage_FollowsContinuation()
    {
        var table = await NewTableAsync();
        var rowKeys = Enumerable.Range(0, 1100).Select(i => i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await Parallel.ForEachAsync(
            rowKeys,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (rowKey, ct) => await _tables.InsertAsync(table, new TableEntity("bulk", rowKey) { ["N"] = int.Parse(rowKey, System.Globalization.CultureInfo.InvariantCulture) }, ct));

        var all = await ToListAsync(_tables.QueryAsync(table));
        var filtered = await ToListAsync(_tables.QueryAsync(table, TableFilter.Create($"N ge {50}"), pageSize: 400));

        Assert.Equal(rowKeys, all.Select(e => e.RowKey));
        Assert.Equal(rowKeys.Skip(50), filtered.Select(e => e.RowKey));
    }

    [Fact]
    public async Task QueryAsync_MissingTable_ThrowsNotFound()
    {
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => ToListAsync(_tables.QueryAsync(azurite.UniqueName("absent"))));

        Assert.True(StorageErrors.IsNotFound(e));
    }

    [Fact]
    public async Task DeleteAsync_NoETag_DeletesAnyVersion()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, new TableEntity("p", "r"));

        var deleted = await _tables.DeleteAsync(table, "p", "r");

        Assert.True(deleted);
        Assert.Null(await _tables.GetAsync(table, "p", "r"));
    }

    [Fact]
    public async Task DeleteAsync_MissingEntity_ReturnsFalse()
    {
        var table = await NewTableAsync();

        var deleted = await _tables.DeleteAsync(table, "p", "absent");

        Assert.False(deleted);
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ThrowsPreconditionFailed()
    {
        var table = await NewTableAsync();
        var stale = await _tables.InsertAsync(table, new TableEntity("p", "r") { ["V"] = 1 });
        await _tables.UpsertAsync(table, new TableEntity("p", "r") { ["V"] = 2 }, TableUpdateMode.Replace);

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _tables.DeleteAsync(table, "p", "r", stale));

        Assert.True(StorageErrors.IsPreconditionFailed(e));
        Assert.NotNull(await _tables.GetAsync(table, "p", "r"));
    }

    private static void AssertTyped(TableEntity read, DateTimeOffset when, Guid id)
    {
        Assert.Equal("héllo 'world'", read["Text"]);
        Assert.Equal(-42, read["Int"]);
        Assert.Equal(9_007_199_254_740_993L, read["Long"]);
        Assert.Equal(1.5, read["Fraction"]);
        Assert.Equal(5.0, read["Integral"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal(when, read["When"]);
        Assert.Equal(TimeSpan.Zero, read.GetDateTimeOffset("When")!.Value.Offset);
        Assert.Equal(id, read["Id"]);
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, read["Bytes"]);
        Assert.Equal(9, read.Keys.Count());
    }

    private async Task<string> NewTableAsync()
    {
        var table = azurite.UniqueName("tables");
        await _tables.CreateTableIfNotExistsAsync(table);
        return table;
    }

    private static async Task<List<TableEntity>> ToListAsync(IAsyncEnumerable<TableEntity> entities)
    {
        var list = new List<TableEntity>();
        await foreach (var entity in entities)
        {
            list.Add(entity);
        }

        return list;
    }
}
