namespace Ics2Port.Testing.Peers.Smtp;

/// <summary>An attachment as the SMTP server received it.</summary>
public sealed record ReceivedMailAttachment(string FileName, string ContentType, byte[] Content);
