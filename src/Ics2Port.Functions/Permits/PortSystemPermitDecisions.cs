namespace Ics2Port.Functions.Permits;

using System.Text.Json;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Permits;

/// <summary>
/// Customs may decide a permit in the port system itself: its answer to the delivery of an application then carries
/// <c>{"decision": {"outcome", "permitNumber", "reason", "office"}}</c>, recorded as a decision of <c>port-system</c>. A
/// permit decided already (over the API, or by an earlier answer) keeps its decision.
/// </summary>
public sealed class PortSystemPermitDecisions(PermitStore permits, TimeProvider time, ILogger<PortSystemPermitDecisions> logger) : IPortSystemAnswers
{
    public const string DecidedBy = "port-system";

    public async Task TakeAsync(DocumentVersion version, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Direction != FilingKinds.Permit || DecisionIn(answer) is not { } decision)
        {
            return;
        }

        var request = DocumentReader.ReadPermitDecision(decision.Json);
        if (request.Document is not { } read || !PermitRules.ValidateDecision(read).IsValid)
        {
            PermitLog.UnreadableAnswer(logger, version.Type);
            return;
        }

        var (outcome, decided) = await permits.DecideAsync(
            version.Type,
            new PermitDecision
            {
                Outcome = read.Outcome!,
                PermitNumber = read.PermitNumber?.Trim(),
                Reason = read.Reason?.Trim(),
                DecidedAt = time.GetUtcNow(),
                DecidedBy = DecidedBy,
                Office = decision.Office,
            },
            cancellationToken);
        if (outcome == PermitDecisionOutcome.Recorded)
        {
            PermitLog.Decided(logger, decided!.Decision!.Outcome, DecidedBy);
        }
    }

    private static (ReadOnlyMemory<byte> Json, string? Office)? DecisionIn(string answer)
    {
        try
        {
            using var document = JsonDocument.Parse(answer);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("decision", out var decision)
                || decision.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var office = decision.TryGetProperty("office", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
            return (JsonSerializer.SerializeToUtf8Bytes(decision), office);
        }
        catch (JsonException)
        {
            // Not JSON: the port system said only that it took the version.
            return null;
        }
    }
}
