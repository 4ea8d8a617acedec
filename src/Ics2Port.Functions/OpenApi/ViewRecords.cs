namespace Ics2Port.Functions.OpenApi;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Fallback.Availability;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.Fallback.Inbox;
using Ics2Port.Functions.Permits;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Supplies;
using Ics2Port.Storage.Filings;

/// <summary>
/// The values the answers' text fields take, for the OpenAPI document; which fields an answer always has follows from
/// the view records' nullability.
/// </summary>
public static class ViewRecords
{
    public static FieldFacts Directions { get; } = new("arrival or departure (FAL-ARR, FAL-DEP).") { Values = [.. Enum.GetValues<Direction>().Select(DocumentTypes.ToWire)] };

    public static FieldFacts Types { get; } = new("The document: fal1, manifest (FAL 2), fal3, fal4, fal5 or fal6.") { Values = [.. DocumentTypes.All.Select(DocumentTypes.ToWire)] };

    /// <summary>A fallback case is a port call document's version, or a permit application's or ship supply's.</summary>
    public static FieldFacts CaseDirections { get; } = new("arrival or departure for a port call document (FAL-ARR, FAL-DEP); permit for an unloading or loading permit application, supply for a ship supply.")
    {
        Values = [.. Directions.Values!, FilingKinds.Permit, FilingKinds.Supply],
    };

    public static FieldFacts CaseTypes { get; } = new("The document (fal1, manifest, fal3, fal4, fal5 or fal6); the permit's or supply's id for a permit application or ship supply.")
    {
        Pattern = $"^(?:{string.Join('|', DocumentTypes.All.Select(DocumentTypes.ToWire))}|(?:pm|sp)-[a-z2-7]{{10}})$",
    };

    public static FieldFacts States { get; } = new("accepted, then delivered, or during an outage pending, a fallback channel and re-entered (FB-REENTRY); refused, final, when the port system refused the version (4xx).")
    {
        Values = [.. DeliveryStates.All.Select(DeliveryStates.ToWire)],
    };

    public static FieldFacts Links { get; } = new("How the port call was found, or that it was not.") { Values = [IntakeOutcomes.LinkedById, IntakeOutcomes.LinkedByImoAndVoyage, IntakeOutcomes.Unlinked] };

    public static FieldFacts DeclarationTypes { get; } = new($"Box 1a for the destination code ({RuleIds.SupDestCode}).") { Values = ["CO", "EX"] };

    public static FieldFacts ExitMissing { get; } = new($"What the supply still needs to count as having left the customs territory ({RuleIds.SupExport}).")
    {
        Values = [SupplyExit.LoadingProofMissing, SupplyExit.DeclarationReferenceMissing],
    };

    public static IReadOnlyList<RecordFacts> All { get; } =
    [
        new(typeof(DocumentReceipt)) { ["direction"] = Directions, ["type"] = Types, ["state"] = States },
        new(typeof(DocumentState)) { ["type"] = Types, ["state"] = States },
        new(typeof(DirectionStatus)) { ["missing"] = Types.As("Still required:") },
        new(typeof(FallbackCaseView)) { ["direction"] = CaseDirections, ["type"] = CaseTypes, ["state"] = States },
        new(typeof(AttemptView))
        {
            ["channel"] = new("Where the attempt went.") { Values = [AttemptChannels.PortSystem, AttemptChannels.Eds, AttemptChannels.Email, AttemptChannels.InPerson, AttemptChannels.Reentry] },
        },
        new(typeof(OutageView))
        {
            ["state"] = new("open or restored.") { Values = ["open", "restored"] },
            ["source"] = new("Who said the port system is unavailable.") { Values = [OutageSources.Helpdesk, OutageSources.Detected] },
            ["restoredBy"] = new("Who said it is back.") { Values = [OutageSources.RestoredByAuthority, OutageSources.RestoredByProbe] },
        },
        new(typeof(SystemStatusView))
        {
            ["portSystem"] = new("Whether the port system takes documents.") { Values = [SystemStatusView.Available, SystemStatusView.Unavailable] },
            ["source"] = new("Who said the port system is unavailable.") { Values = [OutageSources.Helpdesk, OutageSources.Detected] },
        },
        new(typeof(PermitReceipt)) { ["state"] = States },
        new(typeof(PermitView)) { ["state"] = States },
        new(typeof(PermitSummary)) { ["state"] = States },
        new(typeof(AwaitingPermit))
        {
            ["state"] = States,
            ["operation"] = new("unloading (on arrival) or loading (for departure).") { Values = ["unloading", "loading"] },
            ["hsCodes"] = new("The items' HS codes, each once, in the order of the items (HS-REQUIRED); none for empty containers only."),
            ["berth"] = new("The berth of all the application's goods (PERMIT-ONE-BERTH)."),
            ["plannedStart"] = new("When the unloading or loading is planned to start (PERMIT-BEFORE); absent when the application does not say."),
        },
        new(typeof(PermitDecisionView))
        {
            ["outcome"] = new("granted (with permitNumber) or refused (with reason).") { Values = [PermitDecisionOutcomes.Granted, PermitDecisionOutcomes.Refused] },
        },
        new(typeof(SupplyReceipt)) { ["state"] = States },
        new(typeof(SupplyView)) { ["state"] = States },
        new(typeof(SupplyState))
        {
            ["state"] = States,
            ["declarationType"] = DeclarationTypes,
            ["missing"] = ExitMissing,
        },
        new(typeof(SupplyAssessment)) { ["declarationType"] = DeclarationTypes },
        new(typeof(LineProcedure))
        {
            ["procedure"] = new("The customs procedure of the line.") { Values = [SupplyProcedures.Export, SupplyProcedures.ReExportOrTransit, SupplyProcedures.ReleaseForFreeCirculation] },
            ["rule"] = new("The rule that decides it.") { Values = [RuleIds.SupExport, RuleIds.SupNonUnion, RuleIds.SupNonUnionEquipment] },
        },
        new(typeof(SupplyExitState)) { ["missing"] = ExitMissing },
        new(typeof(PrincipalView))
        {
            ["kind"] = new("Who the API key belongs to.") { Values = PrincipalView.Kinds },
            ["id"] = new("The agent's or supplier's id, the customs control point's code, or authority."),
            ["principal"] = new("The principal as an API key entry names it (Ics2Port:ApiKeys).") { Pattern = "^(?:authority|(?:agent|supplier):[A-Z0-9][A-Z0-9-]{1,39}|customs:[0-9]{4})$" },
            ["port"] = new("Customs only: the UN/LOCODE of the control point's port, whose port calls it sees.") { Pattern = "^[A-Z]{5}$" },
            ["controlPoint"] = new("Customs only: the customs control point's code (0210 Riga, 0311 Ventspils, 0411 Liepāja).") { Pattern = "^[0-9]{4}$" },
            ["controlPointName"] = new("Customs only: the customs control point's name."),
        },
        new(typeof(IntakeView))
        {
            ["status"] = new("received, then processed.") { Values = [IntakeOutcomes.Received, IntakeOutcomes.Processed] },
            ["link"] = Links,
        },
    ];
}
