namespace Ics2Port.Functions.HsCodes;

/// <summary>A code with the codes directly under it, for the picker's drill-down.</summary>
public sealed record HsCodeDetails(
    string Code,
    string Description,
    int Level,
    string? Parent,
    string Section,
    IReadOnlyList<HsCodeEntry> Children);
