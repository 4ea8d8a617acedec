using System.Globalization;
using System.Text;
using Azure.Core;

namespace Ics2Port.Storage;

/// <summary>
/// Builds the strings to sign of the Storage Shared Key (Blob) and Shared Key Lite (Table) schemes.
/// The canonical resource uses the URL path exactly as sent, so with path-style (emulator) URLs
/// it reads <c>/account/account/container/blob</c>.
/// </summary>
internal static class SharedKeyStringToSign
{
    private static readonly string[] SignedStandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public static string ForBlob(Request request, string accountName)
    {
        var uri = request.Uri.ToUri();
        var builder = new StringBuilder(256);
        builder.Append(request.Method.Method.ToUpperInvariant()).Append('\n');
        foreach (var header in SignedStandardHeaders)
        {
            // Content-Length comes from the body; zero is signed as empty.
            var value = header == "Content-Length"
                ? ContentLength(request)
                : request.Headers.TryGetValue(header, out var v) ? v : string.Empty;
            builder.Append(value).Append('\n');
        }

        var storageHeaders = new List<(string Name, string Value)>();
        foreach (var header in request.Headers)
        {
            if (header.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                storageHeaders.Add((header.Name.ToLowerInvariant(), header.Value.Trim()));
            }
        }

        storageHeaders.Sort((a, b) => CanonicalHeaderNameComparer.Instance.Compare(a.Name, b.Name));
        foreach (var (name, value) in storageHeaders)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        builder.Append('/').Append(accountName).Append(uri.AbsolutePath.Length > 0 ? uri.AbsolutePath : "/");
        foreach (var (name, value) in QueryParameters(uri).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append('\n').Append(name).Append(':').Append(value);
        }

        return builder.ToString();
    }

    public static string ForTableLite(Request request, string accountName)
    {
        var uri = request.Uri.ToUri();
        request.Headers.TryGetValue("x-ms-date", out var date);
        var builder = new StringBuilder(128)
            .Append(date).Append('\n')
            .Append('/').Append(accountName).Append(uri.AbsolutePath.Length > 0 ? uri.AbsolutePath : "/");
        if (QueryParameters(uri).TryGetValue("comp", out var comp))
        {
            builder.Append("?comp=").Append(comp);
        }

        return builder.ToString();
    }

    private static string ContentLength(Request request) =>
        request.Content is not null && request.Content.TryComputeLength(out var length) && length > 0
            ? length.ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    // Names lower-cased, values decoded, repeated names joined with ',' as the service expects.
    private static Dictionary<string, string> QueryParameters(Uri uri)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return parameters;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(separator < 0 ? pair : pair[..separator]).ToLowerInvariant();
            var value = separator < 0 ? string.Empty : Uri.UnescapeDataString(pair[(separator + 1)..].Replace('+', ' '));
            parameters[name] = parameters.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }

        return parameters;
    }
}
