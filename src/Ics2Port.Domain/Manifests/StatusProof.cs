namespace Ics2Port.Domain.Manifests;

/// <summary>
/// A proof of Union status other than the manifest (seed 003: "T2L or a status proof made out on an invoice or transport
/// document"): its kind and its number or reference.
/// </summary>
public sealed record StatusProof
{
    /// <summary><c>T2L</c>, <c>T2LF</c>, <c>invoice</c> or <c>transport-document</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The T2L/T2LF number, or the invoice's or transport document's reference.</summary>
    public string? Reference { get; init; }
}
