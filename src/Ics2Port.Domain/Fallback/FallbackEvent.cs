namespace Ics2Port.Domain.Fallback;

/// <summary>What happened to a document on its way to customs; input of <see cref="FallbackStateMachine"/>.</summary>
public enum FallbackEvent
{
    /// <summary>The port system took the document (normal delivery, or delivery after restoration before any fallback).</summary>
    DeliveredToPortSystem,

    /// <summary>The port system could not take the document (announced outage, 5xx, timeout, refused connection).</summary>
    PortSystemUnavailable,

    /// <summary>The EDS accepted a letter to the control point carrying the document (FB-1-EDS).</summary>
    EdsLetterSent,

    /// <summary>The EDS is not working or refused the letter; the next method is e-mail (FB-2-EMAIL).</summary>
    EdsFailed,

    /// <summary>The signed document was e-mailed to the control point (FB-2-EMAIL).</summary>
    SignedEmailSent,

    /// <summary>E-mail cannot be used: no signing certificate, or SMTP failed after retries; next is in person (FB-3-IN-PERSON).</summary>
    EmailUnusable,

    /// <summary>The authority confirms the document was handed over at the control point (FB-3-IN-PERSON).</summary>
    HandOverConfirmed,

    /// <summary>After restoration the document was completed and submitted in the port system (FB-REENTRY).</summary>
    ReenteredInPortSystem,

    /// <summary>
    /// The agent e-mailed the document to the control point without Ics2Port, and the fallback inbox brought the
    /// e-mail in (FB-2-EMAIL); from here it waits for re-entry like any other e-mailed document.
    /// </summary>
    FallbackEmailReceived,

    /// <summary>The port system refused the document (4xx): sending the same again will not help, and neither will the fallback.</summary>
    RefusedByPortSystem,
}
