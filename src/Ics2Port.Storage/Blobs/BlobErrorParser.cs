using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace Ics2Port.Storage;

/// <summary>
/// Reads the Blob service's error: the <c>x-ms-error-code</c> header, else the XML body
/// (<c>&lt;Error&gt;&lt;Code&gt;…&lt;/Code&gt;&lt;Message&gt;…&lt;/Message&gt;&lt;/Error&gt;</c>).
/// </summary>
internal sealed class BlobErrorParser : RequestFailedDetailsParser
{
    public static readonly BlobErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        string? code = StorageResponses.ErrorCode(response);
        string? message = null;
        try
        {
            var content = response.Content;
            if (content.ToMemory().Length > 0)
            {
                var root = XDocument.Parse(content.ToString()).Root;
                code ??= root?.Element("Code")?.Value;
                message = root?.Element("Message")?.Value;
            }
        }
        catch (XmlException)
        {
            // Not XML: the header, if any, still names the error.
        }

        error = code is null ? null : new ResponseError(code, message ?? response.ReasonPhrase);
        return error is not null;
    }
}
