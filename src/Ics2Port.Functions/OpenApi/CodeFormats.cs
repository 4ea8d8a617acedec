namespace Ics2Port.Functions.OpenApi;

using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;

/// <summary>
/// The codes of CONTRACT.md as the OpenAPI document describes them: each pattern accepts the shapes the domain's value
/// type accepts (<see cref="ImoNumber"/>, <see cref="UnLocode"/>…); what a pattern cannot say (a check digit, an
/// assigned country, an existing HS chapter) the named rule checks.
/// </summary>
public static class CodeFormats
{
    public static FieldFacts Imo { get; } = new($"{RuleIds.FormatImo}: seven digits, the last a check digit, optionally after 'IMO'.")
    {
        Pattern = @"^\s*(?:[Ii][Mm][Oo] *)?[0-9]{7}\s*$",
    };

    public static FieldFacts UnLocode { get; } = new($"{RuleIds.FormatUnLocode}: an assigned country code and three characters A-Z or 2-9, e.g. LVRIX.")
    {
        Pattern = "^[A-Z]{2} ?[A-Z2-9]{3}$",
    };

    public static FieldFacts Country { get; } = new($"{RuleIds.FormatCountry}: an assigned ISO 3166-1 alpha-2 code, or XI.")
    {
        Pattern = "^[A-Z]{2}$",
    };

    public static FieldFacts Eori { get; } = new($"{RuleIds.FormatEori}: an assigned country code and up to 15 letters or digits; LV and the 11-digit taxpayer number in Latvia.")
    {
        Pattern = "^(?:LV[0-9]{11}|(?!LV)[A-Z]{2}[A-Z0-9]{1,15})$",
    };

    public static FieldFacts HsCode { get; } = new($"{RuleIds.FormatHs}: 4, 6 or 8 digits of an existing chapter, spaces and dots as printed allowed; 4 digits only is advised against ({RuleIds.HsPartial}).")
    {
        Pattern = @"^[ .]*(?:[0-9][ .]*){4}(?:(?:[0-9][ .]*){2}){0,2}$",
    };

    public static FieldFacts ContainerNumber { get; } = new($"{RuleIds.FormatContainer}: ISO 6346, owner code, category U, J or Z, six digits and the check digit; spaces allowed.")
    {
        Pattern = "^ *[A-Z] *[A-Z] *[A-Z] *[UJZ](?: *[0-9]){7} *$",
    };

    public static FieldFacts Date { get; } = new($"{RuleIds.FormatDate}: ISO 8601 date, yyyy-MM-dd.")
    {
        Format = "date",
        Pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    };

    public static FieldFacts DateTime { get; } = new($"{RuleIds.FormatDate}: ISO 8601 date and time with offset, e.g. 2026-11-23T06:00:00+02:00.")
    {
        Format = "date-time",
        Pattern = IsoDateTime.Pattern,
    };

    public static FieldFacts Email { get; } = new($"{RuleIds.FormatEmail}: one @, a dotted domain, no spaces.")
    {
        Pattern = @"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$",
    };

    public static FieldFacts Phone { get; } = new($"{RuleIds.FormatPhone}: optional +, 6 to 15 digits, spaces and dashes allowed.")
    {
        Pattern = @"^\s*\+?[0-9](?:[ -]*[0-9]){5,14}[ -]*\s*$",
    };

    public static FieldFacts GoodsStatus { get; } = new($"{RuleIds.StatusCodes}: C (Union goods), F (Union goods outside the VAT area) or N (non-Union goods).")
    {
        Values = [GoodsStatuses.Union, GoodsStatuses.UnionOutsideVatArea, GoodsStatuses.NonUnion],
    };
}
