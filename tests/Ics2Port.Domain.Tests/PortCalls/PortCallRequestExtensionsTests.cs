namespace Ics2Port.Domain.Tests.PortCalls;

using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class PortCallRequestExtensionsTests
{
    [Fact]
    public void ToDocumentContext_ContractExample_CarriesPortShipTimesAndNoRss()
    {
        var request = new PortCallRequestBuilder().WithRegularShippingService(null).Build();

        var context = request.ToDocumentContext(Direction.Departure);

        Assert.Equal(
            new DocumentContext
            {
                Direction = Direction.Departure,
                Port = "LVRIX",
                ImoNumber = "9074729",
                Eta = new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.FromHours(2)),
                Etd = new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.FromHours(2)),
                RegularShippingService = false,
            },
            context);
    }
}
