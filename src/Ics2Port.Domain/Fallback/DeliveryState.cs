namespace Ics2Port.Domain.Fallback;

/// <summary>
/// Where a stored document stands on its way to the port system (CONTRACT.md "Documents of a port call").
/// Wire names are <see cref="DeliveryStates"/>; the moves between them are <see cref="FallbackStateMachine"/>.
/// </summary>
public enum DeliveryState
{
    /// <summary>Validated and stored, not yet passed to the port system.</summary>
    Accepted,

    /// <summary>Passed to the port system.</summary>
    Delivered,

    /// <summary>The port system could not take it; waiting for delivery or for the fallback procedure (FB-TRIGGER).</summary>
    Pending,

    /// <summary>Sent as a letter through the Electronic Declaration System (FB-1-EDS).</summary>
    FallbackEds,

    /// <summary>EDS failed; routed to the control point by signed e-mail (FB-2-EMAIL).</summary>
    FallbackEmail,

    /// <summary>E-mail unusable; to be, or already, handed over at the control point in person (FB-3-IN-PERSON).</summary>
    FallbackInPerson,

    /// <summary>Submitted in the port system after restoration (FB-REENTRY).</summary>
    Reentered,

    /// <summary>
    /// The port system refused this version (4xx): final. It never enters the fallback procedure; a corrected new
    /// version is a new document version.
    /// </summary>
    Refused,
}
