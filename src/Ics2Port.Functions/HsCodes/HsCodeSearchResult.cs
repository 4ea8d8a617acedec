namespace Ics2Port.Functions.HsCodes;

/// <summary>The picker's answer: best matches first.</summary>
public sealed record HsCodeSearchResult(string Query, IReadOnlyList<HsCodeEntry> Items);
