namespace Ics2Port.Domain.Common;

/// <summary>Rule IDs of DOMAIN.md and the format codes of CONTRACT.md, used verbatim as error codes.</summary>
public static class RuleIds
{
    public const string FalArrival = "FAL-ARR";
    public const string FalDeparture = "FAL-DEP";
    public const string FalAll = "FAL-ALL";
    public const string PartyRequired = "PARTY-REQUIRED";
    public const string PartyMin = "PARTY-MIN";
    public const string StatusCodes = "STATUS-CODES";
    public const string StatusProof = "STATUS-PROOF";
    public const string StatusEndorse = "STATUS-ENDORSE";
    public const string StatusMixed = "STATUS-MIXED";
    public const string PermitBefore = "PERMIT-BEFORE";
    public const string PermitPortBerth = "PERMIT-PORT-BERTH";
    public const string PermitOneBerth = "PERMIT-ONE-BERTH";
    public const string PermitCustomsRef = "PERMIT-CUSTOMS-REF";
    public const string HsRequired = "HS-REQUIRED";
    public const string HsPartial = "HS-PARTIAL";
    public const string EnsWhen = "ENS-WHEN";
    public const string EnsSeaContainer = "ENS-SEA-CONTAINER";
    public const string EnsSeaBulk = "ENS-SEA-BULK";
    public const string EnsSeaShort = "ENS-SEA-SHORT";
    public const string EnsSeaOutermost = "ENS-SEA-OUTERMOST";
    public const string EnsExempt = "ENS-EXEMPT";
    public const string EnsForceMajeure = "ENS-FORCE-MAJEURE";
    public const string EnsRegistration = "ENS-REGISTRATION";
    public const string FallbackTrigger = "FB-TRIGGER";
    public const string FallbackEds = "FB-1-EDS";
    public const string FallbackEmail = "FB-2-EMAIL";
    public const string FallbackInPerson = "FB-3-IN-PERSON";
    public const string FallbackReentry = "FB-REENTRY";
    public const string SupExport = "SUP-EXPORT";
    public const string SupDestCode = "SUP-DEST-CODE";
    public const string SupCnSimple = "SUP-CN-SIMPLE";
    public const string SupOral = "SUP-ORAL";
    public const string SupNoExs = "SUP-NO-EXS";
    public const string SupInSystem = "SUP-IN-SYSTEM";
    /// <summary>Seed 002: non-Union stores are re-exported or transited when the ship leaves the Union customs territory, else released for free circulation.</summary>
    public const string SupNonUnion = "SUP-NON-UNION";
    /// <summary>Seed 002: non-Union equipment and spare parts go by the ship's flag: Union ship, free circulation; other, re-export or transit.</summary>
    public const string SupNonUnionEquipment = "SUP-NON-UNION-EQUIPMENT";
    /// <summary>Seed 002 (UCC art. 270(3)): a re-export notification for goods transshipped, or taken back directly from a free zone or temporary storage.</summary>
    public const string SupReexportNotice = "SUP-REEXPORT-NOTICE";

    public const string FormatImo = "FORMAT-IMO";
    public const string FormatContainer = "FORMAT-CONTAINER";
    public const string FormatUnLocode = "FORMAT-UNLOCODE";
    public const string FormatHs = "FORMAT-HS";
    public const string FormatEori = "FORMAT-EORI";
    public const string FormatCountry = "FORMAT-COUNTRY";
    public const string FormatDate = "FORMAT-DATE";
    public const string FormatEmail = "FORMAT-EMAIL";
    public const string FormatPhone = "FORMAT-PHONE";
    public const string FormatCsv = "FORMAT-CSV";
    /// <summary>A value outside its allowed set or range (a gender, a document type, a count, an MMSI).</summary>
    public const string FormatValue = "FORMAT-VALUE";
    public const string FormatJson = "FORMAT-JSON";
    public const string FormatXlsx = "FORMAT-XLSX";
    /// <summary>Free text longer than its field's limit, or holding a control character (a line break, a tab, NUL).</summary>
    public const string FormatText = "FORMAT-TEXT";
    public const string Required = "REQUIRED";
    public const string Consistency = "CONSISTENCY";
}
