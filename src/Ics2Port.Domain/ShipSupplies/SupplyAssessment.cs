namespace Ics2Port.Domain.ShipSupplies;

/// <summary>What the law requires for one valid ship supply (seed 002), decided by <see cref="SupplyRules.Assess"/>.</summary>
/// <param name="DeclarationType">Box 1a for the destination code: <c>CO</c> or <c>EX</c> (SUP-DEST-CODE).</param>
/// <param name="ExportDeclarationRequired">True when the supply has Union goods (SUP-EXPORT).</param>
/// <param name="OralDeclarationAllowed">True when the export declaration may be made orally (SUP-ORAL).</param>
/// <param name="Lines">Each line's procedure.</param>
/// <param name="ExitSummaryDeclarationRequired">Always false for a ship supply (SUP-NO-EXS).</param>
/// <param name="Statements">The same in words, each with its rule.</param>
public sealed record SupplyAssessment(
    string DeclarationType,
    bool ExportDeclarationRequired,
    bool OralDeclarationAllowed,
    IReadOnlyList<LineProcedure> Lines,
    bool ExitSummaryDeclarationRequired,
    IReadOnlyList<LegalStatement> Statements);
