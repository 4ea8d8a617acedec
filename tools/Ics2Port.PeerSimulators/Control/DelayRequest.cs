namespace Ics2Port.PeerSimulators.Control;

/// <summary>Body of <c>POST /_control/{peer}/delay</c>: how long the peer waits before every answer.</summary>
public sealed record DelayRequest(int Milliseconds);
