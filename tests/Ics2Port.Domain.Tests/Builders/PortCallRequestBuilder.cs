namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.PortCalls;

/// <summary>The port call of CONTRACT.md: BALTIC TRADER at Riga, 2026-11-23 to 2026-11-24.</summary>
public sealed class PortCallRequestBuilder
{
    private PortCallRequest request = new()
    {
        Vessel = new Vessel { ImoNumber = "9074729", Name = "BALTIC TRADER", CallSign = "YLAB", Flag = "LV", Mmsi = "275123000" },
        Port = "LVRIX",
        VoyageNumber = "BT2611",
        Eta = "2026-11-23T06:00:00+02:00",
        Etd = "2026-11-24T18:00:00+02:00",
        LastPort = "SEGOT",
        NextPort = "DEHAM",
        RegularShippingService = false,
    };

    public PortCallRequestBuilder WithVessel(Vessel? vessel) => With(request with { Vessel = vessel });

    public PortCallRequestBuilder WithImoNumber(string? imoNumber) => With(request with { Vessel = request.Vessel! with { ImoNumber = imoNumber } });

    public PortCallRequestBuilder WithVesselName(string? name) => With(request with { Vessel = request.Vessel! with { Name = name } });

    public PortCallRequestBuilder WithCallSign(string? callSign) => With(request with { Vessel = request.Vessel! with { CallSign = callSign } });

    public PortCallRequestBuilder WithFlag(string? flag) => With(request with { Vessel = request.Vessel! with { Flag = flag } });

    public PortCallRequestBuilder WithMmsi(string? mmsi) => With(request with { Vessel = request.Vessel! with { Mmsi = mmsi } });

    public PortCallRequestBuilder WithPort(string? port) => With(request with { Port = port });

    public PortCallRequestBuilder WithVoyageNumber(string? voyageNumber) => With(request with { VoyageNumber = voyageNumber });

    public PortCallRequestBuilder WithEta(string? eta) => With(request with { Eta = eta });

    public PortCallRequestBuilder WithEtd(string? etd) => With(request with { Etd = etd });

    public PortCallRequestBuilder WithLastPort(string? lastPort) => With(request with { LastPort = lastPort });

    public PortCallRequestBuilder WithNextPort(string? nextPort) => With(request with { NextPort = nextPort });

    public PortCallRequestBuilder WithRegularShippingService(bool? regularShippingService) =>
        With(request with { RegularShippingService = regularShippingService });

    public PortCallRequest Build() => request;

    private PortCallRequestBuilder With(PortCallRequest changed)
    {
        request = changed;
        return this;
    }
}
