namespace Ics2Port.Functions.Bulk;

using System.Diagnostics.CodeAnalysis;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Documents;

/// <summary>
/// Where a dropped file says it belongs: <c>{agentId}/{portCallId}/{direction}/{type}.{json|csv|xlsx}</c> is a
/// document, <c>{agentId}/{portCallId}/permits/{anyName}.json</c> a permit application (blob names inside the
/// inbound container). The extension says the media type, as <c>Content-Type</c> does over HTTP; whether the
/// direction, type and format make sense is the use case's to answer, exactly as for a request.
/// </summary>
public sealed record InboundFile(string BlobName, string AgentId, string PortCallId, string Folder, string FileName, DocumentFormat Format)
{
    public const string PermitsFolder = "permits";

    public const string Layout =
        "{agentId}/{portCallId}/{arrival|departure}/{type}.{json|csv|xlsx} or {agentId}/{portCallId}/permits/{name}.json";

    public bool IsPermit => Folder == PermitsFolder;

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
        if (segments is not [var agentId, var portCallId, var folder, var fileName]
            || !Principal.IsValidAgentId(agentId)
            || portCallId.Length == 0
            || folder.Length == 0
            || Path.GetFileNameWithoutExtension(fileName).Length == 0
            || !DocumentFormats.TryFromFileName(fileName, out var format)
            || (folder == PermitsFolder && format != DocumentFormat.Json))
        {
            return false;
        }

        file = new InboundFile(blobName, agentId, portCallId, folder, fileName, format);
        return true;
    }
}
