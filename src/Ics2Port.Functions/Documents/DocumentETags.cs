namespace Ics2Port.Functions.Documents;

using System.Globalization;
using Ics2Port.Storage.Documents;

/// <summary>Entity tags of a document: one per version (<c>"v3"</c>), strong, sent as <c>ETag</c> on PUT and GET.</summary>
public static class DocumentETags
{
    public static string Of(DocumentVersion version) => $"\"v{version.Version.ToString(CultureInfo.InvariantCulture)}\"";
}
