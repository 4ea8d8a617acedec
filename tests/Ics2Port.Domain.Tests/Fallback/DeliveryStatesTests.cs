namespace Ics2Port.Domain.Tests.Fallback;

using Ics2Port.Domain.Fallback;

public sealed class DeliveryStatesTests
{
    [Theory]
    [InlineData(DeliveryState.Accepted, "accepted")]
    [InlineData(DeliveryState.Delivered, "delivered")]
    [InlineData(DeliveryState.Pending, "pending")]
    [InlineData(DeliveryState.FallbackEds, "fallback-eds")]
    [InlineData(DeliveryState.FallbackEmail, "fallback-email")]
    [InlineData(DeliveryState.FallbackInPerson, "fallback-in-person")]
    [InlineData(DeliveryState.Reentered, "re-entered")]
    [InlineData(DeliveryState.Refused, "refused")]
    public void ToWire_EveryState_ContractName(DeliveryState state, string wire)
    {
        var name = state.ToWire();

        Assert.Equal(wire, name);
    }

    [Theory]
    [InlineData("fallback-in-person", true, DeliveryState.FallbackInPerson)]
    [InlineData("re-entered", true, DeliveryState.Reentered)]
    [InlineData("refused", true, DeliveryState.Refused)]
    [InlineData("FallbackEds", false, DeliveryState.Accepted)]
    [InlineData("PENDING", false, DeliveryState.Accepted)]
    [InlineData(null, false, DeliveryState.Accepted)]
    public void TryParse_Name_OnlyContractNames(string? wire, bool parsed, DeliveryState expected)
    {
        var ok = DeliveryStates.TryParse(wire, out var state);

        Assert.Equal((parsed, expected), (ok, state));
    }

    [Fact]
    public void IsFallback_AllStates_OnlyTheThreeFallbackMethods()
    {
        var fallback = DeliveryStates.All.Where(state => state.IsFallback());

        Assert.Equal([DeliveryState.FallbackEds, DeliveryState.FallbackEmail, DeliveryState.FallbackInPerson], fallback);
    }
}
