namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>How one attempt on a delivery channel ended.</summary>
public enum ChannelOutcomeKind
{
    /// <summary>The peer took it (port system: delivered; EDS: letter sent; SMTP: e-mail sent).</summary>
    Succeeded,

    /// <summary>The peer could not be reached or failed on its side (5xx, timeout, refused connection); trying again later may work.</summary>
    Unavailable,

    /// <summary>The peer refused this request (4xx, permanent SMTP error); sending the same again will not help.</summary>
    Rejected,

    /// <summary>The channel cannot be used at all here, e.g. no signing certificate for the e-mail channel (FB-2-EMAIL).</summary>
    NotUsable,
}
