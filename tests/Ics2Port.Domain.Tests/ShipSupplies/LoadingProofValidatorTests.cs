namespace Ics2Port.Domain.Tests.ShipSupplies;

using FluentValidation.TestHelper;
using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Domain.Tests.Builders;

public sealed class LoadingProofValidatorTests
{
    private static readonly IReadOnlyList<SupplyLine> Supplied = [new SupplyLineBuilder().Build(), SupplyLineBuilder.NonUnionFuel().Build()];

    // Seed 002: the goods have left when "ir apliecinājums, ka tās ir iekrautas kuģī" — who confirms, when, what.
    [Fact]
    public void Validate_CompleteProof_ReportsNothing_SUP_EXPORT()
    {
        var result = Validator().TestValidate(Proof());

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_NoOfficerTimeOrLines_ReportsSupExport()
    {
        var result = Validator().TestValidate(new LoadingProof());

        result.ShouldHaveValidationErrorFor(x => x.ConfirmedBy).WithErrorCode("SUP-EXPORT");
        result.ShouldHaveValidationErrorFor(x => x.LoadedAt).WithErrorCode("SUP-EXPORT");
        result.ShouldHaveValidationErrorFor(x => x.Lines).WithErrorCode("SUP-EXPORT");
    }

    [Fact]
    public void Validate_OfficerWithoutRankAndTimeWithoutOffset_ReportsEach()
    {
        var result = Validator().TestValidate(Proof() with { ConfirmedBy = new ShipOfficer { Name = "Jānis Bērziņš" }, LoadedAt = "2026-11-24T10:00:00" });

        result.ShouldHaveValidationErrorFor("ConfirmedBy.Rank").WithErrorCode("SUP-EXPORT");
        result.ShouldHaveValidationErrorFor(x => x.LoadedAt).WithErrorCode("FORMAT-DATE");
    }

    [Fact]
    public void Validate_UnknownRepeatedOrOverfullLines_ReportsConsistency()
    {
        var proof = Proof() with
        {
            Lines = [new LoadedLine { Line = 2, Quantity = 1m }, new LoadedLine { Line = 0, Quantity = 200.5m }, new LoadedLine { Line = 1, Quantity = 1m }, new LoadedLine { Line = 1, Quantity = 1m }],
        };

        var result = Validator().TestValidate(proof);

        result.ShouldHaveValidationErrorFor("Lines[0].Line").WithErrorCode("CONSISTENCY");
        result.ShouldHaveValidationErrorFor("Lines[1].Quantity").WithErrorCode("CONSISTENCY");
        result.ShouldHaveValidationErrorFor("Lines[3].Line").WithErrorCode("CONSISTENCY");
        result.ShouldNotHaveValidationErrorFor("Lines[2].Line");
    }

    [Fact]
    public void Validate_LineWithoutQuantity_ReportsSupExport()
    {
        var result = Validator().TestValidate(Proof() with { Lines = [new LoadedLine { Line = 0 }] });

        result.ShouldHaveValidationErrorFor("Lines[0].Quantity").WithErrorCode("SUP-EXPORT");
    }

    private static LoadingProofValidator Validator() => new(Supplied);

    private static LoadingProof Proof() => new()
    {
        ConfirmedBy = new ShipOfficer { Name = "Jānis Bērziņš", Rank = "Chief officer" },
        LoadedAt = "2026-11-24T10:00:00+02:00",
        Lines = [new LoadedLine { Line = 0, Quantity = 200m }, new LoadedLine { Line = 1, Quantity = 30000m }],
    };
}
