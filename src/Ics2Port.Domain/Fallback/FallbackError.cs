namespace Ics2Port.Domain.Fallback;

/// <summary>An expected failure of the fallback procedure: a code from <see cref="FallbackErrorCodes"/> and a sentence a person can act on.</summary>
public sealed record FallbackError(string Code, string Message);
