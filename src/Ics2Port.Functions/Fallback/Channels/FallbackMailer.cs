namespace Ics2Port.Functions.Fallback.Channels;

using System.Globalization;
using System.Net.Sockets;
using Ics2Port.Domain.Fallback;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using MailAddress = System.Net.Mail.MailAddress;

/// <summary>
/// E-mails a document with its detached signature to the port's customs control point (FB-2-EMAIL). The Message-ID
/// is derived from the case and attempt, so a message sent twice is recognisable as the same.
/// </summary>
public sealed class FallbackMailer : IFallbackMailer
{
    private readonly SmtpOptions _options;
    private readonly DocumentSigner _signer;

    public FallbackMailer(IOptions<SmtpOptions> options, DocumentSigner signer)
    {
        _options = options.Value;
        _signer = signer;
    }

    /// <summary>Why e-mail cannot be used at all, or <see langword="null"/> when it can.</summary>
    public string? UnusableReason =>
        _signer.UnavailableReason
        ?? (string.IsNullOrWhiteSpace(_options.Host) ? $"No SMTP server is configured ({SmtpOptions.SectionName}:Host)." : null)
        ?? (MailAddress.TryCreate(_options.From, out _) ? null : $"No valid sender address is configured ({SmtpOptions.SectionName}:From).");

    /// <summary>True when a signed e-mail can be sent; the law accepts no unsigned one.</summary>
    public bool IsUsable => UnusableReason is null;

    /// <summary>The Message-ID of <paramref name="attempt"/> for <paramref name="caseId"/>, e.g. <c>&lt;case-7.1@ics2port.example&gt;</c>.</summary>
    public string MessageIdFor(string caseId, int attempt)
    {
        // MailAddress reads the sender's domain as it always has, so an attempt resumed after a deployment keeps its Message-ID.
        var domain = MailAddress.TryCreate(_options.From, out var from) ? from.Host : "localhost";
        return string.Create(CultureInfo.InvariantCulture, $"<{Uri.EscapeDataString(caseId)}.{attempt}@{domain}>");
    }

    /// <summary>
    /// Signs and sends. NotUsable (nothing sent) without a certificate or SMTP configuration; Unavailable when the
    /// server cannot be reached, does not answer within <see cref="SmtpOptions.SendTimeout"/>, lacks STARTTLS or fails
    /// transiently (4xx); Rejected on a permanent SMTP error (5xx) or a refused login; Succeeded with the Message-ID.
    /// </summary>
    public async Task<ChannelOutcome> SendAsync(FallbackEmail email, CancellationToken cancellationToken = default)
    {
        if (UnusableReason is { } reason)
        {
            return ChannelOutcome.NotUsable(reason);
        }

        var messageId = MessageIdFor(email.CaseId, email.Attempt);
        using var message = Compose(email, messageId, _signer.SignDetached(email.File.Content));
        using var client = new SmtpClient();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.SendTimeout);
        try
        {
            await client.ConnectAsync(_options.Host!, _options.Port, _options.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None, limit.Token)
                .ConfigureAwait(false);

            // As before: log in when the server offers it; a server that wants a login and gets none refuses the sender.
            if (!string.IsNullOrEmpty(_options.UserName) && client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, limit.Token).ConfigureAwait(false);
            }

            await client.SendAsync(message, limit.Token).ConfigureAwait(false);

            // QUIT only says goodbye: DisconnectAsync ignores its failures, and the message is taken either way.
            await client.DisconnectAsync(quit: true, limit.Token).ConfigureAwait(false);
            return ChannelOutcome.Sent(messageId);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Failure(e, limit.IsCancellationRequested) is { } outcome)
        {
            return outcome;
        }
        catch (SslHandshakeException e) when (cancellationToken.IsCancellationRequested)
        {
            // MailKit reports a TLS handshake cut short as a failed handshake; the caller's cancellation stays a cancellation.
            throw new OperationCanceledException(e.Message, e, cancellationToken);
        }
    }

    private ChannelOutcome? Failure(Exception e, bool timedOut) => e switch
    {
        _ when timedOut => ChannelOutcome.Unavailable($"{Server}: no answer within {_options.SendTimeout.TotalSeconds:0.#} s."),
        SmtpCommandException smtp => Reply(smtp.StatusCode, smtp.Message),
        AuthenticationException { InnerException: SmtpCommandException smtp } => Reply(smtp.StatusCode, smtp.Message),
        AuthenticationException => ChannelOutcome.Rejected($"{Server}: {e.Message}"),
        ServiceNotAuthenticatedException => Reply(SmtpStatusCode.AuthenticationRequired, e.Message),

        // Unreachable, gone mid-conversation, or without the STARTTLS that EnableSsl demands: nothing goes out in the clear.
        SocketException or IOException or SmtpProtocolException or SslHandshakeException or NotSupportedException =>
            ChannelOutcome.Unavailable($"{Server}: {e.Message}"),
        _ => null,
    };

    // 5xx refuses this message for good; 4xx is the server's passing trouble.
    private static ChannelOutcome Reply(SmtpStatusCode status, string text)
    {
        var code = (int)status;
        var message = $"SMTP {code}: {text}";
        return code >= 500 ? ChannelOutcome.Rejected(message, code) : ChannelOutcome.Unavailable(message, code);
    }

    private string Server => string.Create(CultureInfo.InvariantCulture, $"SMTP {_options.Host}:{_options.Port}");

    private MimeMessage Compose(FallbackEmail email, string messageId, byte[] signature)
    {
        var body = new Multipart("mixed")
        {
            new TextPart(TextFormat.Plain)
            {
                Text = FallbackCorrespondence.Body(email.ControlPoint, email.PortCall, email.Document)
                    + $"{Environment.NewLine}Attached: {email.File.FileName} and {email.File.FileName}.p7s, its detached CMS signature (SHA-256) by {_signer.Subject}.{Environment.NewLine}",
            },
            AttachmentPart(email.File.FileName, email.File.ContentType, email.File.Content.ToArray()),
            AttachmentPart(email.File.FileName + ".p7s", DocumentSigner.SignatureContentType, signature),
        };
        var message = new MimeMessage([Mailbox(_options.From!)], [Mailbox(email.ControlPoint.Email)], FallbackCorrespondence.Subject(email.PortCall, email.Document), body);

        // Written verbatim: the workflow recorded this very value before sending and resends it after a crash.
        message.Headers[HeaderId.MessageId] = messageId;
        return message;
    }

    // Base64 carries the bytes unchanged; a text encoding could turn the document's line ends into CRLF and break its signature.
    private static MimePart AttachmentPart(string fileName, string contentType, byte[] content) => new(ContentType.Parse(contentType))
    {
        Content = new MimeContent(new MemoryStream(content)),
        ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        ContentTransferEncoding = ContentEncoding.Base64,
        FileName = fileName,
    };

    // Addresses are read as System.Net.Mail read them, so what was a valid sender or control point still is.
    private static MailboxAddress Mailbox(string address)
    {
        var parsed = new MailAddress(address);
        return new MailboxAddress(parsed.DisplayName, parsed.Address);
    }
}
