namespace Ics2Port.Functions.Permits;

using System.Text.Json;

/// <summary>A permit application as stored, with its state and customs' decision once there is one.</summary>
public sealed record PermitView(
    string PermitId,
    string PortCallId,
    string AgentId,
    string State,
    DateTimeOffset ReceivedAt,
    string Sha256,
    JsonElement Application,
    PermitDecisionView? Decision = null);
