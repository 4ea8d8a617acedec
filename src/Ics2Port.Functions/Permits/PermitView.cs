namespace Ics2Port.Functions.Permits;

using System.Text.Json;

/// <summary>A permit application as stored, with its state.</summary>
public sealed record PermitView(
    string PermitId,
    string PortCallId,
    string AgentId,
    string State,
    DateTimeOffset ReceivedAt,
    string Sha256,
    JsonElement Application);
