namespace Ics2Port.Functions.WebPage;

using System.Collections.Frozen;
using System.Security.Cryptography;

/// <summary>
/// The web page's files, embedded in this assembly at build time (<c>WebPage/Assets</c>), read once. Only these names
/// are served, so a request can never reach another file.
/// </summary>
public static class WebAssets
{
    public const string IndexName = "index.html";

    private const string ResourcePrefix = "WebPage/";

    private static readonly FrozenDictionary<string, string> MediaTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, WebAsset>> All = new(Load);

    /// <summary>Every served name, e.g. <c>index.html</c>, <c>js/api.js</c>.</summary>
    public static IEnumerable<string> Names => All.Value.Keys;

    public static WebAsset? Find(string name) => All.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, WebAsset> Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        var assets = new Dictionary<string, WebAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..].Replace('\\', '/');
            if (!MediaTypes.TryGetValue(Path.GetExtension(name), out var mediaType))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            var content = BinaryData.FromStream(stream);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span))[..32] + "\"";
            assets[name] = new WebAsset(name, content, mediaType, etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
