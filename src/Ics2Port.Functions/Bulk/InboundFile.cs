namespace Ics2Port.Functions.Bulk;

using System.Diagnostics.CodeAnalysis;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Documents;

/// <summary>
/// Where a dropped file says it belongs: <c>{agentId}/{portCallId}/{direction}/{type}.{json|csv|xlsx}</c> is a
/// document, <c>{agentId}/{portCallId}/permits/{anyName}.json</c> a permit application, and
/// <c>suppliers/{supplierId}/{portCallId}/supplies/{anyName}.json</c> a ship supply (blob names inside the inbound container). The extension says the media type, as <c>Content-Type</c> does over HTTP; whether the
/// direction, type and format make sense is the use case's to answer, exactly as for a request.
/// </summary>
public sealed record InboundFile(string BlobName, Principal Filer, string PortCallId, string Folder, string FileName, DocumentFormat Format)
{
    public const string PermitsFolder = "permits";

    public const string SuppliesFolder = "supplies";

    /// <summary>The first segment of a supplier's files; never an agent id, which is upper case.</summary>
    public const string SuppliersRoot = "suppliers";

    public const string Layout =
        "{agentId}/{portCallId}/{arrival|departure}/{type}.{json|csv|xlsx}, {agentId}/{portCallId}/permits/{name}.json or suppliers/{supplierId}/{portCallId}/supplies/{name}.json";

    /// <summary>The agent of a document or permit file; null for a supplier's file.</summary>
    public string? AgentId => Filer.AgentId;

    public bool IsPermit => Folder == PermitsFolder;

    public bool IsSupply => Folder == SuppliesFolder;

    /// <summary>The direction of a document; for a permit, <c>permits</c>.</summary>
    public string Direction => Folder;

    /// <summary>The document type: the file name without its extension.</summary>
    public string Type => Path.GetFileNameWithoutExtension(FileName);

    /// <summary>The media type the extension stands for, as a request would send it.</summary>
    public string MediaType => DocumentMediaTypes.Of(Format);

    public static bool TryParse(string blobName, [NotNullWhen(true)] out InboundFile? file)
    {
        file = null;
        var segments = blobName.Split('/');
        if (segments is [SuppliersRoot, var supplierId, var supplyPortCallId, SuppliesFolder, var supplyFileName])
        {
            if (!Principal.IsValidAgentId(supplierId) || supplyPortCallId.Length == 0 || Path.GetFileNameWithoutExtension(supplyFileName).Length == 0
                || !DocumentFormats.TryFromFileName(supplyFileName, out var supplyFormat) || supplyFormat != DocumentFormat.Json)
            {
                return false;
            }

            file = new InboundFile(blobName, Principal.Supplier(supplierId), supplyPortCallId, SuppliesFolder, supplyFileName, supplyFormat);
            return true;
        }

        if (segments is not [var agentId, var portCallId, var folder, var fileName]
            || !Principal.IsValidAgentId(agentId)
            || portCallId.Length == 0
            || folder.Length == 0
            || Path.GetFileNameWithoutExtension(fileName).Length == 0
            || !DocumentFormats.TryFromFileName(fileName, out var format)
            || (folder == PermitsFolder && format != DocumentFormat.Json)
            || folder == SuppliesFolder)
        {
            return false;
        }

        file = new InboundFile(blobName, Principal.Agent(agentId), portCallId, folder, fileName, format);
        return true;
    }
}
