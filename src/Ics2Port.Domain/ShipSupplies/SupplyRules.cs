namespace Ics2Port.Domain.ShipSupplies;

using System.Globalization;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;

/// <summary>The rules of seed 002 for a ship supply: its validation, and what the law then requires of it.</summary>
public static class SupplyRules
{
    /// <summary>DA art. 137(1)(b): the most an orally declared consignment of commercial goods may be worth, in EUR (SUP-ORAL).</summary>
    public const decimal OralMaxValueEur = 1000m;

    /// <summary>DA art. 137(1)(b): the most an orally declared consignment may weigh net, in kg (SUP-ORAL).</summary>
    public const decimal OralMaxNetMassKg = 1000m;

    /// <summary>Every error of <paramref name="supply"/>, at once (see <see cref="ShipSupplyValidator"/>).</summary>
    public static ValidationReport Validate(ShipSupply supply, SupplyContext context) =>
        ValidationReports.From(new ShipSupplyValidator(context).Validate(supply));

    /// <summary>
    /// What the law requires of a valid <paramref name="supply"/>: the declaration type, whether an export declaration
    /// is needed and may be oral, each line's procedure, re-export notifications and that no exit summary declaration is.
    /// </summary>
    /// <exception cref="ArgumentException">The supply has not passed <see cref="Validate"/>.</exception>
    public static SupplyAssessment Assess(ShipSupply supply, SupplyContext context)
    {
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(context);
        if (supply.Lines is not { Count: > 0 } lines || supply.DestinationCode is not { } destination
            || !SupplyCodes.DeclarationTypeByDestination.TryGetValue(destination, out var declarationType))
        {
            throw new ArgumentException("Only a valid supply can be assessed.", nameof(supply));
        }

        var statements = new List<LegalStatement>
        {
            new(RuleIds.SupDestCode, "/destinationCode", $"Destination code {destination} in box 17a: the declaration is of type {declarationType} in box 1a."),
        };

        var union = lines.Select((line, index) => (line, index)).Where(pair => pair.line.CustomsStatus == SupplyCodes.Union).ToList();
        var exportRequired = union.Count > 0;
        var oral = exportRequired && OralAllowed(union.Select(pair => pair.line), statements);
        if (exportRequired)
        {
            statements.Insert(0, new LegalStatement(
                RuleIds.SupExport,
                string.Empty,
                $"Union goods on line(s) {string.Join(", ", union.Select(pair => pair.index))}: an export declaration is required, though a ship supply is not an ordinary export; "
                + "the goods count as having left the customs territory once their loading on board is confirmed and the declaration is completed."));
        }

        var procedures = lines.Select((line, index) => Procedure(line, index, supply, context)).ToList();
        foreach (var procedure in procedures.Where(procedure => procedure.Rule != RuleIds.SupExport))
        {
            statements.Add(new LegalStatement(procedure.Rule, $"/lines/{procedure.Line}", Explain(procedure, lines[procedure.Line], context)));
            if (procedure.ReExportNotification)
            {
                statements.Add(new LegalStatement(
                    RuleIds.SupReexportNotice,
                    $"/lines/{procedure.Line}",
                    $"The goods are taken directly from {OriginText(lines[procedure.Line].TakenFrom)}: lodge a re-export notification in the EMDAS export control system."));
            }
        }

        statements.AddRange(lines
            .Select((line, index) => (line, index))
            .Where(pair => SupplyCodes.IsSimplified(pair.line.CnCode))
            .Select(pair => new LegalStatement(
                RuleIds.SupCnSimple,
                $"/lines/{pair.index}/cnCode",
                $"Simplified CN code {pair.line.CnCode} for goods of chapter {pair.line.CnChapter} consumed on board.")));
        statements.Add(new LegalStatement(RuleIds.SupNoExs, string.Empty, "No exit summary declaration: the goods are for the ship's incorporation, operation or consumption on board."));
        statements.Add(new LegalStatement(RuleIds.SupInSystem, string.Empty, InSystemStatement));
        return new SupplyAssessment(declarationType, exportRequired, oral, procedures, ExitSummaryDeclarationRequired: false, statements);
    }

