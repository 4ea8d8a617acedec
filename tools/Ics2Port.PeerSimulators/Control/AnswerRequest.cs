namespace Ics2Port.PeerSimulators.Control;

using Ics2Port.PeerSimulators.PortSystem;

/// <summary>Body of <c>POST /_control/port-system/answers/{documentType}</c>: a decision to send back, or a refusal; exactly one.</summary>
public sealed record AnswerRequest(PortSystemDecision? Decision, string? Refusal);
