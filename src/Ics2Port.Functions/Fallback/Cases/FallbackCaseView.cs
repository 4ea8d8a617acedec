namespace Ics2Port.Functions.Fallback.Cases;

using Ics2Port.Domain.Fallback;
using Ics2Port.Storage.Deliveries;

/// <summary>
/// A fallback case: one document version the port system could not take at first, with its state and every attempt.
/// <c>summary</c> links the printable sheet while the case is to be handed over in person.
/// </summary>
public sealed record FallbackCaseView(
    string CaseId,
    string DocumentId,
    string PortCallId,
    string AgentId,
    string Direction,
    string Type,
    int Version,
    string Sha256,
    DateTimeOffset ReceivedAt,
    string State,
    DateTimeOffset? OpenedAt,
    string? OutageId,
    string? Summary,
    IReadOnlyList<AttemptView> Attempts)
{
    public static FallbackCaseView From(DeliveryRecord record)
    {
        var caseId = CaseIds.Of(record.Document);
        return new(
            caseId,
            record.Document.DocumentId,
            record.Document.PortCallId,
            record.Document.AgentId,
            record.Document.Direction,
            record.Document.Type,
            record.Document.Version,
            record.Document.Sha256,
            record.Document.ReceivedAt,
            record.State,
            record.CaseOpenedAt,
            record.OutageId,
            record.State == DeliveryState.FallbackInPerson.ToWire() ? $"/api/fallback/cases/{caseId}/summary" : null,
            [.. record.Attempts.Select(AttemptView.From)]);
    }
}
