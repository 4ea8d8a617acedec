namespace Ics2Port.Functions.Fallback.Channels;

using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using Ics2Port.Domain.Fallback;
using Microsoft.Extensions.Options;

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
        var domain = MailAddress.TryCreate(_options.From, out var from) ? from.Host : "localhost";
        return string.Create(CultureInfo.InvariantCulture, $"<{Uri.EscapeDataString(caseId)}.{attempt}@{domain}>");
    }

    /// <summary>
    /// Signs and sends. NotUsable (nothing sent) without a certificate or SMTP configuration; Unavailable when the
    /// server cannot be reached or fails transiently; Rejected on a permanent SMTP error; Succeeded with the Message-ID.
    /// </summary>
    public async Task<ChannelOutcome> SendAsync(FallbackEmail email, CancellationToken cancellationToken = default)
    {
        if (UnusableReason is { } reason)
        {
            return ChannelOutcome.NotUsable(reason);
        }

        var messageId = MessageIdFor(email.CaseId, email.Attempt);
        using var message = Compose(email, messageId, _signer.SignDetached(email.File.Content));
        using var client = new SmtpClient(_options.Host, _options.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = _options.EnableSsl,
            Credentials = string.IsNullOrEmpty(_options.UserName) ? null : new NetworkCredential(_options.UserName, _options.Password),
        };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.SendTimeout);
        try
        {
            await client.SendMailAsync(message, limit.Token).ConfigureAwait(false);
            return ChannelOutcome.Sent(messageId);
        }
        catch (SmtpException e) when ((int)e.StatusCode >= 500)
        {
            return ChannelOutcome.Rejected($"SMTP {(int)e.StatusCode}: {e.Message}", (int)e.StatusCode);
        }
        catch (Exception e) when (e is SmtpException or SocketException or IOException)
        {
            return ChannelOutcome.Unavailable($"SMTP {_options.Host}:{_options.Port}: {e.Message}", e is SmtpException smtp ? (int)smtp.StatusCode : null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ChannelOutcome.Unavailable($"SMTP {_options.Host}:{_options.Port}: no answer within {_options.SendTimeout.TotalSeconds:0.#} s.");
        }
    }

    private MailMessage Compose(FallbackEmail email, string messageId, byte[] signature)
    {
        var message = new MailMessage(new MailAddress(_options.From!), new MailAddress(email.ControlPoint.Email))
        {
            Subject = FallbackCorrespondence.Subject(email.PortCall, email.Document),
            Body = FallbackCorrespondence.Body(email.ControlPoint, email.PortCall, email.Document)
                + $"{Environment.NewLine}Attached: {email.File.FileName} and {email.File.FileName}.p7s, its detached CMS signature (SHA-256) by {_signer.Subject}.{Environment.NewLine}",
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        message.Headers.Add("Message-ID", messageId);
        message.Attachments.Add(new Attachment(new MemoryStream(email.File.Content.ToArray()), email.File.FileName, email.File.ContentType));
        message.Attachments.Add(new Attachment(new MemoryStream(signature), email.File.FileName + ".p7s", DocumentSigner.SignatureContentType));
        return message;
    }
}
