namespace Ics2Port.Functions.OpenApi;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewEffects;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.Ens;
using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.ShipStores;
using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Functions.Fallback.Availability;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Functions.Fallback.Inbox;

/// <summary>
/// The request records as CONTRACT.md's "Document fields" and the validators define them: required unless listed as
/// optional, each code with its format and rule. A test holds this table to the validators' answers.
/// </summary>
public static class RequestRecords
{
    private static readonly FieldFacts Persons = new($"{RuleIds.Required}: at least one.") { MinItems = 1 };

    public static IReadOnlyList<RecordFacts> All { get; } =
    [
        new(typeof(PortCallRequest), "etd", "lastPort", "nextPort", "regularShippingService")
        {
            ["port"] = CodeFormats.UnLocode,
            ["eta"] = CodeFormats.DateTime,
            ["etd"] = CodeFormats.DateTime.As($"After eta ({RuleIds.Consistency})."),
            ["lastPort"] = CodeFormats.UnLocode,
            ["nextPort"] = CodeFormats.UnLocode,
        },
        new(typeof(Vessel), "mmsi")
        {
            ["imoNumber"] = CodeFormats.Imo,
            ["flag"] = CodeFormats.Country,
            ["mmsi"] = new($"{RuleIds.FormatValue}: nine digits.") { Pattern = "^[0-9]{9}$" },
        },
        new(typeof(Party), "eori")
        {
            ["country"] = CodeFormats.Country,
            ["eori"] = CodeFormats.Eori,
            ["email"] = CodeFormats.Email,
            ["phone"] = CodeFormats.Phone,
        },
        new(typeof(ActualParty), "name", "address", "country", "eori", "email", "phone")
        {
            ["country"] = CodeFormats.Country,
            ["eori"] = CodeFormats.Eori,
            ["email"] = CodeFormats.Email,
            ["phone"] = CodeFormats.Phone,
        },
        new(typeof(IdentityDocument))
        {
            ["type"] = new($"{RuleIds.FormatValue}.") { Values = ["passport", "seafarer-id", "other"] },
            ["issuingState"] = CodeFormats.Country,
            ["expiryDate"] = CodeFormats.Date.As($"Not before the arrival or departure ({RuleIds.Consistency})."),
        },
        new(typeof(GeneralDeclaration), "shipType", "berth", "changedDuringStay", "remarks")
        {
            ["imoNumber"] = CodeFormats.Imo.As($"The port call's ship ({RuleIds.Consistency})."),
            ["flag"] = CodeFormats.Country,
            ["port"] = CodeFormats.UnLocode.As($"The port call's port ({RuleIds.Consistency})."),
            ["dateTime"] = CodeFormats.DateTime.As("Arrival or departure."),
            ["lastPort"] = CodeFormats.UnLocode,
            ["nextPort"] = CodeFormats.UnLocode,
            ["grossTonnage"] = new($"{RuleIds.FormatValue}: not negative.") { Minimum = 0 },
            ["netTonnage"] = new($"{RuleIds.FormatValue}: not negative.") { Minimum = 0 },
            ["numberOfCrew"] = new($"{RuleIds.FormatValue}: at least 1; as many as the crew list, FAL 5 ({RuleIds.Consistency}).") { Minimum = 1 },
            ["numberOfPassengers"] = new($"{RuleIds.FormatValue}: not negative; as many as the passenger list, FAL 6 ({RuleIds.Consistency}).") { Minimum = 0 },
            ["changedDuringStay"] = new($"Departure only ({RuleIds.FalDeparture}); absent means nothing changed."),
        },
        new(typeof(MasterName)),
        new(typeof(ChangedDuringStay)),
        new(typeof(ShipStoresDeclaration), "periodOfStayDays")
        {
            ["personsOnBoard"] = new($"{RuleIds.FormatValue}: at least 1.") { Minimum = 1 },
            ["periodOfStayDays"] = new($"{RuleIds.FormatValue}: not negative.") { Minimum = 0 },
        },
        new(typeof(StoreArticle), "officialUse")
        {
            ["quantity"] = new($"{RuleIds.FormatValue}: not negative.") { Minimum = 0 },
        },
        new(typeof(CrewEffectsDeclaration))
        {
            ["entries"] = new($"{RuleIds.Required}: at least one.") { MinItems = 1 },
        },
        new(typeof(CrewEffectsEntry)),
        new(typeof(Effect), "quantity")
        {
            ["quantity"] = new($"{RuleIds.FormatValue}: not negative.") { Minimum = 0 },
        },
        new(typeof(CrewList))
        {
            ["crew"] = Persons.As($"Exactly one member is MASTER; as many as FAL 1 declares ({RuleIds.Consistency})."),
        },
        Person(typeof(CrewMember)),
        new(typeof(PassengerList))
        {
            ["passengers"] = Persons.As($"As many as FAL 1 declares ({RuleIds.Consistency})."),
        },
        Person(typeof(Passenger), "visaNumber", ("portOfEmbarkation", CodeFormats.UnLocode), ("portOfDisembarkation", CodeFormats.UnLocode)),
        new(typeof(CargoManifest), "customsEndorsement")
        {
            ["consignments"] = new($"{RuleIds.Required}; empty for a ship in ballast (a nil manifest)."),
        },
        new(typeof(CustomsEndorsement))
        {
            ["date"] = CodeFormats.Date,
        },
        new(typeof(Consignment), "goodsStatus", "ensMrn", "ensExemption", "actualConsignor", "actualConsignee", "statusProof", "loadedAt")
        {
            ["actualConsignor"] = new($"The actual consignor, with the data available ({RuleIds.PartyMin}): nothing required, what is given well-formed."),
            ["actualConsignee"] = new($"The actual consignee, with the data available ({RuleIds.PartyMin}): nothing required, what is given well-formed."),
            ["statusProof"] = new($"Another proof of Union status for this consignment (T2L, T2LF, invoice or transport document); with it the manifest needs no endorsement for these goods ({RuleIds.StatusProof})."),
            ["loadedAt"] = CodeFormats.DateTime.As($"When the goods were loaded; {RuleIds.EnsSeaContainer} counts back from it."),
            ["portOfLoading"] = CodeFormats.UnLocode,
            ["portOfDischarge"] = CodeFormats.UnLocode,
            ["goodsStatus"] = CodeFormats.GoodsStatus.As("For every item without a status of its own."),
            ["cargoType"] = new($"{RuleIds.FormatValue}.") { Values = [.. SeaCargoTypes.WireNames] },
            ["ensMrn"] = new($"{RuleIds.EnsRegistration}: the MRN of the entry summary declaration, 2 digits of the year, a country code and 14 letters or digits ({RuleIds.EnsWhen}).")
            {
                Pattern = "^[0-9]{2}[A-Z]{2}[A-Z0-9]{14}$",
            },
            ["ensExemption"] = new($"{RuleIds.EnsExempt}: why no entry summary declaration is needed.") { Values = [.. EnsExemptions.Reasons.Order(StringComparer.Ordinal)] },
            ["items"] = new($"{RuleIds.Required}: at least one.") { MinItems = 1 },
        },
        new(typeof(StatusProof))
        {
            ["kind"] = new($"{RuleIds.FormatValue}.") { Values = [.. StatusProofKinds.All] },
            ["reference"] = new($"The T2L/T2LF number or the invoice's or transport document's reference ({RuleIds.StatusProof})."),
        },
        new(typeof(ManifestItem), "containerNumber", "marksAndNumbers", "goodsStatus")
        {
            ["hsCode"] = CodeFormats.HsCode,
            ["grossMassKg"] = new($"{RuleIds.FormatValue}: above 0.") { ExclusiveMinimum = 0 },
            ["containerNumber"] = CodeFormats.ContainerNumber.As("Required for containerised cargo."),
            ["goodsStatus"] = CodeFormats.GoodsStatus.As($"The item's own; required when its container also holds goods of another status ({RuleIds.StatusMixed})."),
        },
        new(typeof(PackageCount))
        {
            ["count"] = new($"{RuleIds.FormatValue}: at least 1.") { Minimum = 1 },
        },
        new(typeof(PermitApplication), "customsReference", "plannedStart")
        {
            ["plannedStart"] = CodeFormats.DateTime.As($"When the operation starts: after the application ({RuleIds.PermitBefore}); an unloading not before the arrival, a loading before the departure ({RuleIds.Consistency})."),
            ["operation"] = new($"{RuleIds.FormatValue}.") { Values = ["unloading", "loading"] },
            ["port"] = CodeFormats.UnLocode.As($"The port call's port ({RuleIds.PermitPortBerth}, {RuleIds.Consistency})."),
            ["berth"] = new($"{RuleIds.PermitPortBerth}; one berth per application ({RuleIds.PermitOneBerth})."),
            ["customsReference"] = new($"The EMDAS declaration number; a warning when missing outside a free zone ({RuleIds.PermitCustomsRef})."),
            ["items"] = new($"{RuleIds.Required}: at least one.") { MinItems = 1 },
        },
        new(typeof(PermitItem), "kind", "hsCode", "packages", "containerNumber", "berth", "goodsStatus")
        {
            ["kind"] = new($"{RuleIds.FormatValue}: goods when absent.") { Values = [PermitItemKinds.Goods, PermitItemKinds.EmptyContainer] },
            ["hsCode"] = CodeFormats.HsCode.As($"Required for goods, at least the 4-digit heading ({RuleIds.HsRequired}); heading 8609 for an empty container (a warning when missing)."),
            ["packages"] = new($"{RuleIds.FormatValue}: at least 1.") { Minimum = 1 },
            ["grossMassKg"] = new($"{RuleIds.FormatValue}: above 0 for goods, not negative for an empty container.") { Minimum = 0 },
            ["containerNumber"] = CodeFormats.ContainerNumber.As("Required for an empty container."),
            ["berth"] = new($"The application's berth when given ({RuleIds.PermitOneBerth})."),
            ["goodsStatus"] = CodeFormats.GoodsStatus,
        },
        new(typeof(PermitDecisionRequest), "permitNumber", "reason")
        {
            ["outcome"] = new($"{RuleIds.FormatValue}: a decided permit is never decided again ({RuleIds.Consistency}).") { Values = [PermitDecisionOutcomes.Granted, PermitDecisionOutcomes.Refused] },
            ["permitNumber"] = new($"The permit's number; required when granted ({RuleIds.Required})."),
            ["reason"] = new($"Why the application is refused; required when refused ({RuleIds.Required})."),
        },
        new(typeof(ShipSupply), "shipLeavesCustomsTerritory", "declarationReference")
        {
            ["supplier"] = new($"The supplier, who lodges the declaration: {RuleIds.PartyMin} and an EORI number ({RuleIds.Required} here)."),
            ["destinationCode"] = new($"{RuleIds.SupDestCode}: box 17a; QQ and QR call for declaration type CO, QS and QV for EX.") { Values = [.. SupplyCodes.DeclarationTypeByDestination.Keys] },
            ["shipLeavesCustomsTerritory"] = new($"Whether the ship leaves the Union customs territory; required when a non-Union line is stores or fuel ({RuleIds.SupNonUnion})."),
            ["declarationReference"] = new($"The MRN of the lodged declaration ({RuleIds.SupExport}); {RuleIds.FormatValue}: 2 digits of the year, a country code and 14 letters or digits.")
            {
                Pattern = "^[0-9]{2}[A-Z]{2}[A-Z0-9]{14}$",
            },
            ["lines"] = new($"{RuleIds.Required}: at least one.") { MinItems = 1 },
        },
        new(typeof(SupplyConsignee))
        {
            ["vesselName"] = new($"Box 8: the port call's ship ({RuleIds.Consistency})."),
            ["owningCompany"] = new("Box 8: the company that owns the ship."),
        },
        new(typeof(SupplyLine), "cnChapter", "consumedInCustomsTerritory", "takenFrom")
        {
            ["cnCode"] = new($"{RuleIds.FormatHs}: 8 digits of an existing chapter, or a simplified code for goods consumed on board, 9930 24 00, 9930 27 00 or 9930 99 00 ({RuleIds.SupCnSimple}); spaces and dots as printed allowed."),
            ["cnChapter"] = new($"{RuleIds.SupCnSimple}: the goods' CN chapter, required with a simplified code: 1-24 for 9930 24 00, 27 for 9930 27 00, any other for 9930 99 00.") { Minimum = 1 },
            ["customsStatus"] = new($"{RuleIds.FormatValue}.") { Values = SupplyCodes.Statuses },
            ["kind"] = new($"{RuleIds.SupNoExs}: only goods for the ship's incorporation, operation or consumption on board are a ship supply.") { Values = SupplyCodes.Kinds },
            ["quantity"] = new($"{RuleIds.FormatValue}: above 0.") { ExclusiveMinimum = 0 },
            ["valueEur"] = new($"{RuleIds.FormatValue}: not negative; counts towards the oral declaration's 1000 EUR ({RuleIds.SupOral}).") { Minimum = 0 },
            ["netMassKg"] = new($"{RuleIds.FormatValue}: above 0; counts towards the oral declaration's 1000 kg ({RuleIds.SupOral}).") { ExclusiveMinimum = 0 },
            ["prohibitionsOrRestrictions"] = new($"Whether prohibitions or restrictions apply: then no oral declaration ({RuleIds.SupOral})."),
            ["consumedInCustomsTerritory"] = new($"Non-Union goods consumed in the Union customs territory are released for free circulation ({RuleIds.SupNonUnion}); false when absent."),
            ["takenFrom"] = new($"Non-Union goods leaving directly from another ship, a free zone or temporary storage need a re-export notification ({RuleIds.SupReexportNotice}).") { Values = SupplyCodes.Origins },
        },
        new(typeof(LoadingProof))
        {
            ["confirmedBy"] = new($"Who on the ship's side confirms the loading ({RuleIds.SupExport})."),
            ["loadedAt"] = CodeFormats.DateTime.As($"When the goods were loaded ({RuleIds.SupExport})."),
            ["lines"] = new($"{RuleIds.SupExport}: at least one; each line of the supply once ({RuleIds.Consistency}).") { MinItems = 1 },
        },
        new(typeof(ShipOfficer)),
        new(typeof(LoadedLine))
        {
            ["line"] = new($"The zero-based index of a line of the supply ({RuleIds.Consistency}).") { Minimum = 0 },
            ["quantity"] = new($"Above 0 and at most the line's quantity ({RuleIds.Consistency}).") { ExclusiveMinimum = 0 },
        },
        new(typeof(OutageAnnouncement), "message")
        {
            ["announcedAt"] = CodeFormats.DateTime.As("When the helpdesk announced the outage."),
            ["source"] = new($"{RuleIds.FormatValue}: outages of source detected are recorded by Ics2Port itself.") { Values = [OutageSources.Helpdesk] },
        },
        new(typeof(FallbackInboxMessage), "to")
        {
            ["messageId"] = new("The e-mail's Message-ID; the same one again changes nothing."),
            ["subject"] = new("Names the port call: its id, or the IMO number and voyage."),
            ["receivedAt"] = CodeFormats.DateTime.As("When customs received the e-mail."),
        },
        new(typeof(InboxAttachment))
        {
            ["fileName"] = new("An attachment named like a document (arrival-fal5.csv, departure-manifest.json) is filed as that document."),
            ["contentBase64"] = new($"{RuleIds.FormatValue}: the bytes, base64.") { Format = "byte" },
        },
        new(typeof(HandOverConfirmation), "receivedBy"),
    ];

    private static RecordFacts Person(Type record, string? optional = null, params (string Name, FieldFacts Facts)[] more)
    {
        var facts = new RecordFacts(record, optional is null ? [] : [optional])
        {
            ["nationality"] = CodeFormats.Country,
            ["dateOfBirth"] = CodeFormats.Date.As($"Before the arrival or departure ({RuleIds.Consistency})."),
            ["gender"] = new($"{RuleIds.FormatValue}.") { Values = ["M", "F", "X"] },
        };
        foreach (var (name, fieldFacts) in more)
        {
            facts[name] = fieldFacts;
        }

        return facts;
    }
}
