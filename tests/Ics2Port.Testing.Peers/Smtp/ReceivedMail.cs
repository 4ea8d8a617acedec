namespace Ics2Port.Testing.Peers.Smtp;

/// <summary>A message as the SMTP server received it.</summary>
/// <param name="Id">maildev's id of the message.</param>
/// <param name="From">The sender address.</param>
/// <param name="To">The recipient addresses of the To header.</param>
/// <param name="Subject">The decoded subject.</param>
/// <param name="MessageId">The Message-ID header as sent, with its angle brackets.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Attachments">Every attachment with its bytes.</param>
public sealed record ReceivedMail(
    string Id,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string MessageId,
    string Text,
    IReadOnlyList<ReceivedMailAttachment> Attachments);
