namespace Ics2Port.Functions.HsCodes;

/// <summary>One code of the nomenclature: a chapter (2 digits), heading (4) or subheading (6, 8).</summary>
public sealed record HsCodeEntry(string Code, string Description, int Level, string? Parent, string Section);
