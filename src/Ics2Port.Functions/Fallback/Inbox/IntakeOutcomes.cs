namespace Ics2Port.Functions.Fallback.Inbox;

/// <summary>What became of an attachment (<see cref="Storage.FallbackInbox.IntakeAttachment.Outcome"/>) and of an intake.</summary>
public static class IntakeOutcomes
{
    public const string Waiting = "waiting";
    public const string Reentry = "re-entry";
    public const string Filed = "filed";
    public const string Signature = "signature";
    public const string Kept = "kept";
    public const string Refused = "refused";

    public const string Received = "received";
    public const string Processed = "processed";

    public const string LinkedById = "port-call-id";
    public const string LinkedByImoAndVoyage = "imo-voyage";
    public const string Unlinked = "unlinked";
}
