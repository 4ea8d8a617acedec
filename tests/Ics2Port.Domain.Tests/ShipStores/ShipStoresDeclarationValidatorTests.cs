namespace Ics2Port.Domain.Tests.ShipStores;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.ShipStores;
using Ics2Port.Domain.Tests.Builders;

public sealed class ShipStoresDeclarationValidatorTests
{
    private readonly ShipStoresDeclarationValidator validator = new();

    [Fact]
    public void Validate_CompleteDeclaration_ReportsNothing()
    {
        var fal3 = new ShipStoresDeclarationBuilder().Build();

        var result = validator.TestValidate(fal3);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_NoArticlesAndNoPeriod_ReportsNothing()
    {
        var fal3 = new ShipStoresDeclarationBuilder().WithArticles([]).WithPeriodOfStayDays(null).Build();

        var result = validator.TestValidate(fal3);

        result.ShouldNotHaveAnyValidationErrors();
    }

    public static TheoryData<ShipStoresDeclarationBuilder, string, string> Violations => new()
    {
        { new ShipStoresDeclarationBuilder().WithPersonsOnBoard(null), "/personsOnBoard", RuleIds.Required },
        { new ShipStoresDeclarationBuilder().WithPersonsOnBoard(0), "/personsOnBoard", RuleIds.FormatValue },
        { new ShipStoresDeclarationBuilder().WithPeriodOfStayDays(-2), "/periodOfStayDays", RuleIds.FormatValue },
        { new ShipStoresDeclarationBuilder().WithArticles(null), "/articles", RuleIds.Required },
        { new ShipStoresDeclarationBuilder().WithSecondArticle(a => a with { Name = null }), "/articles/1/name", RuleIds.Required },
        { new ShipStoresDeclarationBuilder().WithSecondArticle(a => a with { Quantity = null }), "/articles/1/quantity", RuleIds.Required },
        { new ShipStoresDeclarationBuilder().WithSecondArticle(a => a with { Quantity = -5m }), "/articles/1/quantity", RuleIds.FormatValue },
        { new ShipStoresDeclarationBuilder().WithSecondArticle(a => a with { Unit = "" }), "/articles/1/unit", RuleIds.Required },
        { new ShipStoresDeclarationBuilder().WithSecondArticle(a => a with { LocationOnBoard = null }), "/articles/1/locationOnBoard", RuleIds.Required },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Validate_BadField_ReportsRuleAtPointer(ShipStoresDeclarationBuilder fal3, string pointer, string rule)
    {
        var report = DocumentValidator.Validate(DocumentType.Fal3, fal3.Build(), new DocumentContextBuilder().Build());

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, rule), (finding.Pointer, finding.Rule));
    }

    [Fact]
    public void Validate_NullArticle_ReportsRequiredEntry_REQUIRED()
    {
        var fal3 = new ShipStoresDeclarationBuilder().WithArticles([null!, null!]).Build();

        var report = DocumentValidator.Validate(DocumentType.Fal3, fal3, new DocumentContextBuilder().Build());

        Assert.Equal(
            [new Finding("/articles/0", RuleIds.Required, "Articles entry 0 is empty."), new Finding("/articles/1", RuleIds.Required, "Articles entry 1 is empty.")],
            report.Errors);
    }
}
