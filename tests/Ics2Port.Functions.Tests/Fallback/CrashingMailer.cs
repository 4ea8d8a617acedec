namespace Ics2Port.Functions.Tests.Fallback;

using Ics2Port.Functions.Fallback.Channels;

/// <summary>
/// The real mailer, but the process "dies" right after the SMTP server took the message: the send succeeds and the
/// exception stops the run before it can record that, as a killed worker would.
/// </summary>
internal sealed class CrashingMailer(FallbackMailer mailer) : IFallbackMailer
{
    public string? UnusableReason => mailer.UnusableReason;

    public string MessageIdFor(string caseId, int attempt) => mailer.MessageIdFor(caseId, attempt);

    public async Task<ChannelOutcome> SendAsync(FallbackEmail email, CancellationToken cancellationToken = default)
    {
        var outcome = await mailer.SendAsync(email, cancellationToken);
        throw new InvalidOperationException($"Simulated crash after the SMTP server took {outcome.Reference}.");
    }
}
