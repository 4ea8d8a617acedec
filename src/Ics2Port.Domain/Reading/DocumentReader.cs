namespace Ics2Port.Domain.Reading;

using System.Text.Json;
using Ics2Port.Domain.CrewEffects;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading.Tabular;
using Ics2Port.Domain.ShipStores;
using Ics2Port.Domain.ShipSupplies;

/// <summary>
/// Turns submitted bytes into the document records, or into format errors (<c>FORMAT-JSON</c>, <c>FORMAT-CSV</c>,
/// <c>FORMAT-XLSX</c>) that say where and why, all at once.
/// </summary>
/// <remarks>
/// <para>
/// JSON: one UTF-8 object (a byte order mark is tolerated) with the camelCase names of CONTRACT.md; comments,
/// trailing commas, duplicate names, numbers in quotes, nesting deeper than 32 and <c>null</c> list elements are
/// errors; names the document does not have are ignored.
/// </para>
/// <para>
/// CSV and XLSX (FAL 5, FAL 6, manifest): a header row with the JSON names, nested names joined with dots
/// (<c>identityDocument.number</c>, <c>consignee.eori</c>, <c>packages.count</c>), case-sensitive, surrounding
/// white space ignored; an unknown or repeated column is an error at <c>/header/{name}</c>, a missing column is
/// not (the validator reports what is required). Cells are trimmed and an empty cell is absent. Numbers are
/// invariant (<c>21000.5</c>); booleans are <c>true</c> or <c>false</c> in any letter case, nothing else.
/// A value that does not parse is an error at <c>/rows/{n}/{column}</c>, rows zero-based after the header, blank
/// rows counted but not read. CSV is UTF-8, separated by <c>,</c> or <c>;</c> (whichever the header has more of),
/// with RFC 4180 quoting, so a quoted field may hold line breaks; a row with another number of fields than the
/// header is an error at <c>/rows/{n}</c>. XLSX is read from the first worksheet; dates must be typed as text.
/// </para>
/// <para>
/// A manifest table has one row per item. The manifest's columns (<c>issuer.*</c>, <c>issuerAuthorised</c>,
/// <c>customsEndorsement.*</c>) repeat on every row and the consignment's columns (<c>billOfLading</c>,
/// <c>portOfLoading</c>, <c>portOfDischarge</c>, <c>consignor.*</c>, <c>consignee.*</c>, <c>cargoType</c>,
/// <c>ensMrn</c>, <c>ensExemption</c>) on every row of its bill of lading: the first value given wins, an empty
/// cell agrees, a different value is an error. Rows group into consignments by <c>billOfLading</c> in order of
/// first appearance. In a table <c>goodsStatus</c> is the item's own status: every row states its own.
/// </para>
/// </remarks>
public static class DocumentReader
{
    /// <summary>The most data rows a CSV or XLSX file may have unless the caller says otherwise.</summary>
    public const int DefaultMaxRows = 100_000;

    /// <summary>
    /// The options documents are read with: web defaults (camelCase, names matched in any case) made strict;
    /// nulls are left out when writing. Read-only; copy it to change anything.
    /// </summary>
    public static JsonSerializerOptions JsonOptions => DocumentJson.Options;

    /// <summary>
    /// Reads a port call document into its record: <see cref="GeneralDeclaration"/> (fal1), <see cref="CargoManifest"/>,
    /// <see cref="ShipStoresDeclaration"/> (fal3), <see cref="CrewEffectsDeclaration"/> (fal4),
    /// <see cref="CrewList"/> (fal5) or <see cref="PassengerList"/> (fal6), with at most <see cref="DefaultMaxRows"/> rows.
    /// </summary>
    /// <exception cref="ArgumentException">The format is not one the type may use (see <see cref="DocumentFormats.Supports"/>).</exception>
    public static ReadResult<object> Read(DocumentType type, DocumentFormat format, ReadOnlyMemory<byte> content) =>
        Read(type, format, content, DefaultMaxRows);

    /// <summary>Reads a port call document; a CSV or XLSX file with more than <paramref name="maxRows"/> data rows is an error.</summary>
    /// <exception cref="ArgumentException">The format is not one the type may use (see <see cref="DocumentFormats.Supports"/>).</exception>
    public static ReadResult<object> Read(DocumentType type, DocumentFormat format, ReadOnlyMemory<byte> content, int maxRows)
    {
        if (!DocumentFormats.Supports(type, format))
        {
            throw new ArgumentException($"A {type} document cannot be read from {format}.", nameof(format));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        return format == DocumentFormat.Json
            ? JsonDocumentReader.Read(RecordType(type), content)
            : TabularDocumentReader.Read(type, format, content, maxRows);
    }

    /// <summary>Reads an unloading or loading permit application (JSON only).</summary>
    public static ReadResult<PermitApplication> ReadPermit(ReadOnlyMemory<byte> content) => JsonDocumentReader.Read<PermitApplication>(content);

    /// <summary>Reads customs' decision on a permit application (JSON only).</summary>
    public static ReadResult<PermitDecisionRequest> ReadPermitDecision(ReadOnlyMemory<byte> content) => JsonDocumentReader.Read<PermitDecisionRequest>(content);

    /// <summary>Reads customs' endorsement of a manifest version (JSON only).</summary>
    public static ReadResult<EndorsementRequest> ReadEndorsement(ReadOnlyMemory<byte> content) => JsonDocumentReader.Read<EndorsementRequest>(content);

    /// <summary>Reads a ship supply (JSON only).</summary>
    public static ReadResult<ShipSupply> ReadSupply(ReadOnlyMemory<byte> content) => JsonDocumentReader.Read<ShipSupply>(content);

    /// <summary>Reads a proof of loading on board (JSON only).</summary>
    public static ReadResult<LoadingProof> ReadLoadingProof(ReadOnlyMemory<byte> content) => JsonDocumentReader.Read<LoadingProof>(content);

    /// <summary>Reads a port call announcement (JSON only).</summary>
    public static ReadResult<PortCallRequest> ReadPortCall(ReadOnlyMemory<byte> content) => JsonDocumentReader.Read<PortCallRequest>(content);

    private static Type RecordType(DocumentType type) => type switch
    {
        DocumentType.Fal1 => typeof(GeneralDeclaration),
        DocumentType.Manifest => typeof(CargoManifest),
        DocumentType.Fal3 => typeof(ShipStoresDeclaration),
        DocumentType.Fal4 => typeof(CrewEffectsDeclaration),
        DocumentType.Fal5 => typeof(CrewList),
        DocumentType.Fal6 => typeof(PassengerList),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
