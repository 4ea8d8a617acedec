namespace Ics2Port.PeerSimulators.Control;

/// <summary>Body of <c>POST /_control/{peer}/availability</c>.</summary>
public sealed record AvailabilityRequest(bool Available);
