namespace Ics2Port.Functions.WebPage;

/// <summary>One file of the web page as the app serves it: its bytes, media type and strong ETag.</summary>
public sealed record WebAsset(string Name, BinaryData Content, string ContentType, string ETag);
