namespace Ics2Port.Functions.Fallback.Channels;

using Ics2Port.Domain.Fallback;

/// <summary>One attempt to e-mail one signed document to its control point (FB-2-EMAIL).</summary>
/// <param name="ControlPoint">The addressee.</param>
/// <param name="PortCall">The port call the document belongs to.</param>
/// <param name="Document">The document version.</param>
/// <param name="File">The stored file, attached unchanged and signed.</param>
/// <param name="CaseId">The fallback case; with <paramref name="Attempt"/> it names the Message-ID.</param>
/// <param name="Attempt">The attempt number, from 1.</param>
public sealed record FallbackEmail(
    CustomsControlPoint ControlPoint,
    PortCallReference PortCall,
    FallbackDocument Document,
    FallbackAttachment File,
    string CaseId,
    int Attempt);
