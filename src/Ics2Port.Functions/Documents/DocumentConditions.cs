namespace Ics2Port.Functions.Documents;

using Ics2Port.Storage.Documents;

/// <summary>
/// <c>If-Match</c> / <c>If-None-Match</c> of a document PUT, checked against the current version before
/// anything is stored (412 otherwise). Tags compare exactly (strong comparison); <c>*</c> means "any version".
/// </summary>
public sealed record DocumentConditions(string? IfMatch, string? IfNoneMatch)
{
    public static DocumentConditions None { get; } = new(null, null);

    /// <summary>True when the request may replace <paramref name="current"/> (null: no version yet).</summary>
    public bool Allow(DocumentVersion? current)
    {
        if (!string.IsNullOrWhiteSpace(IfMatch) && (current is null || !Matches(IfMatch, current)))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(IfNoneMatch) || current is null || !Matches(IfNoneMatch, current);
    }

    private static bool Matches(string header, DocumentVersion current)
    {
        var tag = DocumentETags.Of(current);
        return header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => candidate == "*" || candidate == tag);
    }
}
