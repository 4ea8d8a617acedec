namespace Ics2Port.Storage.Tests.Tables;

public sealed class TableEntityTests
{
    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("RowKey")]
    [InlineData("Timestamp")]
    [InlineData("ETag")]
    [InlineData("odata.etag")]
    [InlineData("Name@odata.type")]
    public void Indexer_ReservedName_ThrowsArgumentException(string name)
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity[name] = "x");
    }

    [Fact]
    public void Indexer_UnsupportedType_ThrowsArgumentException()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["When"] = DateTime.UtcNow);
    }

    [Fact]
    public void Indexer_SetNull_RemovesProperty()
    {
        var entity = new TableEntity("p", "r") { ["A"] = "x", ["B"] = 1 };

        entity["A"] = null;

        Assert.Equal(["B"], entity.Keys);
        Assert.Null(entity["A"]);
    }

    [Fact]
    public void GetInt64_Int32Value_Widens()
    {
        var entity = new TableEntity("p", "r") { ["N"] = 7 };

        var value = entity.GetInt64("N");

        Assert.Equal(7L, value);
    }

    [Fact]
    public void GetDouble_IntegerValues_Widen()
    {
        var entity = new TableEntity("p", "r") { ["I"] = 7, ["L"] = 8L };

        Assert.Equal(7.0, entity.GetDouble("I"));
        Assert.Equal(8.0, entity.GetDouble("L"));
    }

    [Fact]
    public void GetInt32_Int64Value_ThrowsInvalidOperation()
    {
        var entity = new TableEntity("p", "r") { ["L"] = 8L };

        Assert.Throws<InvalidOperationException>(() => entity.GetInt32("L"));
    }

    [Fact]
    public void GetString_NonString_ThrowsInvalidOperation()
    {
        var entity = new TableEntity("p", "r") { ["B"] = true };

        Assert.Throws<InvalidOperationException>(() => entity.GetString("B"));
    }

    [Fact]
    public void Getters_MissingProperty_ReturnNull()
    {
        var entity = new TableEntity("p", "r");

        Assert.Null(entity.GetString("X"));
        Assert.Null(entity.GetInt32("X"));
        Assert.Null(entity.GetInt64("X"));
        Assert.Null(entity.GetDouble("X"));
        Assert.Null(entity.GetBoolean("X"));
        Assert.Null(entity.GetDateTimeOffset("X"));
        Assert.Null(entity.GetGuid("X"));
        Assert.Null(entity.GetBinary("X"));
    }
}
