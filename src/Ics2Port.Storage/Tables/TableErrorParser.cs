using System.Text.Json;
using Azure;
using Azure.Core;

namespace Ics2Port.Storage;

/// <summary>
/// Reads the Table service's OData error body (<c>{"odata.error":{"code":…,"message":{"value":…}}}</c>),
/// falling back to the <c>x-ms-error-code</c> header.
/// </summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static readonly TableErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        error = null;
        string? code = null;
        string? message = null;
        try
        {
            var content = response.Content;
            if (content.ToMemory().Length > 0)
            {
                using var document = JsonDocument.Parse(content.ToMemory());
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("odata.error", out var odataError))
                {
                    code = odataError.TryGetProperty("code", out var c) ? c.GetString() : null;
                    message = odataError.TryGetProperty("message", out var m)
                        ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
                        : null;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the header below still names the error.
        }

        code ??= StorageResponses.ErrorCode(response);
        if (code is null)
        {
            return false;
        }

        error = new ResponseError(code, message ?? response.ReasonPhrase);
        return true;
    }
}
