namespace Ics2Port.Functions.Outcomes;

/// <summary>A stored body served back byte for byte, with the media type it was received with.</summary>
public sealed record RawContent(BinaryData Content, string ContentType);
