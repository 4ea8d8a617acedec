namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Manifests;

/// <summary>
/// A valid manifest issued by a Latvian agent, not authorised and not endorsed, with one consignment of
/// non-Union goods (<see cref="ConsignmentBuilder"/>); each With… replaces one field.
/// </summary>
public sealed class ManifestBuilder
{
    private CargoManifest manifest = new()
    {
        Issuer = new PartyBuilder().WithName("Baltic Shipping Agency SIA").WithEmail("ops@balticship.lv").Build(),
        IssuerAuthorised = false,
        Consignments = [new ConsignmentBuilder().Build()],
    };

    public ManifestBuilder WithIssuer(PartyBuilder? issuer) => With(manifest with { Issuer = issuer?.Build() });

    public ManifestBuilder WithIssuerAuthorised(bool? issuerAuthorised) => With(manifest with { IssuerAuthorised = issuerAuthorised });

    public ManifestBuilder WithCustomsEndorsement(string? office, string? reference, string? date) =>
        With(manifest with { CustomsEndorsement = new CustomsEndorsement { Office = office, Reference = reference, Date = date } });

    public ManifestBuilder WithConsignments(params ConsignmentBuilder[] consignments) =>
        With(manifest with { Consignments = [.. consignments.Select(consignment => consignment.Build())] });

    public ManifestBuilder WithConsignments(IReadOnlyList<Consignment>? consignments) => With(manifest with { Consignments = consignments });

    public CargoManifest Build() => manifest;

    private ManifestBuilder With(CargoManifest changed)
    {
        manifest = changed;
        return this;
    }
}
