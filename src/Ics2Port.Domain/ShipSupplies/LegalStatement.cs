namespace Ics2Port.Domain.ShipSupplies;

/// <summary>One thing the law requires of a supply, or spares it: the rule, where in the supply it applies, and in words.</summary>
/// <param name="Rule">The rule ID (SUP-*).</param>
/// <param name="Pointer">RFC 6901 pointer into the supply: <c>""</c> for the whole supply, <c>/lines/2</c> for a line.</param>
/// <param name="Message">What the supplier must do, or need not do.</param>
public sealed record LegalStatement(string Rule, string Pointer, string Message);
