namespace Ics2Port.Domain.ShipSupplies;

/// <summary>
/// SUP-EXPORT: supplied goods count as having left the Union customs territory only with the proof of their loading
/// on board and the declaration's reference. This says which of the two is missing and which lines the proof leaves out.
/// </summary>
public static class SupplyExit
{
    public const string LoadingProofMissing = "loading-proof";
    public const string DeclarationReferenceMissing = "declaration-reference";

    /// <summary>Where the supply stands: what is missing, the lines not (fully) confirmed as loaded, and whether it has left.</summary>
    public static SupplyExitState Of(ShipSupply supply, LoadingProof? proof)
    {
        ArgumentNullException.ThrowIfNull(supply);
        var lines = supply.Lines ?? [];
        var loaded = (proof?.Lines ?? []).Where(line => line?.Line is not null).ToDictionary(line => line.Line!.Value, line => line.Quantity ?? 0m);
        var unconfirmed = proof is null
            ? []
            : Enumerable.Range(0, lines.Count).Where(i => !loaded.TryGetValue(i, out var quantity) || quantity < lines[i].Quantity).ToList();
        var missing = new List<string>();
        if (proof is null)
        {
            missing.Add(LoadingProofMissing);
        }

        if (string.IsNullOrWhiteSpace(supply.DeclarationReference))
        {
            missing.Add(DeclarationReferenceMissing);
        }

        return new SupplyExitState(missing, unconfirmed, missing.Count == 0);
    }
}
