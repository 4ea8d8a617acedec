namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>Headers that describe a document to the port system.</summary>
public static class PortSystemHeaders
{
    public const string PortCallId = "X-Port-Call-Id";
    public const string DocumentType = "X-Document-Type";
    public const string Direction = "X-Direction";
    public const string ContentSha256 = "X-Content-SHA256";
}
