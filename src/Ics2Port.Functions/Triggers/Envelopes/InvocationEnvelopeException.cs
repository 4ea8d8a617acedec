namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>The host sent an envelope this app cannot read: the invocation is answered with 400.</summary>
public sealed class InvocationEnvelopeException : Exception
{
    public InvocationEnvelopeException(string message)
        : base(message)
    {
    }

    public InvocationEnvelopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