    /// <summary>
    /// SUP-IN-SYSTEM: each version goes to the port system; while it is down, by the fallback procedure that applies to
    /// every document there (seed 002's last section), and into it once it is restored.
    /// </summary>
    public const string InSystemStatement =
        "A ship supply is recorded in the port system (SKLOIS): each version is sent there, and while SKLOIS is down it goes to the customs control point by the fallback channels (EDS, else an e-signed e-mail, else in person) and is entered in SKLOIS once it is restored. state says where it is: delivered, pending, fallback-eds, fallback-email, fallback-in-person or re-entered, and refused, final, when the port system refuses the version.";

    /// <summary>True when the ship flies the flag of a Member State (SUP-NON-UNION-EQUIPMENT).</summary>
    public static bool IsUnionShip(SupplyContext context) => UnionMemberStates.Contains(context?.Flag);

    private static bool OralAllowed(IEnumerable<SupplyLine> unionLines, List<LegalStatement> statements)
    {
        var lines = unionLines.ToList();
        var value = lines.Sum(line => line.ValueEur ?? 0m);
        var mass = lines.Sum(line => line.NetMassKg ?? 0m);
        var restricted = lines.Any(line => line.ProhibitionsOrRestrictions == true);
        var reasons = new List<string>();
        if (value > OralMaxValueEur)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"the goods are worth {value} EUR, over {OralMaxValueEur}"));
        }

        if (mass > OralMaxNetMassKg)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"they weigh {mass} kg net, over {OralMaxNetMassKg}"));
        }

        if (restricted)
        {
            reasons.Add("prohibitions or restrictions apply to some of them");
        }

        statements.Add(reasons.Count == 0
            ? new LegalStatement(RuleIds.SupOral, string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"The export declaration may be made orally ({value} EUR, {mass} kg net, no prohibitions or restrictions); the supplier then issues an accompanying document (waybill)."))
            : new LegalStatement(RuleIds.SupOral, string.Empty, $"No oral declaration: {string.Join("; ", reasons)}. Lodge the export declaration in EMDAS."));
        return reasons.Count == 0;
    }

    private static LineProcedure Procedure(SupplyLine line, int index, ShipSupply supply, SupplyContext context)
    {
        if (line.CustomsStatus == SupplyCodes.Union)
        {
            return new LineProcedure(index, SupplyProcedures.Export, RuleIds.SupExport, ReExportNotification: false);
        }

        var (procedure, rule) = SupplyCodes.IsConsumedOnBoard(line.Kind)
            ? (supply.ShipLeavesCustomsTerritory == true && line.ConsumedInCustomsTerritory != true ? SupplyProcedures.ReExportOrTransit : SupplyProcedures.ReleaseForFreeCirculation, RuleIds.SupNonUnion)
            : (IsUnionShip(context) ? SupplyProcedures.ReleaseForFreeCirculation : SupplyProcedures.ReExportOrTransit, RuleIds.SupNonUnionEquipment);
        // UCC art. 270(3): only goods that leave as they are, directly from those places, are notified instead of declared.
        var notify = procedure == SupplyProcedures.ReExportOrTransit && SupplyCodes.Origins.Contains(line.TakenFrom);
        return new LineProcedure(index, procedure, rule, notify);
    }

    private static string Explain(LineProcedure procedure, SupplyLine line, SupplyContext context) => (procedure.Rule, procedure.Procedure) switch
    {
        (RuleIds.SupNonUnion, SupplyProcedures.ReExportOrTransit) =>
            "Non-Union goods leaving with the ship: re-export or transit; give the supervising customs office a document confirming that the ship leaves the Union customs territory, or endorse the accompanying documents.",
        (RuleIds.SupNonUnion, _) => line.ConsumedInCustomsTerritory == true
            ? "Non-Union goods consumed in the Union customs territory: release for free circulation (import declaration in EMDAS; box 3/16 the supplier, 3/27 the ship's company)."
            : "Non-Union goods on a ship that does not leave the Union customs territory: release for free circulation (import declaration in EMDAS; box 3/16 the supplier, 3/27 the ship's company).",
        (_, SupplyProcedures.ReleaseForFreeCirculation) =>
            $"Non-Union {line.Kind} for a Union ship (flag {context.Flag}): release for free circulation.",
        _ => $"Non-Union {line.Kind} for a ship not under a Union flag ({context.Flag ?? "unknown"}): re-export or transit.",
    };

    private static string OriginText(string? takenFrom) => takenFrom switch
    {
        SupplyCodes.FromShip => "another ship (transshipment)",
        SupplyCodes.FromFreeZone => "a free zone",
        _ => "a temporary storage place",
    };
}
