namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>Where the parts of a document read from rows came from.</summary>
internal interface ISourceLayout
{
    /// <summary>The source pointer of a document pointer's tokens (never empty), or null when the layout does not know it.</summary>
    string? ToSource(IReadOnlyList<string> tokens);
}
