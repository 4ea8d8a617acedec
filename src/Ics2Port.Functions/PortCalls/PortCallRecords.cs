namespace Ics2Port.Functions.PortCalls;

using System.Text.Json;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Storage.Heads;
using Ics2Port.Storage.PortCalls;

/// <summary>Between the port call request the agent sent and the record the store keeps.</summary>
public static class PortCallRecords
{
    public static PortCallRecord Create(string portCallId, string agentId, PortCallRequest request, DateTimeOffset createdAt) => new()
    {
        PortCallId = portCallId,
        AgentId = agentId,
        ImoNumber = ImoSearchKey(request.Vessel?.ImoNumber),
        Port = PortSearchKey(request.Port),
        RequestJson = JsonSerializer.Serialize(request, DocumentReader.JsonOptions),
        CreatedAt = createdAt,
    };

    public static PortCallRequest ToRequest(this PortCallRecord record) =>
        JsonSerializer.Deserialize<PortCallRequest>(record.RequestJson, DocumentReader.JsonOptions)
            ?? throw new InvalidOperationException($"Port call {record.PortCallId} holds no request.");

    /// <summary>The port call request its head keeps.</summary>
    public static PortCallRequest RequestOf(PortCallHead head) =>
        JsonSerializer.Deserialize<PortCallRequest>(head.PortCallJson ?? "{}", DocumentReader.JsonOptions)
            ?? throw new InvalidOperationException($"The head of port call {head.PortCallId} holds no request.");

    public static PortCallSummary ToSummary(this PortCallRecord record)
    {
        var request = record.ToRequest();
        return new PortCallSummary(record.PortCallId, record.AgentId, record.CreatedAt, request.Vessel, request.Port, request.VoyageNumber, request.Eta, request.Etd);
    }

    /// <summary>IMO numbers are found with or without the "IMO" prefix.</summary>
    public static string ImoSearchKey(string? imo) =>
        ImoNumber.TryParse(imo, out var parsed) ? parsed.Value : (imo ?? string.Empty).Trim().ToUpperInvariant();

    public static string PortSearchKey(string? port) => (port ?? string.Empty).Trim().ToUpperInvariant();
}
