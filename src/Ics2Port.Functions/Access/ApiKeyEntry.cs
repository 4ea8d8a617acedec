namespace Ics2Port.Functions.Access;

/// <summary>One configured API key (section <c>Ics2Port:ApiKeys</c>): the key's SHA-256, never the key itself.</summary>
public sealed record ApiKeyEntry
{
    /// <summary>Hex SHA-256 of the UTF-8 key.</summary>
    public string? Sha256 { get; init; }

    /// <summary><c>agent:AG-BALTSHIP</c>, <c>supplier:SU-BALTCHANDLER</c>, <c>authority</c> or <c>customs:0210</c>.</summary>
    public string? Principal { get; init; }
}
