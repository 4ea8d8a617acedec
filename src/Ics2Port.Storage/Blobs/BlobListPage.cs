using System.Globalization;
using System.Xml.Linq;

namespace Ics2Port.Storage;

/// <summary>One page of a List Blobs response.</summary>
internal sealed record BlobListPage(IReadOnlyList<BlobItem> Items, string? NextMarker)
{
    public static BlobListPage Parse(Stream xml)
    {
        var root = XDocument.Load(xml).Root
            ?? throw new FormatException("The List Blobs response is empty.");
        var items = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var properties = blob.Element("Properties");
            items.Add(new BlobItem(
                Name(blob.Element("Name")),
                StorageResponses.ListedETag(Required(properties, "Etag")),
                StorageResponses.ParseHttpDate(Required(properties, "Last-Modified")),
                long.Parse(Required(properties, "Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        var nextMarker = root.Element("NextMarker")?.Value;
        return new BlobListPage(items, string.IsNullOrEmpty(nextMarker) ? null : nextMarker);
    }

    // Names with characters XML cannot carry come percent-encoded and flagged Encoded="true".
    private static string Name(XElement? name)
    {
        if (name is null)
        {
            throw new FormatException("A listed blob has no Name.");
        }

        return (string?)name.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(name.Value) : name.Value;
    }

    private static string Required(XElement? properties, string name) =>
        properties?.Element(name)?.Value ?? throw new FormatException($"A listed blob has no {name}.");
}
