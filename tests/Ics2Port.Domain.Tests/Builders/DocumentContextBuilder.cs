namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.PortCalls;

/// <summary>The context of an arrival at Riga on 2026-11-23, departing 2026-11-24, with no other documents yet.</summary>
public sealed class DocumentContextBuilder
{
    private DocumentContext context = new()
    {
        Direction = Direction.Arrival,
        Port = "LVRIX",
        Eta = new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.FromHours(2)),
        Etd = new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.FromHours(2)),
    };

    public DocumentContextBuilder WithDirection(Direction direction) => With(context with { Direction = direction });

    public DocumentContextBuilder WithPort(string? port) => With(context with { Port = port });

    public DocumentContextBuilder WithEta(DateTimeOffset? eta) => With(context with { Eta = eta });

    public DocumentContextBuilder WithEtd(DateTimeOffset? etd) => With(context with { Etd = etd });

    public DocumentContextBuilder WithReceivedAt(DateTimeOffset? receivedAt) => With(context with { ReceivedAt = receivedAt });

    public DocumentContextBuilder WithRegularShippingService(bool regularShippingService) =>
        With(context with { RegularShippingService = regularShippingService });

    public DocumentContextBuilder WithDeclaredCrew(int? declaredCrew) => With(context with { DeclaredCrew = declaredCrew });

    public DocumentContextBuilder WithDeclaredPassengers(int? declaredPassengers) => With(context with { DeclaredPassengers = declaredPassengers });

    public DocumentContextBuilder WithListedCrew(int? listedCrew) => With(context with { ListedCrew = listedCrew });

    public DocumentContextBuilder WithListedPassengers(int? listedPassengers) => With(context with { ListedPassengers = listedPassengers });

    public DocumentContext Build() => context;

    private DocumentContextBuilder With(DocumentContext changed)
    {
        context = changed;
        return this;
    }
}
