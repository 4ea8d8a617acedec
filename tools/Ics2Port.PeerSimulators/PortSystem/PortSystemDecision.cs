namespace Ics2Port.PeerSimulators.PortSystem;

using System.Text.Json.Serialization;

/// <summary>A decision customs took in the port system on what it was given (a permit application), sent back with the answer.</summary>
/// <param name="Outcome"><c>granted</c> or <c>refused</c>.</param>
/// <param name="PermitNumber">The permit's number when granted.</param>
/// <param name="Reason">Why, when refused.</param>
/// <param name="Office">The customs office that decided, e.g. <c>0311</c>.</param>
public sealed record PortSystemDecision(
    string Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PermitNumber = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Office = null);
