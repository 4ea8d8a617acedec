namespace Ics2Port.Storage.Tests.Tables;

public sealed class TableFilterTests
{
    [Fact]
    public void Create_StringWithQuote_DoublesTheQuote()
    {
        var filter = TableFilter.Create($"Surname eq {"O'Brien"}");

        Assert.Equal("Surname eq 'O''Brien'", filter);
    }

    [Fact]
    public void Create_InjectionAttempt_StaysOneLiteral()
    {
        var hostile = "x' or PartitionKey ne '";

        var filter = TableFilter.Create($"PartitionKey eq {hostile}");

        Assert.Equal("PartitionKey eq 'x'' or PartitionKey ne '''", filter);
    }

    [Fact]
    public void Create_TypedValues_FormatsODataLiterals()
    {
        var when = new DateTimeOffset(2025, 6, 1, 14, 30, 0, TimeSpan.FromHours(2)).AddTicks(5);
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var filter = TableFilter.Create(
            $"A eq {true} and B eq {false} and C eq {42} and D eq {42L} and E eq {2.5} and F eq {7.0} and G ge {when} and H eq {id} and I eq {new byte[] { 0x0A, 0xFF }} and J eq {'\''}");

        Assert.Equal(
            "A eq true and B eq false and C eq 42 and D eq 42L and E eq 2.5 and F eq 7.0 and G ge datetime'2025-06-01T12:30:00.0000005Z' "
            + "and H eq guid'0f8fad5b-d9cb-469f-a165-70867728950e' and I eq X'0AFF' and J eq ''''",
            filter);
    }

    [Fact]
    public void Create_NoArguments_ReturnsFormatUnchanged()
    {
        var filter = TableFilter.Create($"PartitionKey eq 'fixed'");

        Assert.Equal("PartitionKey eq 'fixed'", filter);
    }

    [Fact]
    public void Create_UnsupportedType_ThrowsArgumentException()
    {
        var unsupported = new Uri("http://example.invalid");

        Assert.Throws<ArgumentException>(() => TableFilter.Create($"A eq {unsupported}"));
    }

    [Fact]
    public void Create_NonFiniteDouble_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Create($"A eq {double.NaN}"));
    }
}
