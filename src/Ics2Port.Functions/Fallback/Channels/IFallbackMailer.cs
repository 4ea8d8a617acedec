namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>The e-mail channel as the fallback workflow uses it (FB-2-EMAIL); <see cref="FallbackMailer"/> sends over SMTP.</summary>
public interface IFallbackMailer
{
    /// <summary>Why e-mail cannot be used at all, or <see langword="null"/> when it can.</summary>
    string? UnusableReason { get; }

    /// <summary>The Message-ID of <paramref name="attempt"/> for <paramref name="caseId"/>: the same for the same attempt, so a repeat is recognisable.</summary>
    string MessageIdFor(string caseId, int attempt);

    /// <summary>Signs and sends; expected failures are outcomes, not exceptions.</summary>
    Task<ChannelOutcome> SendAsync(FallbackEmail email, CancellationToken cancellationToken = default);
}
