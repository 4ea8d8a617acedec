namespace Ics2Port.Domain.Manifests;

/// <summary>The proofs of Union status a consignment may carry instead of an endorsed manifest (STATUS-PROOF).</summary>
public static class StatusProofKinds
{
    public const string T2L = "T2L";
    public const string T2LF = "T2LF";
    public const string Invoice = "invoice";
    public const string TransportDocument = "transport-document";

    public static IReadOnlyList<string> All { get; } = [T2L, T2LF, Invoice, TransportDocument];
}
