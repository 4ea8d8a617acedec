using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Tests.Layout;

public sealed class TableFiltersTests
{
    [Fact]
    public void All_ConditionsWithQuotesAndNulls_EachEscapedAndBracketed()
    {
        var filter = TableFilters.All($"PartitionKey eq {"O'Brien"}", null, $"IsCase eq {true} and Version ge {2}");

        Assert.Equal("(PartitionKey eq 'O''Brien') and (IsCase eq true and Version ge 2)", filter);
    }

    [Fact]
    public void All_NoCondition_Null()
    {
        var filter = TableFilters.All(null, null);

        Assert.Null(filter);
    }

    [Fact]
    public void Any_States_OrOfEscapedConditions()
    {
        IEnumerable<string> states = ["pending", "it's"];

        var filter = TableFilters.Any(states.Select(state => (FormattableString)$"State eq {state}"));

        Assert.Equal("(State eq 'pending') or (State eq 'it''s')", filter);
    }

    [Fact]
    public void Any_NoCondition_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableFilters.Any([]));
    }
}
